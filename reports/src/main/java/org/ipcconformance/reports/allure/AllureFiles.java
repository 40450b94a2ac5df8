package org.ipcconformance.reports.allure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.model.AdapterInfo;
import org.ipcconformance.reports.model.RunInfo;

/**
 * The two run-wide files of Allure results: {@code environment.properties} (the report's
 * Environment panel) and {@code categories.json} (one category per verdict that is not a pass; a
 * test's status message starts with its verdict, which is what the categories match).
 */
final class AllureFiles {
    private AllureFiles() {
    }

    /** Categories: verdict, Allure statuses it comes with, meaning. */
    static final List<Category> CATEGORIES = List.of(
            new Category(Verdict.FAIL, List.of("failed")),
            new Category(Verdict.TIMEOUT, List.of("failed")),
            new Category(Verdict.XPASS, List.of("failed")),
            new Category(Verdict.BROKEN, List.of("broken")),
            new Category(Verdict.NOT_APPLICABLE, List.of("skipped")),
            new Category(Verdict.UNSUPPORTED, List.of("skipped")),
            new Category(Verdict.XFAIL, List.of("skipped")));

    record Category(Verdict verdict, List<String> statuses) {
        /** A status message starts with the verdict's name and a colon. */
        String messageRegex() {
            return "(?s)" + verdict.name() + ":.*";
        }
    }

    static void writeEnvironment(Path dir, RunInfo run, String baseline) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        if (run != null) {
            env.put("OS", run.os() + " " + run.arch());
            env.put("Kernel", run.kernel());
            env.put("libc", run.libc());
            env.put("JDK", run.jdk());
            env.put("Host", run.host());
            StringBuilder adapters = new StringBuilder();
            for (AdapterInfo a : run.adapters()) {
                adapters.append(adapters.length() == 0 ? "" : ", ").append(a.id()).append(' ').append(a.version());
                env.put("Adapter " + a.id(), a.version());
            }
            env.put("Adapters", adapters.toString());
            if (baseline != null) {
                env.put("Baseline", baseline);
            }
        }
        StringBuilder sb = new StringBuilder();
        env.forEach((k, v) -> sb.append(escape(k, true)).append('=').append(escape(v == null ? "" : v, false)).append('\n'));
        Files.writeString(dir.resolve("environment.properties"), sb.toString(), StandardCharsets.ISO_8859_1);
    }

    static void writeCategories(Path dir) throws IOException {
        List<Map<String, Object>> list = CATEGORIES.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.verdict().name() + ": " + c.verdict().meaning());
            m.put("matchedStatuses", c.statuses());
            m.put("messageRegex", c.messageRegex());
            return m;
        }).toList();
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("categories.json").toFile(), list);
    }

    /** java.util.Properties escaping, written by hand to keep the keys in our order. */
    private static String escape(String s, boolean key) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '=', ':', '#', '!' -> sb.append('\\').append(c);
                case ' ' -> sb.append(key || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
