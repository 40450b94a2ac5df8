package org.ipcconformance.adapter.natives;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ipcconformance.adapter.natives.agent.AgentBinary;
import org.ipcconformance.adapter.natives.libc.LinuxExtras;

/** The facts of the report's header: kernel, libc, the agent's compiler, architecture. */
final class NativeEnvironment {
    private NativeEnvironment() {
    }

    static String kernelRelease() {
        return read("/proc/sys/kernel/osrelease");
    }

    static Map<String, String> describe(Supplier<AgentBinary> binary) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("kernel", "Linux " + kernelRelease() + " " + read("/proc/sys/kernel/version"));
        env.put("libc", libc());
        env.put("arch", System.getProperty("os.arch"));
        try {
            AgentBinary agent = binary.get();
            env.put("compiler", agent.compiler());
            env.put("agent", agent.path() + (agent.buildMillis() > 0 ? " (compiled in " + agent.buildMillis() + " ms)" : " (cached)"));
        } catch (RuntimeException e) {
            env.put("compiler", "none: " + e.getMessage());
        }
        return env;
    }

    private static String libc() {
        if (!LinuxExtras.AVAILABLE) {
            return "unknown (not glibc, or older than 2.30: " + LinuxExtras.UNAVAILABLE_REASON + ")";
        }
        return "glibc " + LinuxExtras.gnu_get_libc_version();
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            return "unknown (" + file + ": " + e.getMessage() + ")";
        }
    }
}
