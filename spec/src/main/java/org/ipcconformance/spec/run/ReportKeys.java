package org.ipcconformance.spec.run;

/**
 * The keys of the JUnit report entries that every spec invocation publishes, read by the
 * reports module to attribute a test to a property and an adapter without parsing display names.
 */
public final class ReportKeys {
    /** The catalog ID the invocation checks. */
    public static final String PROPERTY = "ipc.property";
    /** The column the invocation reports to: the adapter id (with {@code :fault} for a planted fault), and {@code @label} for a labelled run. */
    public static final String ADAPTER = "ipc.adapter";
    /** The variant of the invocation ({@code System V}, {@code POSIX}, {@code UNIX}, {@code INET}), absent when the method has none. */
    public static final String VARIANT = "ipc.variant";
    /** Prefix of evidence entries: {@code ipc.evidence.<name>}. */
    public static final String EVIDENCE_PREFIX = "ipc.evidence.";

    /** Configuration parameter: the comma-separated adapter list ({@code all} by default). */
    public static final String ADAPTERS_PARAMETER = "ipc.adapters";
    /** Configuration parameter: each spec's time limit in seconds (30 by default). */
    public static final String TIMEOUT_PARAMETER = "ipc.timeout.seconds";
    /** Configuration parameter: the run's label ({@code run --label}): each column is {@code adapter@label}; absent for none. */
    public static final String LABEL_PARAMETER = "ipc.label";

    /** The column of {@code adapterId} in a run labelled {@code label} (null: no label). */
    public static String column(String adapterId, String label) {
        return label == null ? adapterId : adapterId + "@" + label;
    }

    /** The package that holds every spec class. */
    public static final String SUITES_PACKAGE = "org.ipcconformance.suites";

    private ReportKeys() {
    }
}
