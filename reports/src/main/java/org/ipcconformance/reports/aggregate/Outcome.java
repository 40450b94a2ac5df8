package org.ipcconformance.reports.aggregate;

import java.util.List;
import java.util.Map;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.model.MethodResult;

/** The combined verdict of every spec method of one property on one adapter. */
public record Outcome(
        String property,
        String adapter,
        Verdict verdict,
        String message,
        long durationMillis,
        Map<String, String> evidence,
        List<MethodResult> methods) {

    public Outcome {
        message = message == null ? "" : message;
        evidence = Map.copyOf(evidence);
        methods = List.copyOf(methods);
    }
}
