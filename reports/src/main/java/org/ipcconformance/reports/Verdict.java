package org.ipcconformance.reports;

/**
 * The outcome of one property on one adapter (DESIGN.md, "Verdicts"). The order of the
 * constants is the report's order of columns; {@link #label()} is the short text of a cell.
 */
public enum Verdict {
    /** The property holds. */
    PASS("PASS", "the property holds"),
    /** The property does not hold; the message carries the evidence. */
    FAIL("FAIL", "the property does not hold"),
    /** The adapter declared a feature the spec needs as missing, with a reason. */
    NOT_APPLICABLE("N/A", "a feature the spec needs is declared missing"),
    /**
     * The implementation itself reports an optional part of the standard (a POSIX option, XSI)
     * absent, for a property under that option; fails the gate only when the run requires it.
     */
    UNSUPPORTED("UNSUPPORTED", "the implementation reports the optional feature absent"),
    /** The harness or the environment could not run the spec; never counted as a pass. */
    BROKEN("BROKEN", "the harness or the environment could not run the spec"),
    /** The spec ran past its time limit: a failure. */
    TIMEOUT("TIMEOUT", "the spec ran past its time limit"),
    /** A known deviation listed in the baseline, still failing. */
    XFAIL("XFAIL", "a known deviation from the baseline, still failing"),
    /** Listed in the baseline but passing now: the baseline is stale. */
    XPASS("XPASS", "listed in the baseline but passing: the baseline is stale"),
    /** The catalog has no executable spec for the property yet. */
    UNTESTED("UNTESTED", "no executable spec yet");

    private final String label;
    private final String meaning;

    Verdict(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** The short text shown in tables and matrix cells. */
    public String label() {
        return label;
    }

    /** One line on what the verdict means, for legends. */
    public String meaning() {
        return meaning;
    }

    /** FAIL and TIMEOUT: the implementation was shown not to have the property. */
    public boolean isFailure() {
        return this == FAIL || this == TIMEOUT;
    }
}
