package org.ipcconformance.spec.contract.fake;

import org.ipcconformance.spec.spi.Facets;
import org.ipcconformance.spec.spi.Proc;

/** A fake process as specs see it: identity and the facets of its {@link FakeProcess}. */
final class FakeProc extends Proc {
    private final String name;
    private final long pid;
    private final Facets facets;

    FakeProc(String name, long pid, Facets facets) {
        this.name = name;
        this.pid = pid;
        this.facets = facets;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    protected Facets facets() {
        return facets;
    }
}
