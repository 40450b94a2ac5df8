package org.ipcconformance.reports.html;

import java.util.List;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.spec.catalog.Level;

/**
 * A column's score at one level: how many properties hold (PASS, or XPASS: it passed though the
 * baseline expected a failure) of those applicable. NOT_APPLICABLE (the adapter cannot express it),
 * UNSUPPORTED (the implementation reports the property's option absent) and UNTESTED (no spec yet)
 * are outside the count and shown beside it.
 */
record Score(Level level, int passed, int applicable, int notApplicable, int untested) {

    static Score of(Level level, List<PropertyResult> columnResults) {
        int passed = 0;
        int applicable = 0;
        int notApplicable = 0;
        int untested = 0;
        for (PropertyResult r : columnResults) {
            if (r.level() != level) {
                continue;
            }
            if (r.verdict() == Verdict.NOT_APPLICABLE || r.verdict() == Verdict.UNSUPPORTED) {
                notApplicable++;
            } else if (r.verdict() == Verdict.UNTESTED) {
                untested++;
            } else {
                applicable++;
                if (r.verdict() == Verdict.PASS || r.verdict() == Verdict.XPASS) {
                    passed++;
                }
            }
        }
        return new Score(level, passed, applicable, notApplicable, untested);
    }

    /** Whole percent, rounded down so that 99.6 % never shows as a full 100 %; "–" when nothing applied. */
    String percent() {
        return applicable == 0 ? "–" : (passed * 100 / applicable) + " %";
    }
}
