package org.ipcconformance.reports.env;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What was certified, in the operating system's own words: uname, /proc/version and os-release
 * where present, and the container or virtualisation hints the platform offers. Each entry is
 * what a file or command said, quoted with its source; an absent source leaves its entry out
 * rather than guessing.
 */
public final class SystemAccount {
    private static final long COMMAND_SECONDS = 5;

    private SystemAccount() {
    }

    /** Ordered entries: uname, /proc/version, os-release, libc, container, virtualisation. */
    public static Map<String, String> describe(String libc) {
        Map<String, String> account = new LinkedHashMap<>();
        put(account, "uname", command("uname", "-srvm"));
        put(account, "/proc/version", firstLine(Path.of("/proc/version")));
        put(account, "os-release", osRelease());
        put(account, "libc", libc);
        put(account, "container", String.join("; ", containerHints()));
        put(account, "virtualisation", String.join("; ", virtualisationHints()));
        return account;
    }

    private static void put(Map<String, String> account, String key, String value) {
        if (value != null && !value.isBlank() && !value.equals("unknown")) {
            account.put(key, value.strip());
        }
    }

    /** PRETTY_NAME (else NAME VERSION) of /etc/os-release, else /usr/lib/os-release (os-release(5)). */
    static String osRelease() {
        for (Path file : List.of(Path.of("/etc/os-release"), Path.of("/usr/lib/os-release"))) {
            Map<String, String> fields = new LinkedHashMap<>();
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (eq > 0 && !line.startsWith("#")) {
                        fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip().replaceAll("^[\"']|[\"']$", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                continue;
            }
            String pretty = fields.get("PRETTY_NAME");
            if (pretty != null && !pretty.isBlank()) {
                return pretty + " (" + file + ")";
            }
            String name = (fields.getOrDefault("NAME", "") + " " + fields.getOrDefault("VERSION", "")).strip();
            if (!name.isEmpty()) {
                return name + " (" + file + ")";
            }
        }
        return "";
    }

    /** Marks that container engines leave, each with where it was seen. */
    static List<String> containerHints() {
        List<String> hints = new ArrayList<>();
        if (Files.exists(Path.of("/.dockerenv"))) {
            hints.add("docker (/.dockerenv)");
        }
        if (Files.exists(Path.of("/run/.containerenv"))) {
            hints.add("podman (/run/.containerenv)");
        }
        String container = System.getenv("container");
        if (container != null && !container.isBlank()) {
            hints.add(container.strip() + " ($container)");
        }
        String cgroup = readAll(Path.of("/proc/1/cgroup")).toLowerCase(Locale.ROOT);
        for (String engine : List.of("docker", "kubepods", "containerd", "libpod", "lxc")) {
            if (cgroup.contains(engine)) {
                hints.add(engine + " (/proc/1/cgroup)");
            }
        }
        return hints;
    }

    /** What the platform says about a hypervisor or an emulated kernel under it. */
    static List<String> virtualisationHints() {
        List<String> hints = new ArrayList<>();
        String detected = command("systemd-detect-virt");
        if (!detected.isEmpty()) {
            hints.add(detected + " (systemd-detect-virt)");
        }
        String hypervisor = firstLine(Path.of("/sys/hypervisor/type"));
        if (!hypervisor.isEmpty()) {
            hints.add(hypervisor + " (/sys/hypervisor/type)");
        }
        String vendor = (firstLine(Path.of("/sys/class/dmi/id/sys_vendor")) + " "
                + firstLine(Path.of("/sys/class/dmi/id/product_name"))).strip();
        if (!vendor.isEmpty()) {
            hints.add(vendor + " (DMI)");
        }
        if (readAll(Path.of("/proc/cpuinfo")).matches("(?s).*\\bflags\\s*:[^\\n]*\\bhypervisor\\b.*")) {
            hints.add("a hypervisor (the CPU's hypervisor flag, /proc/cpuinfo)");
        }
        if (firstLine(Path.of("/proc/version")).toLowerCase(Locale.ROOT).contains("microsoft")) {
            hints.add("WSL (/proc/version)");
        }
        return hints;
    }

    /** The first line a command prints, or "" when it is missing, fails or takes too long. */
    static String command(String... argv) {
        Process p;
        try {
            p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        } catch (IOException e) {
            return "";
        }
        try (InputStream in = p.getInputStream()) {
            p.getOutputStream().close();
            // One line of output fits the pipe, so waiting before reading cannot deadlock.
            if (!p.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                return "";
            }
            String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            // systemd-detect-virt exits 1 when it finds none, printing "none": the answer all the same.
            return p.exitValue() == 0 || first.equals("none") ? first : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } finally {
            p.destroyForcibly();
        }
    }

    private static String firstLine(Path file) {
        return readAll(file).lines().findFirst().orElse("").strip();
    }

    private static String readAll(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
