package org.ipcconformance.spec.contract.fake;

import java.util.Map;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.Sandbox;

/**
 * A tiny in-memory adapter (pipes and processes only) that obeys the contract: the contract's own
 * test, since the spec module may not depend on a real adapter.
 */
public final class FakeProvider implements AdapterProvider {
    static final String ID = "fake";
    static final String ONLY_PIPES = "the fake adapter models pipes and processes only";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "in-memory pipes and processes, to test the adapter contract";
    }

    /** Each planted fault by name: {@code close-keeps-processes}... */
    @Override
    public Map<String, String> faults() {
        Map<String, String> faults = new java.util.LinkedHashMap<>();
        for (FakeFault f : FakeFault.values()) {
            if (f != FakeFault.NONE) {
                faults.put(name(f), "breaks a rule of the contract");
            }
        }
        return faults;
    }

    static String name(FakeFault fault) {
        return fault.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public Adapter open(RunDirectory run, String fault) {
        FakeFault planted = fault == null ? FakeFault.NONE : FakeFault.valueOf(fault.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        Features.Builder builder = Features.of(ID);
        for (Feature f : Feature.values()) {
            builder.lacks(f, ONLY_PIPES);
        }
        Features features = builder.has(Feature.PIPES, Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.PROCESS_STATE)
                .build();
        return new Adapter() {
            @Override
            public String id() {
                return fault == null ? ID : ID + ":" + fault;
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public Features features() {
                return features;
            }

            @Override
            public Map<String, String> environment() {
                return Map.of();
            }

            @Override
            public Sandbox openSandbox(SandboxContext context) {
                return new FakeSandbox(features, context.directory(), planted);
            }
        };
    }
}
