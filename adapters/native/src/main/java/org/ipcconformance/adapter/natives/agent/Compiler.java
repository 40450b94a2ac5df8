package org.ipcconformance.adapter.natives.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ipcconformance.spec.spi.HarnessException;

/**
 * The system C compiler: $CC when set (it may carry arguments, as make allows), else cc, else
 * gcc. Found by running {@code --version}, whose first line also names it in the report.
 */
record Compiler(List<String> command, String version) {
    private static final long PROBE_SECONDS = 30;

    static Compiler find() {
        return find(System.getenv("CC"), List.of("cc", "gcc"));
    }

    static Compiler find(String cc, List<String> fallbacks) {
        List<List<String>> candidates = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        if (cc != null && !cc.isBlank()) {
            candidates.add(Arrays.asList(cc.strip().split("\\s+")));
            tried.add("$CC=" + cc.strip());
        } else {
            tried.add("$CC (unset)");
        }
        for (String name : fallbacks) {
            candidates.add(List.of(name));
            tried.add(name);
        }
        for (List<String> candidate : candidates) {
            Optional<String> version = probe(candidate);
            if (version.isPresent()) {
                return new Compiler(List.copyOf(candidate), version.get());
            }
        }
        throw new HarnessException("no C compiler found (tried " + String.join(", ", tried)
                + "): install gcc or set CC; the native adapter builds its agent program from C source");
    }

    private static Optional<String> probe(List<String> command) {
        List<String> argv = new ArrayList<>(command);
        argv.add("--version");
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            if (p.exitValue() != 0) {
                return Optional.empty();
            }
            String first = out.lines().findFirst().orElse("").strip();
            return Optional.of(first.isEmpty() ? String.join(" ", command) : first);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted while looking for a C compiler", e);
        }
    }
}
