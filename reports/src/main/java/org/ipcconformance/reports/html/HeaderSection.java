package org.ipcconformance.reports.html;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.model.AdapterInfo;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.reports.model.RunInfo;
import org.ipcconformance.spec.catalog.Level;

/** The top of the page: where and when the run happened, and each column's score. */
final class HeaderSection {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private HeaderSection() {
    }

    static void environment(StringBuilder h, RunInfo run) {
        if (run == null) {
            return;
        }
        h.append("<section class=\"env\" aria-label=\"Environment\">\n");
        if (run.isMerged()) {
            h.append("<p>Merged from ").append(run.sources().size()).append(" runs.</p>\n")
                    .append("<table class=\"sources\">\n<thead><tr><th>Host</th><th>OS</th><th>Kernel</th><th>libc</th>")
                    .append("<th>JDK</th><th>System</th><th>Started</th><th>Wall time</th><th>Adapters</th></tr></thead>\n<tbody>\n");
            for (RunInfo s : run.sources()) {
                h.append("<tr>");
                td(h, s.host());
                td(h, join(s.os(), s.arch()));
                td(h, s.kernel());
                td(h, s.libc());
                td(h, s.jdk());
                td(h, String.join("; ", s.system().entrySet().stream()
                        .filter(e -> !e.getKey().equals("libc")).map(e -> e.getKey() + ": " + e.getValue()).toList()));
                td(h, time(s.startedAt()));
                td(h, seconds(s.wallMillis()));
                td(h, adapterList(s.adapters()));
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n");
            adapterDetails(h, run.adapters());
        } else {
            h.append("<dl>\n");
            dt(h, "Host", run.host());
            dt(h, "OS", join(run.os(), run.arch()));
            dt(h, "Kernel", run.kernel());
            dt(h, "libc", run.libc());
            dt(h, "JDK", run.jdk());
            dt(h, "Started", time(run.startedAt()));
            dt(h, "Finished", time(run.finishedAt()));
            dt(h, "Wall time", seconds(run.wallMillis()));
            if (run.timeoutSeconds() != null) {
                dt(h, "Time limit", run.timeoutSeconds() + " s per spec");
            }
            // What was certified, in the system's own words.
            run.system().forEach((source, said) -> dt(h, "System: " + source, said));
            dt(h, "Adapters", adapterList(run.adapters()));
            h.append("</dl>\n");
            adapterDetails(h, run.adapters());
        }
        h.append("</section>\n");
    }

    /** Per column: MUST and SHOULD properties that hold, of those applicable. */
    static void scores(StringBuilder h, Grid grid, ConformanceReport report) {
        h.append("<section class=\"scores\" aria-labelledby=\"scores-title\">\n<h2 id=\"scores-title\">Scores</h2>\n")
                .append("<table class=\"scores\">\n<thead><tr><th>Adapter</th>");
        boolean merged = grid.columns.stream().map(Column::host).distinct().count() > 1;
        if (merged) {
            h.append("<th>Host</th>");
        }
        h.append("<th>MUST passed</th><th>SHOULD passed</th><th>Not applicable</th><th>Unsupported</th><th>Untested</th></tr></thead>\n<tbody>\n");
        for (Column c : grid.columns) {
            List<PropertyResult> results = report.results().stream().filter(r -> r.adapter().equals(c.id())).toList();
            Score must = Score.of(Level.MUST, results);
            Score should = Score.of(Level.SHOULD, results);
            h.append("<tr data-col=\"").append(c.index()).append("\"><th scope=\"row\">").append(Html.escape(c.adapter()))
                    .append("</th>");
            if (merged) {
                td(h, c.host() + (c.os().isEmpty() ? "" : " (" + c.os() + ")"));
            }
            score(h, must);
            score(h, should);
            td(h, String.valueOf(results.stream().filter(r -> r.verdict() == Verdict.NOT_APPLICABLE).count()));
            td(h, String.valueOf(results.stream().filter(r -> r.verdict() == Verdict.UNSUPPORTED).count()));
            td(h, String.valueOf(results.stream().filter(r -> r.verdict() == Verdict.UNTESTED).count()));
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n<p class=\"note\">Passed of applicable: PASS (and XPASS) of the properties that ")
                .append("ran to a verdict; NOT_APPLICABLE, UNSUPPORTED and UNTESTED are outside the count.</p>\n</section>\n");
    }

    private static void score(StringBuilder h, Score s) {
        h.append("<td class=\"score score-").append(s.level().name()).append("\"><span class=\"n\">").append(s.passed())
                .append(" / ").append(s.applicable()).append("</span> <span class=\"pct\">").append(s.percent()).append("</span>");
        if (s.applicable() > 0) {
            h.append(" <meter min=\"0\" max=\"").append(s.applicable()).append("\" low=\"").append(s.applicable())
                    .append("\" high=\"").append(s.applicable()).append("\" optimum=\"").append(s.applicable())
                    .append("\" value=\"").append(s.passed()).append("\">").append(s.percent()).append("</meter>");
        }
        h.append("</td>");
    }

    private static String adapterList(List<AdapterInfo> adapters) {
        return String.join(" · ", adapters.stream().map(a -> a.id() + " " + a.version()).toList());
    }

    /** Each adapter's own facts (compiler, agent, child JVM...): long, so folded away until asked for. */
    private static void adapterDetails(StringBuilder h, List<AdapterInfo> adapters) {
        if (adapters.stream().allMatch(a -> a.environment().isEmpty())) {
            return;
        }
        h.append("<details class=\"adapters\"><summary>Adapter environments</summary>\n<table class=\"adapter-env\">\n");
        for (AdapterInfo a : adapters) {
            int n = a.environment().size();
            boolean first = true;
            for (Map.Entry<String, String> e : a.environment().entrySet()) {
                h.append("<tr>");
                if (first) {
                    h.append("<th scope=\"rowgroup\" rowspan=\"").append(n).append("\">").append(Html.escape(a.id())).append("</th>");
                    first = false;
                }
                h.append("<td>").append(Html.escape(e.getKey())).append("</td><td>").append(Html.escape(e.getValue()))
                        .append("</td></tr>\n");
            }
        }
        h.append("</table>\n</details>\n");
    }

    /** An ISO instant as "2026-11-25 16:54:12 UTC"; anything else as written. */
    static String time(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return TIME.format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static void td(StringBuilder h, String value) {
        h.append("<td>").append(Html.escape(value)).append("</td>");
    }

    private static void dt(StringBuilder h, String name, String value) {
        h.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static String join(String a, String b) {
        return b == null || b.isBlank() ? Objects.toString(a, "") : Objects.toString(a, "") + " (" + b + ")";
    }
}
