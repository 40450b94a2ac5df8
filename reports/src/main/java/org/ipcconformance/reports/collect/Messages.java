package org.ipcconformance.reports.collect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns throwables into report text: a short message for tables, a few frames for BROKEN. */
public final class Messages {
    static final int MAX_LINES = 8;
    static final int MAX_CHARS = 1000;
    static final int FRAMES = 6;
    static final int CAUSE_FRAMES = 3;

    private Messages() {
    }

    /** The first lines of a text, trimmed, at most {@link #MAX_LINES} lines and {@link #MAX_CHARS} chars. */
    public static String firstLines(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        boolean truncated = false;
        for (String line : text.split("\\R")) {
            String l = line.stripTrailing();
            if (lines.isEmpty() && l.isBlank()) {
                continue;
            }
            if (lines.size() == MAX_LINES) {
                truncated = true;
                break;
            }
            lines.add(l);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        String joined = String.join("\n", lines);
        if (joined.length() > MAX_CHARS) {
            joined = joined.substring(0, MAX_CHARS);
            truncated = true;
        }
        return truncated ? joined + " …" : joined;
    }

    /** The throwable's message, or its class name when it has none. */
    public static String messageOf(Throwable t) {
        String m = firstLines(t.getMessage());
        return m.isEmpty() ? t.getClass().getSimpleName() : m;
    }

    /** {@code Type: message}, for throwables whose type says something the message does not. */
    public static String typedMessageOf(Throwable t) {
        String m = firstLines(t.getMessage());
        return m.isEmpty() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + m;
    }

    /** The exception, its first frames and the first frames of each cause: enough to find a harness bug. */
    public static String detailOf(Throwable t) {
        StringBuilder sb = new StringBuilder();
        Set<Throwable> seen = new HashSet<>();
        int frames = FRAMES;
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            if (c != t) {
                sb.append("Caused by: ");
            }
            sb.append(c.getClass().getName());
            String m = firstLines(c.getMessage());
            if (!m.isEmpty()) {
                sb.append(": ").append(m);
            }
            sb.append('\n');
            StackTraceElement[] trace = c.getStackTrace();
            for (int i = 0; i < Math.min(frames, trace.length); i++) {
                sb.append("    at ").append(trace[i]).append('\n');
            }
            if (trace.length > frames) {
                sb.append("    ... ").append(trace.length - frames).append(" more\n");
            }
            frames = CAUSE_FRAMES;
        }
        return sb.toString().stripTrailing();
    }
}
