package org.ipcconformance.reports.html;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.spec.catalog.Standard;

/** The filters, the view of disagreements, the legend and the (empty) detail dialog. */
final class Sections {
    /** The standard filter's value for rows whose result names no standard (an ID outside the catalog). */
    static final String NO_STANDARD = "none";

    private Sections() {
    }

    /**
     * The filter bar. Hidden until the script shows it, so that a page without script (or on
     * paper) shows no control that does nothing.
     */
    static void filters(StringBuilder h, Grid grid, boolean anyDisagreement) {
        Map<String, String> mechanisms = new LinkedHashMap<>();
        grid.groups.forEach(g -> mechanisms.put(g.mechanism() == null ? "OTHER" : g.mechanism().name(), g.title()));
        Set<String> levels = new LinkedHashSet<>();
        for (String l : List.of("MUST", "SHOULD", "MAY")) {
            if (grid.rows().stream().anyMatch(r -> r.level().equals(l))) {
                levels.add(l);
            }
        }
        Set<Verdict> verdicts = new LinkedHashSet<>();
        for (Verdict v : Verdict.values()) {
            if (grid.cells.stream().anyMatch(c -> c.result() != null && c.result().verdict() == v)) {
                verdicts.add(v);
            }
        }
        h.append("<form class=\"filters\" id=\"filters\" hidden=\"hidden\" aria-label=\"Filters\">\n");
        group(h, "Mechanism", "mechanism", mechanisms);
        Map<String, String> levelMap = new LinkedHashMap<>();
        levels.forEach(l -> levelMap.put(l, l));
        group(h, "Level", "level", levelMap);
        group(h, "Standard", "standard", standards(grid));
        Map<String, String> verdictMap = new LinkedHashMap<>();
        verdicts.forEach(v -> verdictMap.put(v.name(), v.label()));
        group(h, "Verdict", "verdict", verdictMap);
        Map<String, String> columnMap = new LinkedHashMap<>();
        boolean showHost = grid.columns.stream().map(Column::host).distinct().count() > 1;
        grid.columns.forEach(c -> columnMap.put(String.valueOf(c.index()), showHost ? c.adapter() + " @ " + c.host() : c.adapter()));
        group(h, "Adapter", "column", columnMap);
        h.append("<fieldset class=\"more\"><legend>Show</legend><label><input type=\"checkbox\" name=\"disagree\" value=\"only\"")
                .append(anyDisagreement ? "" : " disabled=\"disabled\"").append(" /> only where adapters disagree</label> ")
                .append("<button type=\"reset\">Show all</button> <output id=\"shown\" aria-live=\"polite\"></output></fieldset>\n")
                .append("</form>\n");
    }

    /**
     * The standards of the rows, in the catalog's order of {@link Standard} (any this tool does not
     * know, from a newer report, after them), then {@value #NO_STANDARD} when some row names none.
     * A row shows while any of its standards is checked.
     */
    private static Map<String, String> standards(Grid grid) {
        Set<String> present = new LinkedHashSet<>();
        grid.rows().forEach(r -> present.addAll(r.standard()));
        Map<String, String> values = new LinkedHashMap<>();
        for (Standard s : Standard.values()) {
            if (present.remove(s.notation())) {
                values.put(s.notation(), s.notation());
            }
        }
        present.forEach(v -> values.put(v, v));
        if (grid.rows().stream().anyMatch(r -> r.standard().isEmpty())) {
            values.put(NO_STANDARD, "not given");
        }
        return values;
    }

    /** The filter values of a row: its standards, or {@value #NO_STANDARD} when it names none. */
    static List<String> standardValues(Grid.Row row) {
        return row.standard().isEmpty() ? List.of(NO_STANDARD) : row.standard();
    }

    private static void group(StringBuilder h, String legend, String name, Map<String, String> values) {
        h.append("<fieldset data-filter=\"").append(name).append("\"><legend>").append(legend).append("</legend>");
        values.forEach((value, label) -> h.append("<label><input type=\"checkbox\" name=\"").append(name).append("\" value=\"")
                .append(Html.escape(value)).append("\" checked=\"checked\" /> ").append(Html.escape(label)).append("</label> "));
        h.append("</fieldset>\n");
    }

    static void disagreements(StringBuilder h, List<Disagreement> disagreements) {
        h.append("<section class=\"disagreements\" id=\"disagreements\" aria-labelledby=\"disagree-title\">\n")
                .append("<h2 id=\"disagree-title\">Where adapters disagree</h2>\n")
                .append("<p class=\"note\">Each adapter is compared with the native adapter on the same host, and the native ")
                .append("adapter of another host with the first native column. NOT_APPLICABLE, UNSUPPORTED and UNTESTED cells are not ")
                .append("compared: they say what could not be checked, not how an implementation behaves.</p>\n");
        if (disagreements.isEmpty()) {
            h.append("<p class=\"agree\">No disagreement: every adapter that could check a property reached the same verdict ")
                    .append("as its reference.</p>\n</section>\n");
            return;
        }
        h.append("<table class=\"disagree\">\n<thead><tr><th>Property</th><th>Level</th><th>Column</th><th>Verdict</th>")
                .append("<th>Reference</th><th>Its verdict</th></tr></thead>\n<tbody>\n");
        for (Disagreement d : disagreements) {
            h.append("<tr data-mechanism=\"").append(d.row().mechanism() == null ? "OTHER" : d.row().mechanism().name())
                    .append("\" data-level=\"").append(Html.escape(d.row().level())).append("\"><td><a href=\"#p-")
                    .append(Html.escape(d.row().id())).append("\">").append(Html.escape(d.row().id())).append("</a> ")
                    .append(Html.escape(d.row().title())).append("</td><td>").append(Html.escape(d.row().level())).append("</td><td>")
                    .append(Html.escape(d.cell().column().id())).append("</td>");
            verdictCell(h, d.cell());
            h.append("<td>").append(Html.escape(d.reference().column().id())).append("</td>");
            verdictCell(h, d.reference());
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void verdictCell(StringBuilder h, Grid.Cell cell) {
        h.append("<td class=\"v v-").append(cell.result().verdict().name()).append("\"><button type=\"button\" data-cell=\"")
                .append(cell.number()).append("\">").append(Html.escape(cell.label())).append("</button></td>");
    }

    static void legend(StringBuilder h) {
        h.append("<section class=\"legend\" aria-labelledby=\"legend-title\">\n<h2 id=\"legend-title\">Legend</h2>\n<table class=\"legend\">\n");
        for (Verdict v : Verdict.values()) {
            h.append("<tr><td class=\"v v-").append(v.name()).append("\">").append(Html.escape(v.label()))
                    .append("</td><td>").append(Html.escape(v.meaning())).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">PASS* : passed, but some of the property's spec methods were not "
                + "applicable on that adapter or found their option absent (the message names them). Click a cell for the property's statement, "
                + "its sources, the evidence each spec method recorded and the duration; hover it for the message. "
                + "What fails the gate (exit code 1): a MUST property that is FAIL or TIMEOUT, an XPASS (a stale "
                + "baseline entry) and a BROKEN result (unless the run allowed them); XFAIL, NOT_APPLICABLE, UNTESTED "
                + "and SHOULD or MAY failures never do. UNSUPPORTED is the implementation's own word that an optional "
                + "part of the standard (a POSIX option, XSI) is absent, for a property under that option: unlike "
                + "NOT_APPLICABLE (the adapter cannot express the property), it speaks of the system certified, and "
                + "it fails the gate only for an option the run requires (run --require-option).</p>\n</section>\n");
    }

    static void dialog(StringBuilder h) {
        h.append("<dialog id=\"detail\" aria-labelledby=\"detail-title\">\n<div class=\"detail-head\">")
                .append("<h2 id=\"detail-title\">Detail</h2><button type=\"button\" class=\"close\" id=\"detail-close\">Close</button>")
                .append("</div>\n<div id=\"detail-body\"></div>\n</dialog>\n");
    }
}
