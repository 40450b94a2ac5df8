package org.ipcconformance.reports.merge;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.model.AdapterInfo;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.reports.model.RunInfo;
import org.ipcconformance.spec.catalog.PropertyDef;

/**
 * Combines runs from several machines into one report of the same contract: each column becomes
 * {@code adapter@host} ({@code adapter@label} for a labelled run) and carries its host, OS and kernel; {@code run.sources} keeps each run's
 * own environment. Results are in catalog order, then column order. A merged report can itself be
 * merged again (its columns keep their hosts). Two columns that would get the same id (the same
 * adapter run twice on one host) are told apart by {@code #2}, {@code #3}...
 */
public final class ReportMerger {
    private ReportMerger() {
    }

    public static ConformanceReport merge(List<MergeInput> inputs, CatalogView catalog) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        List<AdapterInfo> columns = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        List<PropertyResult> results = new ArrayList<>();
        List<RunInfo> sources = new ArrayList<>();
        List<String> leftovers = new ArrayList<>();
        for (MergeInput input : inputs) {
            RunInfo run = input.report().run();
            // A merged report keeps what each run left behind, named with its host (once: a merged input has it already).
            input.report().leftovers().forEach(l -> leftovers.add(run.isMerged() ? l : run.host() + ": " + l));
            sources.addAll(run.isMerged() ? run.sources() : List.of(run));
            Map<String, String> renamed = new HashMap<>();
            for (String id : input.report().adapterIds()) {
                AdapterInfo info = run.adapters().stream().filter(a -> a.id().equals(id)).findFirst()
                        .orElse(new AdapterInfo(id, null, Map.of()));
                String host = orElse(info.host(), run.host());
                // A label names the runtime on the host: two labelled runs of one host stay two columns.
                String column = unique(info.adapterId() + "@" + orElse(info.label(), host), taken);
                renamed.put(id, column);
                columns.add(new AdapterInfo(column, info.version(), info.environment(), info.adapterId(), host,
                        orElse(info.os(), run.os()), orElse(info.kernel(), run.kernel()), info.label()));
            }
            for (PropertyResult r : input.report().results()) {
                results.add(new PropertyResult(r.property(), r.mechanism(), r.title(), r.level(), r.standard(),
                        renamed.get(r.adapter()), r.verdict(), r.message(), r.durationMillis(), r.evidence(), r.methods()));
            }
        }
        return new ConformanceReport(mergedRun(sources, columns), inCatalogOrder(results, columns, catalog)).withLeftovers(leftovers);
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "#" + n;
        }
        return candidate;
    }

    private static List<PropertyResult> inCatalogOrder(List<PropertyResult> results, List<AdapterInfo> columns,
                                                       CatalogView catalog) {
        Map<String, Integer> rank = new LinkedHashMap<>();
        for (PropertyDef def : catalog.properties()) {
            rank.put(def.id(), rank.size());
        }
        for (PropertyResult r : results) {
            rank.putIfAbsent(r.property(), rank.size());   // unknown IDs last, as they first appear
        }
        Map<String, Integer> columnRank = new HashMap<>();
        columns.forEach(c -> columnRank.put(c.id(), columnRank.size()));
        List<PropertyResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing((PropertyResult r) -> rank.get(r.property()))
                .thenComparing(r -> columnRank.get(r.adapter())));
        return sorted;
    }

    private static RunInfo mergedRun(List<RunInfo> sources, List<AdapterInfo> columns) {
        Optional<String> started = sources.stream().map(RunInfo::startedAt).filter(Objects::nonNull)
                .min(Comparator.comparing(ReportMerger::instantOrMax));
        Optional<String> finished = sources.stream().map(RunInfo::finishedAt).filter(Objects::nonNull)
                .max(Comparator.comparing(ReportMerger::instantOrMin));
        Set<Integer> timeouts = new LinkedHashSet<>();
        sources.forEach(s -> timeouts.add(s.timeoutSeconds()));
        return new RunInfo(started.orElse(null), finished.orElse(null), distinct(sources, RunInfo::host),
                distinct(sources, RunInfo::os), distinct(sources, RunInfo::arch), distinct(sources, RunInfo::kernel),
                distinct(sources, RunInfo::libc), distinct(sources, RunInfo::jdk), columns,
                sources.stream().mapToLong(RunInfo::wallMillis).max().orElse(0),
                timeouts.size() == 1 ? timeouts.iterator().next() : null, sources);
    }

    /** The distinct values of the runs, joined: "Linux, Mac OS X". */
    private static String distinct(List<RunInfo> sources, Function<RunInfo, String> field) {
        Set<String> values = new LinkedHashSet<>();
        sources.forEach(s -> {
            String v = field.apply(s);
            if (v != null && !v.isBlank()) {
                values.add(v);
            }
        });
        return String.join(", ", values);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? Objects.toString(fallback, "unknown") : value;
    }

    private static Instant instantOrMax(String s) {
        return parse(s, Instant.MAX);
    }

    private static Instant instantOrMin(String s) {
        return parse(s, Instant.MIN);
    }

    private static Instant parse(String s, Instant fallback) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
