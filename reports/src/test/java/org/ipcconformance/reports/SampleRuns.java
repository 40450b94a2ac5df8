package org.ipcconformance.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipcconformance.reports.aggregate.Aggregator;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.aggregate.InvocationResult;
import org.ipcconformance.reports.model.AdapterInfo;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.RunInfo;
import org.ipcconformance.spec.catalog.Catalog;
import org.ipcconformance.spec.catalog.Mechanism;
import org.ipcconformance.spec.catalog.PropertyDef;

/**
 * Two runs on the shipped catalog, from two hosts, with every verdict somewhere: a Linux host
 * (native, simulator, jdk) and a macOS host (native, jdk). Pipes, FIFOs and the general properties
 * have specs; MQ-SELECTIVE-RECEIVE has one method run once per IPC family (variant) with evidence;
 * the rest is UNTESTED.
 */
public final class SampleRuns {
    public static final String LINUX_HOST = "build-linux";
    public static final String MAC_HOST = "build-mac";
    /** Markup in a failure message: the page must show it as text. */
    public static final String HOSTILE = "expected <script>alert('x')</script> & \"more\"";
    /** The spec method of MQ-SELECTIVE-RECEIVE, run once per IPC family. */
    public static final String SELECTIVE_RECEIVE = "MqSelectiveReceiveSpec.receivesOutOfArrivalOrder";

    private SampleRuns() {
    }

    public static CatalogView catalog() {
        return CatalogView.of(Catalog.standard());
    }

    public static ConformanceReport linux() {
        List<String> adapters = List.of("native", "simulator", "jdk");
        List<InvocationResult> inv = new ArrayList<>();
        for (PropertyDef def : catalog().properties()) {
            if (!List.of(Mechanism.GENERAL, Mechanism.PIPE, Mechanism.FIFO).contains(def.mechanism())) {
                continue;
            }
            for (String a : adapters) {
                String id = def.id();
                String method = specOf(id) + ".holds";
                if (a.equals("jdk") && def.mechanism() == Mechanism.FIFO) {
                    inv.add(TestData.inv(id, a, method, Verdict.NOT_APPLICABLE, "jdk lacks FIFO: no JDK API creates a named pipe", 0));
                } else if (a.equals("native") && id.equals("PIPE-ATOMIC-WRITE")) {
                    inv.add(new InvocationResult(id, a, method, Verdict.FAIL, HOSTILE, null, 12,
                            Map.of("written", "4096 bytes by 2 writers", "interleaved at", "byte 512")));
                } else if (a.equals("native") && id.equals("PIPE-ORDER")) {
                    inv.add(TestData.inv(id, a, method, Verdict.XFAIL, "known deviation (baseline: issue 42)", 3));
                } else if (a.equals("jdk") && id.equals("PIPE-BYTE-STREAM")) {
                    inv.add(TestData.inv(id, a, method, Verdict.XPASS, "listed in the baseline but passed", 4));
                } else if (a.equals("jdk") && id.equals("PIPE-FINITE-BUFFER")) {
                    inv.add(TestData.inv(id, a, method, Verdict.TIMEOUT, "ran past its time limit of 5 s", 5000));
                } else if (a.equals("simulator") && id.equals("PIPE-BROKEN")) {
                    inv.add(new InvocationResult(id, a, method, Verdict.BROKEN, "IllegalStateException: model closed",
                            "java.lang.IllegalStateException: model closed\n\tat Model.write(Model.java:10)", 1, Map.of()));
                } else if (a.equals("jdk") && id.equals("PIPE-EOF")) {
                    inv.add(TestData.inv(id, a, "PipeEofSpec.throughStandardStreams", Verdict.PASS, "", 140));
                    inv.add(TestData.inv(id, a, "PipeEofSpec.secondWriterProcess", Verdict.NOT_APPLICABLE,
                            "jdk lacks HANDLE_INHERITANCE", 0));
                } else {
                    inv.add(new InvocationResult(id, a, method, Verdict.PASS, "", null, a.equals("jdk") ? 120 : 6,
                            Map.of("observed", id.toLowerCase() + " on " + a)));
                }
            }
        }
        for (String a : adapters) {
            String id = "MQ-SELECTIVE-RECEIVE";
            if (a.equals("jdk")) {
                inv.add(new InvocationResult(id, a, SELECTIVE_RECEIVE, "System V", Verdict.NOT_APPLICABLE,
                        "jdk lacks SYSV_MESSAGE_QUEUES", null, 0, Map.of()));
                inv.add(new InvocationResult(id, a, SELECTIVE_RECEIVE, "POSIX", Verdict.NOT_APPLICABLE,
                        "jdk lacks POSIX_MESSAGE_QUEUES", null, 0, Map.of()));
                continue;
            }
            inv.add(new InvocationResult(id, a, SELECTIVE_RECEIVE, "System V", Verdict.PASS, "", null, 9,
                    Map.of("received first", "type 2 \"second\"")));
            inv.add(new InvocationResult(id, a, SELECTIVE_RECEIVE, "POSIX", Verdict.PASS, "", null, 7,
                    Map.of("received first", "priority 7 \"urgent\"")));
        }
        inv.add(TestData.inv("SEM-UNDO-ON-EXIT", "native", "UndoSpec.undone", Verdict.PASS, "", 8));
        inv.add(TestData.inv("SEM-UNDO-ON-EXIT", "simulator", "UndoSpec.undone", Verdict.FAIL, "semaphore stayed at 0 after exit", 2));
        inv.add(TestData.inv("SEM-UNDO-ON-EXIT", "jdk", "UndoSpec.undone", Verdict.NOT_APPLICABLE, "jdk lacks SYSV_SEMAPHORES", 0));
        RunInfo run = new RunInfo("2026-11-25T16:00:00Z", "2026-11-25T16:00:03.100Z", LINUX_HOST, "Linux", "amd64",
                "6.1.0-18-amd64", "glibc 2.36", "Debian 17.0.15",
                List.of(new AdapterInfo("native", "6.1.0-18-amd64", Map.of("libc", "glibc 2.36", "cc", "gcc 12.2")),
                        new AdapterInfo("simulator", "0.1.0", Map.of()),
                        new AdapterInfo("jdk", "17.0.15", Map.of())),
                3100, 30);
        return new ConformanceReport(run, Aggregator.aggregate(inv, catalog(), adapters, null));
    }

    public static ConformanceReport mac() {
        List<String> adapters = List.of("native", "jdk");
        List<InvocationResult> inv = new ArrayList<>();
        for (PropertyDef def : catalog().properties()) {
            if (!List.of(Mechanism.GENERAL, Mechanism.PIPE, Mechanism.FIFO).contains(def.mechanism())) {
                continue;
            }
            for (String a : adapters) {
                if (a.equals("jdk") && def.mechanism() == Mechanism.FIFO) {
                    inv.add(TestData.inv(def.id(), a, specOf(def.id()) + ".holds", Verdict.NOT_APPLICABLE, "jdk lacks FIFO", 0));
                } else {
                    inv.add(TestData.inv(def.id(), a, specOf(def.id()) + ".holds", Verdict.PASS, "", 5));
                }
            }
        }
        RunInfo run = new RunInfo("2026-11-25T16:00:10Z", "2026-11-25T16:00:12Z", MAC_HOST, "Mac OS X", "aarch64",
                "23.6.0", "unknown", "Homebrew 17.0.13",
                List.of(new AdapterInfo("native", "23.6.0", Map.of()), new AdapterInfo("jdk", "17.0.13", Map.of())),
                2000, 30);
        return new ConformanceReport(run, Aggregator.aggregate(inv, catalog(), adapters, null));
    }

    private static String specOf(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.toLowerCase().split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name + "Spec";
    }
}
