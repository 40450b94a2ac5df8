package org.ipcconformance.adapter.natives.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ipcconformance.spec.spi.HarnessException;

/**
 * An agent that SIGKILL did not end within the sandbox's patience (frozen in a cgroup, asleep
 * uninterruptibly in the kernel, held in a ptrace stop): BROKEN, since the harness could not
 * clean up after the spec, naming the process, its state as /proc shows it and what was tried.
 * Its reaper thread keeps waiting, so it is reaped if it ever ends.
 */
final class WillNotDie {
    private WillNotDie() {
    }

    static HarnessException report(String name, int pid, Duration patience) {
        return new HarnessException(name + " (pid " + pid + ") will not die: " + state(pid) + "; tried: shut down its control"
                + " channel, SIGKILL, then waited " + patience.toMillis() + " ms for its end; it is left unreaped");
    }

    /** "state D (disk sleep), in __refrigerator", as far as /proc tells. */
    static String state(int pid) {
        Path dir = Path.of("/proc", String.valueOf(pid));
        String state = "state unknown (/proc/" + pid + "/status unreadable)";
        try {
            List<String> status = Files.readAllLines(dir.resolve("status"));
            for (String line : status) {
                if (line.startsWith("State:")) {
                    state = "state " + line.substring("State:".length()).strip();
                } else if (line.startsWith("TracerPid:") && !line.substring("TracerPid:".length()).strip().equals("0")) {
                    state += ", traced by pid " + line.substring("TracerPid:".length()).strip();
                }
            }
        } catch (IOException e) {
            return state;
        }
        try {
            String wchan = Files.readString(dir.resolve("wchan")).strip();
            if (!wchan.isEmpty() && !wchan.equals("0")) {
                state += ", waiting in " + wchan;
            }
        } catch (IOException e) {
            // wchan is hidden on some kernels; the state alone says enough.
        }
        return state;
    }
}
