package org.ipcconformance.reports.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.model.MethodResult;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.spec.catalog.PropertyDef;
import org.ipcconformance.spec.catalog.Standard;

/**
 * Builds the result list of a run: one entry per selected property and adapter, in catalog and
 * adapter order. A property no spec reported is UNTESTED when the catalog lists it as pending,
 * and BROKEN otherwise (a spec that should have run but did not must not vanish). IDs the catalog
 * does not know come last, as reported.
 */
public final class Aggregator {
    private Aggregator() {
    }

    /**
     * @param selected the property IDs the run asked for, or null for the whole catalog
     */
    public static List<PropertyResult> aggregate(List<InvocationResult> invocations, CatalogView catalog,
                                                 List<String> adapters, Set<String> selected) {
        Map<String, Map<String, List<InvocationResult>>> byProperty = new LinkedHashMap<>();
        Set<String> allAdapters = new LinkedHashSet<>(adapters);
        for (InvocationResult i : invocations) {
            byProperty.computeIfAbsent(i.property(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(i.adapter(), k -> new ArrayList<>()).add(i);
            allAdapters.add(i.adapter());
        }
        List<PropertyResult> results = new ArrayList<>();
        for (PropertyDef def : catalog.properties()) {
            if (selected != null && !selected.contains(def.id())) {
                continue;
            }
            Map<String, List<InvocationResult>> perAdapter = byProperty.getOrDefault(def.id(), Map.of());
            for (String adapter : allAdapters) {
                List<InvocationResult> runs = perAdapter.get(adapter);
                if (runs != null) {
                    results.add(resultOf(def, Aggregation.combine(def.id(), adapter, underItsOptions(def, runs))));
                } else if (catalog.isPending(def.id())) {
                    results.add(missing(def, adapter, Verdict.UNTESTED, "no executable spec yet (pending in the catalog)"));
                } else if (adapters.contains(adapter)) {
                    results.add(missing(def, adapter, Verdict.BROKEN,
                            "no spec method reported a result for this property on this adapter"));
                }
            }
        }
        for (Map.Entry<String, Map<String, List<InvocationResult>>> e : byProperty.entrySet()) {
            if (catalog.find(e.getKey()).isEmpty()) {
                e.getValue().forEach((adapter, runs) -> {
                    Outcome o = Aggregation.combine(e.getKey(), adapter, runs);
                    results.add(new PropertyResult(o.property(), null, "(not in the catalog)", null, List.of(), adapter,
                            o.verdict(), o.message(), o.durationMillis(), o.evidence(), o.methods()));
                });
            }
        }
        return results;
    }

    /**
     * An absent option excuses only a property the catalog puts under that option: reported for
     * any other (a POSIX base property, say), the missing function is a failure of the property.
     */
    static List<InvocationResult> underItsOptions(PropertyDef def, List<InvocationResult> runs) {
        List<String> standards = standardOf(def);
        List<InvocationResult> out = new ArrayList<>();
        for (InvocationResult i : runs) {
            String option = i.evidence().get(MethodResult.ABSENT_OPTION);
            if (i.verdict() == Verdict.UNSUPPORTED && !standards.contains(option)) {
                out.add(new InvocationResult(i.property(), i.adapter(), i.method(), i.variant(), Verdict.FAIL,
                        i.message() + "\n(" + def.id() + " is not under " + option + ": its standard is "
                                + String.join(", ", standards) + ")", i.detail(), i.durationMillis(), i.evidence()));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    static PropertyResult resultOf(PropertyDef def, Outcome o) {
        return new PropertyResult(def.id(), def.mechanism(), def.title(), def.level(), standardOf(def), o.adapter(),
                o.verdict(), o.message(), o.durationMillis(), o.evidence(), o.methods());
    }

    private static PropertyResult missing(PropertyDef def, String adapter, Verdict verdict, String message) {
        return new PropertyResult(def.id(), def.mechanism(), def.title(), def.level(), standardOf(def), adapter, verdict,
                message, 0, Map.of(), List.of());
    }

    /** The property's standards as the catalog writes them ({@code posix-option:MSG}). */
    static List<String> standardOf(PropertyDef def) {
        return def.standard().stream().map(Standard::notation).toList();
    }
}
