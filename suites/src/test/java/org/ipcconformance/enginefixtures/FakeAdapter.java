package org.ipcconformance.enginefixtures;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.AdapterProvider;
import org.ipcconformance.spec.spi.Facets;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;

/**
 * An adapter for the engine's own tests (registered in the test class path only): it has
 * MULTI_PROCESS, System V shared memory and AF_UNIX stream sockets, lacks the rest, and records
 * the sandboxes it opens and closes, so that a test can see what the engine did with them.
 */
public final class FakeAdapter implements AdapterProvider, Adapter {
    public static final String ID = "fake";
    public static final String NO_POSIX_SHM = "the fake has no POSIX shared memory";
    public static final Features FEATURES = Features.of(ID)
            .has(Feature.MULTI_PROCESS, Feature.SYSV_SHARED_MEMORY, Feature.UNIX_STREAM_SOCKETS)
            .lacks(Feature.POSIX_SHARED_MEMORY, NO_POSIX_SHM)
            .build();

    /** The labels of the sandboxes opened, in order. */
    public static final List<String> OPENED = new CopyOnWriteArrayList<>();
    public static final List<String> CLOSED = new CopyOnWriteArrayList<>();

    public static void reset() {
        OPENED.clear();
        CLOSED.clear();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "the suites engine's test double";
    }

    @Override
    public Adapter open(RunDirectory run, String fault) {
        return this;
    }

    @Override
    public String version() {
        return "0";
    }

    @Override
    public Features features() {
        return FEATURES;
    }

    @Override
    public Map<String, String> environment() {
        return Map.of();
    }

    @Override
    public Sandbox openSandbox(SandboxContext context) {
        OPENED.add(context.label());
        return new FakeSandbox(context);
    }

    private record FakeSandbox(SandboxContext context) implements Sandbox {
        @Override
        public String adapterId() {
            return ID;
        }

        @Override
        public Features features() {
            return FEATURES;
        }

        @Override
        public Proc self() {
            return new Proc() {
                @Override
                public String name() {
                    return "self";
                }

                @Override
                public long pid() {
                    return -1;
                }

                @Override
                protected Facets facets() {
                    return Facets.of(FEATURES);
                }
            };
        }

        @Override
        public Path directory() {
            return context.directory();
        }

        @Override
        public void close() {
            CLOSED.add(context.label());
        }
    }
}
