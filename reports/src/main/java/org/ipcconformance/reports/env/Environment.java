package org.ipcconformance.reports.env;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ipcconformance.reports.model.AdapterInfo;

/** Facts about the machine a run happened on, for the report's header. */
public final class Environment {
    private static final String UNKNOWN = "unknown";

    private Environment() {
    }

    /** The host name, from the kernel where it says so (no DNS look-up that could hang). */
    public static String host() {
        String fromKernel = readFirstLine(Path.of("/proc/sys/kernel/hostname"));
        if (!fromKernel.isEmpty()) {
            return fromKernel;
        }
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    public static String os() {
        return System.getProperty("os.name", UNKNOWN);
    }

    public static String arch() {
        return System.getProperty("os.arch", UNKNOWN);
    }

    /** The kernel release: /proc/sys/kernel/osrelease on Linux, else {@code os.version}. */
    public static String kernel() {
        String release = readFirstLine(Path.of("/proc/sys/kernel/osrelease"));
        return release.isEmpty() ? System.getProperty("os.version", UNKNOWN) : release;
    }

    public static String jdk() {
        return System.getProperty("java.vendor", UNKNOWN) + " " + System.getProperty("java.version", UNKNOWN);
    }

    /**
     * The C library: what the native adapter reports (an environment entry whose name mentions
     * libc), else the first line of {@code ldd --version}, else "unknown".
     */
    public static String libc(List<AdapterInfo> adapters) {
        for (AdapterInfo a : adapters) {
            if (a.id().equals("native")) {
                for (Map.Entry<String, String> e : a.environment().entrySet()) {
                    if (e.getKey().toLowerCase(Locale.ROOT).contains("libc") && !e.getValue().isBlank()) {
                        return e.getValue();
                    }
                }
            }
        }
        return lddVersion();
    }

    static String lddVersion() {
        Process p;
        try {
            p = new ProcessBuilder("ldd", "--version").redirectErrorStream(true).start();
        } catch (IOException e) {
            return UNKNOWN;
        }
        try (InputStream in = p.getInputStream()) {
            p.getOutputStream().close();
            // The output is a few lines: it fits the pipe, so waiting before reading cannot deadlock.
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                return UNKNOWN;
            }
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            String first = out.lines().findFirst().orElse("").strip();
            return first.isEmpty() ? UNKNOWN : first;
        } catch (IOException e) {
            return UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNKNOWN;
        } finally {
            p.destroyForcibly();
        }
    }

    private static String readFirstLine(Path file) {
        try {
            return Files.readString(file).lines().findFirst().orElse("").strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
