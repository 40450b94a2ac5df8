package org.ipcconformance.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipcconformance.spec.spi.Feature;
import org.junit.jupiter.api.Test;

/** The provider is found by ServiceLoader and publishes a reason for every missing feature. */
class JdkAdapterProviderTest extends SandboxFixture {

    @Test
    void theAdapterDescribesItself() {
        assertThat(provider().unavailableReason()).isEmpty();
        assertThat(adapter.id()).isEqualTo("jdk");
        assertThat(adapter.version()).isEqualTo(Runtime.version().toString());
        assertThat(adapter.environment()).containsKeys("java.vendor", "java.version", "os", "PIPE_BUF");
    }

    @Test
    void everyFeatureIsDeclared() {
        assertThat(adapter.features().has(Feature.MULTI_PROCESS)).isTrue();
        assertThat(adapter.features().has(Feature.CHILD_STDIO_PIPES)).isTrue();
        assertThat(adapter.features().has(Feature.PROCESS_MEMORY)).isTrue();
        assertThat(adapter.features().has(Feature.NONBLOCKING_IO)).isTrue();
        assertThat(adapter.features().missing()).containsKeys(Feature.HANDLE_INHERITANCE, Feature.PROCESS_STATE,
                Feature.PIPE_CAPACITY_QUERY, Feature.FIFO, Feature.SIGNAL_DISPOSITION);
        // Until the signal, IPC object and socket features are declared (jdk work of issues 3-5):
        assertThat(adapter.features().missing()).allSatisfy((f, reason) -> {
            if (f.compareTo(Feature.PROCESS_MEMORY) <= 0) {
                assertThat(reason).as(f.name()).doesNotContain("not declared");
            }
        });
    }
}
