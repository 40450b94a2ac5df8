package org.ipcconformance.reports.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.model.AdapterInfo;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.reports.model.RunInfo;
import org.ipcconformance.spec.catalog.Mechanism;

/**
 * Renders {@code index.html}: the conformance matrix, one self-contained page (inline CSS, no
 * script, no external asset) that reads on a laptop screen and on paper. Rows are the properties
 * grouped by mechanism, columns the adapters; each cell shows its verdict as text and colour, with
 * the message as a tooltip. The markup is also well-formed XML (polyglot), so any XML parser can
 * check or post-process it.
 */
public final class MatrixPage {
    public static final String FILE_NAME = "index.html";

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   margin: 1.25rem; color: #1f2328; background: #fff; }
            h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
            h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
            dl.env { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 1rem; }
            dl.env dt { font-weight: 600; color: #57606a; }
            dl.env dd { margin: 0; }
            table { border-collapse: collapse; }
            table.matrix { width: 100%; }
            th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; }
            thead th { background: #f6f8fa; position: sticky; top: 0; z-index: 1; }
            th.adapter { text-align: center; white-space: nowrap; }
            th.adapter small { display: block; font-weight: 400; color: #57606a; }
            tr.mechanism th { background: #eaeef2; font-size: 1rem; }
            td.id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: nowrap; }
            td.level { white-space: nowrap; }
            td.title { min-width: 12rem; }
            td.v { text-align: center; vertical-align: middle; font-weight: 600; white-space: nowrap; color: #fff; min-width: 5.5rem; }
            tfoot td { font-size: .85rem; color: #57606a; text-align: center; }
            .v-PASS { background: #1a7f37; }
            .v-FAIL { background: #cf222e; }
            .v-TIMEOUT { background: #82071e; }
            .v-BROKEN { background: #bc4c00; }
            .v-NOT_APPLICABLE { background: #6e7781; }
            .v-UNTESTED { background: repeating-linear-gradient(135deg, #eaeef2 0 6px, #f6f8fa 6px 12px); color: #57606a !important; }
            .v-XFAIL, .v-XPASS { background: #8250df; }
            .v-NONE { background: #fff; color: #8c959f !important; font-weight: 400; }
            table.legend td { border: none; padding: .15rem .5rem; }
            table.legend td.v { border: 1px solid #d0d7de; }
            p.note { color: #57606a; font-size: .85rem; }
            @page { size: landscape; margin: 10mm; }
            @media print {
              body { margin: 0; font-size: 9pt; }
              td.v { min-width: 0; }
              tfoot { display: table-row-group; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              thead { display: table-header-group; }
              thead th { position: static; }
              tr { break-inside: avoid; page-break-inside: avoid; }
              h2 { break-after: avoid; }
            }
            """;

    private MatrixPage() {
    }

    /** Writes {@code dir/index.html}, creating the folder, and returns the file. */
    public static Path write(ConformanceReport report, Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            Files.writeString(file, render(report));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static String render(ConformanceReport report) {
        List<String> adapters = report.adapterIds();
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>IPC conformance matrix")
                .append(report.run() == null ? "" : " – " + Html.escape(report.run().host()))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>IPC conformance matrix</h1>\n");
        header(h, report.run());
        matrix(h, report, adapters);
        legend(h);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, RunInfo run) {
        if (run == null) {
            return;
        }
        h.append("<dl class=\"env\">\n");
        dt(h, "Host", run.host());
        dt(h, "OS", join(run.os(), run.arch()));
        dt(h, "Kernel", run.kernel());
        dt(h, "libc", run.libc());
        dt(h, "JDK", run.jdk());
        dt(h, "Started", run.startedAt());
        dt(h, "Finished", run.finishedAt());
        dt(h, "Wall time", String.format(java.util.Locale.ROOT, "%.2f s", run.wallMillis() / 1000.0));
        if (run.timeoutSeconds() != null) {
            dt(h, "Time limit", run.timeoutSeconds() + " s per spec");
        }
        for (AdapterInfo a : run.adapters()) {
            StringBuilder env = new StringBuilder("version " + a.version());
            a.environment().forEach((k, v) -> env.append("; ").append(k).append(": ").append(v));
            dt(h, "Adapter " + a.id(), env.toString());
        }
        h.append("</dl>\n");
    }

    private static void dt(StringBuilder h, String name, String value) {
        h.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }

    private static String join(String a, String b) {
        return b == null || b.isBlank() ? Objects.toString(a, "") : Objects.toString(a, "") + " (" + b + ")";
    }

    private static void matrix(StringBuilder h, ConformanceReport report, List<String> adapters) {
        // property id -> (adapter -> result), in report order; rows grouped by mechanism
        Map<String, Map<String, PropertyResult>> rows = new LinkedHashMap<>();
        for (PropertyResult r : report.results()) {
            rows.computeIfAbsent(r.property(), k -> new LinkedHashMap<>()).put(r.adapter(), r);
        }
        Map<Mechanism, List<String>> byMechanism = new EnumMap<>(Mechanism.class);
        List<String> outside = new ArrayList<>();
        rows.forEach((id, cells) -> {
            Mechanism m = cells.values().iterator().next().mechanism();
            if (m == null) {
                outside.add(id);
            } else {
                byMechanism.computeIfAbsent(m, k -> new ArrayList<>()).add(id);
            }
        });
        int columns = 3 + adapters.size();
        h.append("<table class=\"matrix\">\n<thead><tr><th>Property</th><th>Title</th><th>Level</th>");
        RunInfo run = report.run();
        for (String a : adapters) {
            String version = run == null ? null : run.adapters().stream().filter(i -> i.id().equals(a))
                    .map(AdapterInfo::version).findFirst().orElse(null);
            h.append("<th class=\"adapter\">").append(Html.escape(a));
            if (version != null) {
                h.append("<small>").append(Html.escape(version)).append("</small>");
            }
            h.append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        byMechanism.forEach((m, ids) -> group(h, m.title(), ids, rows, adapters, columns));
        if (!outside.isEmpty()) {
            group(h, "Not in the catalog", outside, rows, adapters, columns);
        }
        h.append("</tbody>\n<tfoot><tr><td colspan=\"3\">Totals</td>");
        for (String a : adapters) {
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            report.results().stream().filter(r -> r.adapter().equals(a)).forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            counts.forEach((v, n) -> parts.add(n + " " + v.label()));
            h.append("<td>").append(Html.escape(String.join(" · ", parts))).append("</td>");
        }
        h.append("</tr></tfoot>\n</table>\n");
        if (report.results().isEmpty()) {
            h.append("<p class=\"note\">This run holds no result.</p>\n");
        }
    }

    private static void group(StringBuilder h, String title, List<String> ids, Map<String, Map<String, PropertyResult>> rows,
                              List<String> adapters, int columns) {
        h.append("<tr class=\"mechanism\"><th colspan=\"").append(columns).append("\">")
                .append(Html.escape(title)).append("</th></tr>\n");
        for (String id : ids) {
            Map<String, PropertyResult> cells = rows.get(id);
            PropertyResult any = cells.values().iterator().next();
            h.append("<tr><td class=\"id\">").append(Html.escape(id)).append("</td><td class=\"title\">")
                    .append(Html.escape(any.title())).append("</td><td class=\"level\">")
                    .append(Html.escape(any.level() == null ? "" : any.level().name())).append("</td>");
            for (String a : adapters) {
                cell(h, cells.get(a));
            }
            h.append("</tr>\n");
        }
    }

    private static void cell(StringBuilder h, PropertyResult r) {
        if (r == null) {
            h.append("<td class=\"v v-NONE\" title=\"not run on this adapter\">–</td>");
            return;
        }
        String tip = r.verdict().meaning() + (r.message().isEmpty() ? "" : "\n" + r.message())
                + (r.durationMillis() > 0 ? "\n(" + r.durationMillis() + " ms)" : "");
        // A pass on which some spec methods were not applicable says so: it proved less than a full pass.
        boolean partly = r.verdict() == Verdict.PASS
                && r.methods().stream().anyMatch(m -> m.verdict() == Verdict.NOT_APPLICABLE);
        h.append("<td class=\"v v-").append(r.verdict().name()).append("\" title=\"").append(Html.escape(tip))
                .append("\">").append(Html.escape(r.verdict().label())).append(partly ? "*" : "").append("</td>");
    }

    private static void legend(StringBuilder h) {
        h.append("<h2>Legend</h2>\n<table class=\"legend\">\n");
        for (Verdict v : Verdict.values()) {
            h.append("<tr><td class=\"v v-").append(v.name()).append("\">").append(Html.escape(v.label()))
                    .append("</td><td>").append(Html.escape(v.meaning())).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">PASS* : passed, but some of the property's spec methods were not "
                + "applicable on that adapter (the message names them). Hover a cell for its message. "
                + "Only MUST properties that are FAIL, "
                + "TIMEOUT or BROKEN fail the gate (exit code 1).</p>\n");
    }
}
