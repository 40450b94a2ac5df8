package org.ipcconformance.reports.collect;

import org.ipcconformance.reports.aggregate.Outcome;

/** What the {@link ResultCollector} tells a console while a run goes on. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
    };

    /** The number of (property, adapter) pairs the test plan will decide. */
    default void planned(int total) {
    }

    /** An invocation started; {@code adapter} is a best guess from the display name and may be null. */
    default void invocationStarted(String property, String adapter) {
    }

    /** Every spec method of a property has run on this adapter: the combined verdict is final. */
    default void propertyFinished(Outcome outcome, int done, int total) {
    }
}
