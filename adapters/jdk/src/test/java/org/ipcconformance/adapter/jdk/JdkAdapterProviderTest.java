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
        assertThat(Feature.values()).filteredOn(adapter.features()::has).containsExactlyInAnyOrder(
                Feature.PIPES, Feature.FILES, Feature.MULTI_PROCESS, Feature.CHILD_STDIO_PIPES, Feature.PROCESS_MEMORY, Feature.NONBLOCKING_IO,
                Feature.SIGNAL_HANDLERS, Feature.SIGNAL_SEND, Feature.POSIX_SHARED_MEMORY,
                Feature.INET_STREAM_SOCKETS, Feature.INET_DATAGRAM_SOCKETS, Feature.UNIX_STREAM_SOCKETS);
        assertThat(adapter.features().missing()).containsOnlyKeys(Feature.HANDLE_INHERITANCE, Feature.PROCESS_STATE,
                Feature.PIPE_CAPACITY_QUERY, Feature.FIFO, Feature.SIGNAL_DISPOSITION,
                Feature.SIGNAL_MASK, Feature.REALTIME_SIGNALS, Feature.SIGNAL_FAULTS, Feature.TERMINAL,
                Feature.SYSV_MESSAGE_QUEUES, Feature.POSIX_MESSAGE_QUEUES, Feature.SYSV_SHARED_MEMORY,
                Feature.SYSV_SEMAPHORES, Feature.POSIX_SEMAPHORES,
                Feature.UNIX_DATAGRAM_SOCKETS, Feature.RAW_SOCKETS, Feature.UNPRIVILEGED_CHILD,
                Feature.SIGNAL_HANDLER_OPTIONS, Feature.POLL, Feature.WORKLOADS);
        assertThat(adapter.features().missing()).allSatisfy((f, reason) ->
                assertThat(reason).as(f.name()).isNotBlank().doesNotContain("not declared"));
    }
}
