package org.ipcconformance.adapter.natives.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The wire table as the built agent prints it ({@code ipc-agent --ops}): what the C side was
 * really compiled from, per kind ("op", "file-type", "open-mode", "msgrcv-flag") NAME to code.
 */
public final class BuiltWireTable {
    private static Map<String, Map<String, Integer>> printed;

    private BuiltWireTable() {
    }

    public static synchronized Map<String, Integer> rows(String kind) throws IOException, InterruptedException {
        if (printed == null) {
            printed = run();
        }
        return printed.getOrDefault(kind, Map.of());
    }

    private static Map<String, Map<String, Integer>> run() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(AgentBinary.get().path().toString(), "--ops").redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("ipc-agent --ops failed:\n" + out);
        }
        Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            String[] fields = line.split(" ");
            if (fields.length != 3) {
                throw new IllegalStateException("ipc-agent --ops printed an odd line: " + line);
            }
            Integer before = rows.computeIfAbsent(fields[0], kind -> new LinkedHashMap<>())
                    .put(fields[2], Integer.parseInt(fields[1]));
            if (before != null) {
                throw new IllegalStateException("ipc-agent --ops printed " + fields[2] + " twice");
            }
        }
        return rows;
    }
}
