package org.ipcconformance.reports.html;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.model.PropertyResult;

/**
 * The matrix: one body per mechanism, a row per property, a column per adapter (and host). Each
 * cell is a button that opens the detail view, with the verdict as text and colour and its message
 * as a tooltip; rows (mechanism, level, standards) and cells (column, verdict) carry data
 * attributes for the filters.
 */
final class MatrixTable {
    private MatrixTable() {
    }

    static void write(StringBuilder h, Grid grid, List<Disagreement> disagreements) {
        Set<Integer> differing = new HashSet<>();
        Set<String> rowsDiffering = new HashSet<>();
        for (Disagreement d : disagreements) {
            differing.add(d.cell().number());
            rowsDiffering.add(d.row().id());
        }
        boolean showHost = grid.columns.stream().map(Column::host).distinct().count() > 1;
        h.append("<table class=\"matrix\" id=\"matrix\">\n<thead><tr><th scope=\"col\" class=\"prop\">Property</th>")
                .append("<th scope=\"col\" class=\"level\">Level</th>");
        for (Column c : grid.columns) {
            h.append("<th scope=\"col\" class=\"adapter\" data-col=\"").append(c.index()).append("\">")
                    .append(Html.escape(c.adapter()));
            if (showHost) {
                h.append("<small class=\"host\">").append(Html.escape(c.host())).append("</small>");
                if (!c.os().isEmpty()) {
                    h.append("<small>").append(Html.escape(c.os() + " " + c.kernel())).append("</small>");
                }
            } else if (c.version() != null) {
                h.append("<small>").append(Html.escape(c.version())).append("</small>");
            }
            h.append("</th>");
        }
        h.append("</tr></thead>\n");
        int columns = 2 + grid.columns.size();
        for (Grid.Group g : grid.groups) {
            String mech = g.mechanism() == null ? "OTHER" : g.mechanism().name();
            h.append("<tbody data-mechanism=\"").append(mech).append("\">\n<tr class=\"mechanism\"><th colspan=\"")
                    .append(columns).append("\" scope=\"rowgroup\">").append(Html.escape(g.title())).append("</th></tr>\n");
            for (Grid.Row row : g.rows()) {
                boolean differs = rowsDiffering.contains(row.id());
                h.append("<tr class=\"prop\" id=\"p-").append(Html.escape(row.id())).append("\" data-mechanism=\"").append(mech)
                        .append("\" data-level=\"").append(Html.escape(row.level())).append("\"")
                        .append(" data-standard=\"").append(Html.escape(String.join(" ", Sections.standardValues(row))))
                        .append("\"").append(differs ? " data-disagree=\"true\"" : "").append(">")
                        .append("<th scope=\"row\" class=\"prop\"><span class=\"id\">").append(Html.escape(row.id()))
                        .append("</span>").append(differs ? " <span class=\"differs-mark\" title=\"adapters disagree\">≠</span>" : "")
                        .append(" <span class=\"title\">").append(Html.escape(row.title())).append("</span></th>")
                        .append("<td class=\"level level-").append(Html.escape(row.level())).append("\">")
                        .append(Html.escape(row.level())).append("</td>");
                for (Grid.Cell cell : row.cells()) {
                    cell(h, cell, differing.contains(cell.number()));
                }
                h.append("</tr>\n");
            }
            h.append("</tbody>\n");
        }
        h.append("<tfoot><tr><th scope=\"row\" colspan=\"2\">Totals</th>");
        for (Column c : grid.columns) {
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            for (Grid.Row row : grid.rows()) {
                PropertyResult r = row.cell(c).result();
                if (r != null) {
                    counts.merge(r.verdict(), 1, Integer::sum);
                }
            }
            List<String> parts = new ArrayList<>();
            counts.forEach((v, n) -> parts.add(n + " " + v.label()));
            h.append("<td data-col=\"").append(c.index()).append("\">").append(Html.escape(String.join(" · ", parts))).append("</td>");
        }
        h.append("</tr></tfoot>\n</table>\n");
        if (grid.cells.isEmpty()) {
            h.append("<p class=\"note\">This run holds no result.</p>\n");
        }
    }

    private static void cell(StringBuilder h, Grid.Cell cell, boolean differs) {
        PropertyResult r = cell.result();
        int col = cell.column().index();
        if (r == null) {
            h.append("<td class=\"v v-NONE\" data-col=\"").append(col).append("\" data-verdict=\"NONE\" ")
                    .append("title=\"not run on this adapter\">–</td>");
            return;
        }
        String tip = r.verdict().meaning() + (r.message().isEmpty() ? "" : "\n" + r.message())
                + (r.durationMillis() > 0 ? "\n(" + r.durationMillis() + " ms)" : "");
        h.append("<td class=\"v v-").append(r.verdict().name()).append(differs ? " differs" : "").append("\" data-col=\"")
                .append(col).append("\" data-verdict=\"").append(r.verdict().name()).append("\" title=\"")
                .append(Html.escape(tip)).append("\"><button type=\"button\" data-cell=\"").append(cell.number())
                .append("\" aria-label=\"").append(Html.escape(r.property() + " on " + cell.column().id() + ": " + cell.label()))
                .append("\">").append(Html.escape(cell.label())).append("</button></td>");
    }
}
