package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ServiceLoader;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.UnknownAdapterException;
import org.junit.jupiter.api.Test;

class NativeAdapterProviderTest {

    @Test
    void isFoundByServiceLoaderAndAvailableOnLinux() {
        assertThat(ServiceLoader.load(AdapterProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(NativeAdapterProvider.class);
        assertThat(new NativeAdapterProvider().id()).isEqualTo("native");
        assertThat(new NativeAdapterProvider().unavailableReason()).isEmpty();
    }

    @Test
    void describesTheKernelLibcCompilerAndArchitecture() throws Exception {
        try (Adapter adapter = new NativeAdapterProvider().open(RunDirectory.current(), null)) {
            String release = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/osrelease")).strip();
            assertThat(adapter.version()).isEqualTo(release);
            assertThat(adapter.environment()).containsKeys("kernel", "libc", "compiler", "arch", "agent");
            assertThat(adapter.environment().get("libc")).startsWith("glibc 2.");
            assertThat(adapter.features().missing()).as("Linux has every feature").isEmpty();
            assertThat(adapter.features().has(Feature.PROCESS_STATE)).isTrue();
        }
    }

    @Test
    void hasNoPlantedFaults() {
        assertThatThrownBy(() -> new NativeAdapterProvider().open(RunDirectory.current(), "nope"))
                .isInstanceOf(UnknownAdapterException.class);
    }
}
