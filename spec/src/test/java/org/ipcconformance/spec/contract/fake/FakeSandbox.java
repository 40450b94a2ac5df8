package org.ipcconformance.spec.contract.fake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;

/** One fake sandbox: its processes share one monitor, the fake kernel's. */
final class FakeSandbox implements Sandbox {
    final Object kernel = new Object();
    final AtomicLong ids = new AtomicLong();
    final FakeFault fault;
    private final Features features;
    private final Path directory;
    private final FakeProcess self;
    private final List<FakeProcess> started = new ArrayList<>();

    FakeSandbox(Features features, Path directory, FakeFault fault) {
        this.fault = fault;
        this.features = features;
        this.directory = directory;
        this.self = new FakeProcess(this, "self", false, false);
    }

    Features featureSet() {
        return features;
    }

    FakeProcess start(String kind, boolean immortal) {
        synchronized (kernel) {
            FakeProcess p = new FakeProcess(this, kind + "-" + (started.size() + 1), true, immortal);
            started.add(p);
            return p;
        }
    }

    @Override
    public String adapterId() {
        return features.adapterId();
    }

    @Override
    public Features features() {
        return features;
    }

    @Override
    public Proc self() {
        return self.proc;
    }

    @Override
    public Path directory() {
        return directory;
    }

    /** Kills every started process without waiting for any, and reports those that survived kill. */
    @Override
    public void close() {
        List<String> survivors = new ArrayList<>();
        synchronized (kernel) {
            if (fault != FakeFault.CLOSE_KEEPS_PROCESSES) {
                for (FakeProcess p : started) {
                    p.kill();
                    if (p.survived()) {
                        survivors.add(p.name());
                    }
                }
            }
            self.closeAll();
        }
        if (!survivors.isEmpty()) {
            throw new HarnessException(String.join(", ", survivors) + " will not die: kill left it running");
        }
    }
}
