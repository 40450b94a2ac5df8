package org.ipcconformance.cli.console;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.ipcconformance.reports.gate.Gate;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.aggregate.InvocationResult;
import org.ipcconformance.reports.model.MethodResult;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.reports.model.RunInfo;

/** The end of a run on the console: the verdict table per adapter, the MUST failures, the timings. */
public final class Summary {
    private static final List<Verdict> COLUMNS = List.of(Verdict.PASS, Verdict.FAIL, Verdict.TIMEOUT, Verdict.BROKEN,
            Verdict.NOT_APPLICABLE, Verdict.UNTESTED);
    private static final int SLOWEST = 5;

    private Summary() {
    }

    /** {@link #table(PrintWriter, List, List, boolean)} with BROKEN failing the gate. */
    public static void table(PrintWriter out, List<String> adapters, List<PropertyResult> results) {
        table(out, adapters, results, false);
    }

    public static void table(PrintWriter out, List<String> adapters, List<PropertyResult> results, boolean allowBroken) {
        table(out, adapters, results, Gate.Policy.of(allowBroken));
    }

    /** Per adapter: a count per verdict and the results that fail the gate, then those results. */
    public static void table(PrintWriter out, List<String> adapters, List<PropertyResult> results, Gate.Policy policy) {
        List<Verdict> columns = new ArrayList<>(COLUMNS);
        for (Verdict extra : List.of(Verdict.UNSUPPORTED, Verdict.XFAIL, Verdict.XPASS)) {
            if (results.stream().anyMatch(r -> r.verdict() == extra)) {
                columns.add(extra);
            }
        }
        int idWidth = Math.max("adapter".length(), adapters.stream().mapToInt(String::length).max().orElse(0));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + idWidth + "s", "adapter"));
        columns.forEach(v -> header.append(String.format(Locale.ROOT, " %" + width(v) + "s", v.label())));
        header.append("  gate failures");
        out.println(header);
        for (String adapter : adapters) {
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            int gateFailures = 0;
            for (PropertyResult r : results) {
                if (r.adapter().equals(adapter)) {
                    counts.merge(r.verdict(), 1, Integer::sum);
                    if (Gate.fails(r, policy)) {
                        gateFailures++;
                    }
                }
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + idWidth + "s", adapter));
            for (Verdict v : columns) {
                row.append(String.format(Locale.ROOT, " %" + width(v) + "d", counts.getOrDefault(v, 0)));
            }
            row.append(String.format(Locale.ROOT, "  %13d", gateFailures));
            out.println(row);
        }
        List<PropertyResult> failures = Gate.failing(results, policy);
        if (!failures.isEmpty()) {
            out.println();
            out.println("Results that fail the gate:");
            for (PropertyResult r : failures) {
                String first = Progress.oneLine(r.message());
                out.println(String.format(Locale.ROOT, "  %-8s %-30s %-24s %-21s %s", r.verdict().label(), r.property(),
                        r.adapter(), "(" + Gate.reason(r, policy) + ")", first));
            }
        }
        unsupported(out, results, policy);
        List<PropertyResult> known = results.stream().filter(r -> r.verdict() == Verdict.XFAIL).toList();
        if (!known.isEmpty()) {
            out.println();
            out.println("Known deviations (XFAIL, from the baseline):");
            for (PropertyResult r : known) {
                out.println(String.format(Locale.ROOT, "  %-30s %-24s %s", r.property(), r.adapter(),
                        r.baseline() == null ? "" : Progress.oneLine(r.baseline().reason() + " [" + r.baseline().source() + "]")));
            }
        }
    }

    private static int width(Verdict v) {
        return Math.max(8, v.label().length());
    }

    /** The options the implementation reports absent, apart from failures: its own account, not a deviation. */
    private static void unsupported(PrintWriter out, List<PropertyResult> results, Gate.Policy policy) {
        List<String> lines = new ArrayList<>();
        for (PropertyResult r : results) {
            Set<String> options = new TreeSet<>();
            r.methods().stream().filter(m -> m.verdict() == Verdict.UNSUPPORTED)
                    .map(m -> m.evidence().get(MethodResult.ABSENT_OPTION)).filter(Objects::nonNull).forEach(options::add);
            if (!options.isEmpty()) {
                lines.add(String.format(Locale.ROOT, "  %-11s %-30s %-24s %s%s", r.verdict().label(), r.property(),
                        r.adapter(), String.join(", ", options), Gate.absentRequired(r, policy).isEmpty() ? "" : " (required)"));
            }
        }
        if (!lines.isEmpty()) {
            out.println();
            out.println("Options the implementation reports absent (UNSUPPORTED; they fail the gate only with --require-option):");
            lines.forEach(out::println);
        }
    }

    /** "2 FAIL, 1 XPASS": how many results of each verdict, in verdict order. */
    public static String countByVerdict(List<PropertyResult> results) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        results.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((v, n) -> parts.add(n + " " + v.label()));
        return String.join(", ", parts);
    }

    /** Wall time of the run, spec time summed per adapter, and the slowest spec invocations. */
    public static void timing(PrintWriter out, RunInfo run, List<String> adapters, List<InvocationResult> invocations) {
        out.println(String.format(Locale.ROOT, "Timing: wall time of the run %s", seconds(run.wallMillis())));
        Map<String, long[]> perAdapter = new LinkedHashMap<>();
        adapters.forEach(a -> perAdapter.put(a, new long[2]));
        for (InvocationResult i : invocations) {
            long[] t = perAdapter.computeIfAbsent(i.adapter(), k -> new long[2]);
            t[0] += i.durationMillis();
            t[1]++;
        }
        int width = adapters.stream().mapToInt(String::length).max().orElse(7);
        perAdapter.forEach((a, t) -> out.println(String.format(Locale.ROOT, "  %-" + width + "s %9s in %d spec invocations",
                a, seconds(t[0]), t[1])));
        slowest(out, invocations, width);
    }

    /** The slowest spec invocations, slowest first. */
    public static void slowest(PrintWriter out, List<InvocationResult> invocations, int adapterWidth) {
        List<InvocationResult> slowest = invocations.stream()
                .sorted(Comparator.comparingLong(InvocationResult::durationMillis).reversed()).limit(SLOWEST).toList();
        if (!slowest.isEmpty()) {
            out.println("  slowest:");
            for (InvocationResult i : slowest) {
                out.println(String.format(Locale.ROOT, "    %9s  %-8s %-30s %-" + adapterWidth + "s %s", seconds(i.durationMillis()),
                        i.verdict().label(), i.property(), i.adapter(), i.label()));
            }
        }
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f s", millis / 1000.0);
    }

    /** The kernel objects the run could not remove, each by name, and where their ledger waits for the next sweep. */
    public static void leftovers(PrintWriter out, List<String> objects, Path run) {
        if (objects.isEmpty()) {
            return;
        }
        out.println();
        out.println("Left behind: " + objects.size() + " kernel object(s) could not be removed; the ledger in " + run
                + " keeps them for the next run's sweep:");
        objects.forEach(o -> out.println("  " + o));
    }
}
