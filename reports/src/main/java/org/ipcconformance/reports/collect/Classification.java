package org.ipcconformance.reports.collect;

import org.ipcconformance.reports.Verdict;

/**
 * What a finished invocation means.
 *
 * @param message       the first lines of the reason, without stack trace
 * @param detail        for BROKEN: the exception with its first stack frames; null otherwise
 * @param absentOption  for UNSUPPORTED: the option the implementation reports absent, as the catalog
 *                      writes it ({@code posix-option:MSG}, {@code xsi}); null otherwise
 */
public record Classification(Verdict verdict, String message, String detail, String absentOption) {

    public Classification(Verdict verdict, String message, String detail) {
        this(verdict, message, detail, null);
    }
}
