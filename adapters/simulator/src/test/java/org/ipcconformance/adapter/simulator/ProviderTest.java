package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ServiceLoader;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.UnknownAdapterException;
import org.junit.jupiter.api.Test;

class ProviderTest extends ModelTestSupport {

    @Test
    void isFoundByServiceLoaderAndAlwaysAvailable() {
        AdapterProvider p = ServiceLoader.load(AdapterProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(x -> x.id().equals("simulator"))
                .findFirst().orElseThrow();
        assertThat(p).isInstanceOf(SimulatorAdapterProvider.class);
        assertThat(p.unavailableReason()).isEmpty();
    }

    @Test
    void listsEveryFaultWithTheProperty() {
        SimulatorAdapterProvider p = new SimulatorAdapterProvider();
        assertThat(p.faults()).hasSize(Fault.values().length);
        for (Fault f : Fault.values()) {
            assertThat(p.faults().get(f.id())).contains(f.property());
        }
    }

    @Test
    void opensCleanAndFaultyAdaptersWithEveryFeature() {
        SimulatorAdapterProvider p = new SimulatorAdapterProvider();
        try (Adapter clean = p.open(RunDirectory.current(), null);
             Adapter faulty = p.open(RunDirectory.current(), "message-pipe")) {
            assertThat(clean.id()).isEqualTo("simulator");
            assertThat(faulty.id()).isEqualTo("simulator:message-pipe");
            assertThat(clean.version()).isEqualTo("model-1");
            for (Feature f : Feature.values()) {
                assertThat(clean.features().has(f)).as(f.name()).isTrue();
            }
            assertThat(faulty.environment()).containsEntry("planted faults", "message-pipe");
        }
    }

    @Test
    void anUnknownFaultIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> new SimulatorAdapterProvider().open(RunDirectory.current(), "nope"))
                .isInstanceOf(UnknownAdapterException.class)
                .hasMessageContaining("nope").hasMessageContaining("early-eof");
    }
}
