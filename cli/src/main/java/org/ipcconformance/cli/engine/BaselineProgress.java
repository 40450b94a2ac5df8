package org.ipcconformance.cli.engine;

import org.ipcconformance.reports.aggregate.Outcome;
import org.ipcconformance.reports.baseline.Baseline;
import org.ipcconformance.reports.baseline.Platform;
import org.ipcconformance.reports.collect.ProgressListener;

/** Passes progress on with the baseline applied, so that a known deviation does not count as a failure live. */
final class BaselineProgress implements ProgressListener {
    private final ProgressListener next;
    private final Baseline baseline;
    private final Platform platform;

    BaselineProgress(ProgressListener next, Baseline baseline, Platform platform) {
        this.next = next;
        this.baseline = baseline;
        this.platform = platform;
    }

    @Override
    public void planned(int total) {
        next.planned(total);
    }

    @Override
    public void invocationStarted(String property, String adapter) {
        next.invocationStarted(property, adapter);
    }

    @Override
    public void propertyFinished(Outcome outcome, int done, int total) {
        next.propertyFinished(baseline.apply(outcome, platform), done, total);
    }
}
