package org.ipcconformance.cli.console;

import java.io.PrintWriter;
import java.util.Locale;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.aggregate.Outcome;
import org.ipcconformance.reports.collect.ProgressListener;

/**
 * Progress of a run on the console. Not on a terminal (CI logs, pipes): one plain line per
 * finished property and adapter. On a terminal: one live line (done/total, current property,
 * failures so far), with a permanent line only for what went wrong.
 */
public final class Progress implements ProgressListener {
    private static final int WIDTH = 110;
    private static final int MESSAGE_WIDTH = 160;

    private final PrintWriter out;
    private final boolean live;
    private final boolean quietWhenPlain;
    private int total;
    private int done;
    private int failing;
    private boolean lineShown;

    private Progress(PrintWriter out, boolean live, boolean quietWhenPlain) {
        this.out = out;
        this.live = live;
        this.quietWhenPlain = quietWhenPlain;
    }

    /** Live when this JVM has a terminal ({@code System.console() != null}), plain lines otherwise. */
    public static Progress forConsole(PrintWriter out) {
        return new Progress(out, System.console() != null, false);
    }

    /** For long runs whose per-line output would drown the summary: live on a terminal, silent otherwise. */
    public static Progress liveOnly(PrintWriter out) {
        return new Progress(out, System.console() != null, true);
    }

    /** The live line whatever the console: for tests, which have no terminal. */
    static Progress live(PrintWriter out) {
        return new Progress(out, true, false);
    }

    public static Progress plain(PrintWriter out) {
        return new Progress(out, false, false);
    }

    @Override
    public synchronized void planned(int total) {
        this.total = total;
    }

    @Override
    public synchronized void invocationStarted(String property, String adapter) {
        if (live) {
            show("running " + property + (adapter == null ? "" : " on " + adapter));
        }
    }

    @Override
    public synchronized void propertyFinished(Outcome o, int done, int total) {
        this.done = done;
        this.total = Math.max(this.total, total);
        // What may fail the gate: failures, stale baseline entries, results the harness could not decide.
        boolean bad = o.verdict().isFailure() || o.verdict() == Verdict.BROKEN || o.verdict() == Verdict.XPASS;
        if (bad) {
            failing++;
        }
        if (!live) {
            if (!quietWhenPlain) {
                out.println(line(o, done, this.total));
                out.flush();
            }
            return;
        }
        if (bad) {
            clear();
            out.println(line(o, done, this.total));
        }
        show("finished " + o.property() + " on " + o.adapter());
    }

    /** Removes the live line before the summary is printed. */
    public synchronized void finish() {
        if (live) {
            clear();
        }
    }

    static String line(Outcome o, int done, int total) {
        String width = String.valueOf(Math.max(total, done)).length() + "";
        String head = String.format(Locale.ROOT, "[%" + width + "d/%d] %-8s %-30s %-24s %6d ms", done, total,
                o.verdict().label(), o.property(), o.adapter(), o.durationMillis());
        String first = oneLine(o.message());
        return first.isEmpty() || o.verdict() == Verdict.PASS ? head : head + "  " + first;
    }

    private void show(String what) {
        String text = String.format(Locale.ROOT, "[%d/%d] %s%s", done, total, what,
                failing == 0 ? "" : " · " + failing + " failing");
        if (text.length() > WIDTH) {
            text = text.substring(0, WIDTH - 1) + "…";
        }
        out.print("\r\u001b[2K" + text);
        out.flush();
        lineShown = true;
    }

    private void clear() {
        if (lineShown) {
            out.print("\r\u001b[2K");
            out.flush();
            lineShown = false;
        }
    }

    /** A message on one console line: its lines joined, cut at {@value #MESSAGE_WIDTH} characters. */
    public static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String m = message.strip().replaceAll("\\s*\\R\\s*", " ");
        return m.length() > MESSAGE_WIDTH ? m.substring(0, MESSAGE_WIDTH - 1) + "…" : m;
    }
}
