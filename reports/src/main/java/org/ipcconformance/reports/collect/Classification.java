package org.ipcconformance.reports.collect;

import org.ipcconformance.reports.Verdict;

/**
 * What a finished invocation means.
 *
 * @param message the first lines of the reason, without stack trace
 * @param detail  for BROKEN: the exception with its first stack frames; null otherwise
 */
public record Classification(Verdict verdict, String message, String detail) {
}
