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

    @Override
    public Adapter open(RunDirectory run, String fault) {
        Features.Builder builder = Features.of(ID);
        for (Feature f : Feature.values()) {
            builder.lacks(f, ONLY_PIPES);
        }
        Features features = builder.has(Feature.PIPES, Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.PROCESS_STATE)
                .build();
        return new Adapter() {
            @Override
            public String id() {
                return ID;
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
                return new FakeSandbox(features, context.directory());
            }
        };
    }
}
