package org.ipcconformance.reports.baseline;

import java.util.List;
import java.util.Optional;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.aggregate.Outcome;
import org.ipcconformance.reports.model.Deviation;
import org.ipcconformance.reports.model.PropertyResult;

/**
 * The known deviations of a run ({@code --baseline FILE}). A listed property that fails (FAIL or
 * TIMEOUT) becomes XFAIL; one that passes becomes XPASS, which fails the gate: the deviation is
 * gone and the entry is stale. Other verdicts (BROKEN, NOT_APPLICABLE, UNSUPPORTED, UNTESTED) stay as they
 * are: a baseline speaks of the implementation, not of the harness.
 */
public final class Baseline {
    /** No baseline: every verdict stays as observed. */
    public static final Baseline NONE = new Baseline("(none)", List.of());

    private final String file;
    private final List<BaselineEntry> entries;

    public Baseline(String file, List<BaselineEntry> entries) {
        this.file = file;
        this.entries = List.copyOf(entries);
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    public List<BaselineEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The first entry for this property and adapter whose platform matches. */
    public Optional<BaselineEntry> find(String property, String adapter, Platform platform) {
        // A labelled run's column (native@container) is still that adapter: its entries apply.
        String id = adapter.contains("@") ? adapter.substring(0, adapter.indexOf('@')) : adapter;
        return entries.stream().filter(e -> e.appliesTo(property, id, platform)).findFirst();
    }

    /** The results with the baseline applied, in the same order. */
    public List<PropertyResult> apply(List<PropertyResult> results, Platform platform) {
        return results.stream().map(r -> apply(r, platform)).toList();
    }

    public PropertyResult apply(PropertyResult r, Platform platform) {
        Optional<BaselineEntry> entry = find(r.property(), r.adapter(), platform);
        Optional<Verdict> changed = entry.flatMap(e -> changedVerdict(r.verdict()));
        if (changed.isEmpty()) {
            return r;
        }
        BaselineEntry e = entry.get();
        return r.withBaseline(changed.get(), message(changed.get(), r.verdict(), r.message(), e), deviation(r.verdict(), e));
    }

    /** The same for a live outcome (the console's progress), before the report is built. */
    public Outcome apply(Outcome o, Platform platform) {
        Optional<BaselineEntry> entry = find(o.property(), o.adapter(), platform);
        Optional<Verdict> changed = entry.flatMap(e -> changedVerdict(o.verdict()));
        if (changed.isEmpty()) {
            return o;
        }
        return new Outcome(o.property(), o.adapter(), changed.get(), message(changed.get(), o.verdict(), o.message(), entry.get()),
                o.durationMillis(), o.evidence(), o.methods());
    }

    /** XFAIL for FAIL and TIMEOUT, XPASS for PASS; empty for what a baseline does not change. */
    public static Optional<Verdict> changedVerdict(Verdict observed) {
        return switch (observed) {
            case FAIL, TIMEOUT -> Optional.of(Verdict.XFAIL);
            case PASS -> Optional.of(Verdict.XPASS);
            default -> Optional.empty();
        };
    }

    /**
     * The verdict of one spec method of a result the baseline may have changed: under XFAIL its
     * failing methods are XFAIL, under XPASS its passing methods are XPASS; otherwise as observed.
     */
    public static Verdict methodVerdict(Verdict property, Verdict method) {
        if (property == Verdict.XFAIL && method.isFailure()) {
            return Verdict.XFAIL;
        }
        if (property == Verdict.XPASS && method == Verdict.PASS) {
            return Verdict.XPASS;
        }
        return method;
    }

    public Deviation deviation(Verdict observed, BaselineEntry e) {
        return new Deviation(observed, e.reason(), e.link(), source(e));
    }

    private String message(Verdict now, Verdict observed, String observedMessage, BaselineEntry e) {
        String where = source(e) + ": " + e.reason() + (e.link() == null ? "" : " (" + e.link() + ")");
        if (now == Verdict.XPASS) {
            return "listed as a known deviation in the baseline (" + where + ") but it passes now: "
                    + "the baseline is stale, remove the entry";
        }
        return "known deviation (" + where + "); observed " + observed
                + (observedMessage == null || observedMessage.isBlank() ? "" : ": " + observedMessage);
    }

    private String source(BaselineEntry e) {
        return file + ":" + e.line();
    }
}
