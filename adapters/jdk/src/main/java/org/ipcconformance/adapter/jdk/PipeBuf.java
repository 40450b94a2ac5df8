package org.ipcconformance.adapter.jdk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * PIPE_BUF, the largest atomic pipe write. The JDK has no constant for it, and its pipes are the
 * platform's, so it is the platform's value: {@code getconf PIPE_BUF <path>} (pathconf of the run
 * directory, which also puts the run on getconf's command line for the sweep), or the POSIX
 * minimum of 512 when that cannot be asked.
 *
 * @param value  the size in bytes
 * @param source where the value comes from, for the report's environment
 */
public record PipeBuf(int value, String source) {
    static final int POSIX_MINIMUM = 512;

    static PipeBuf query(Path runDirectory) {
        try {
            Process p = new ProcessBuilder("getconf", "PIPE_BUF", runDirectory.toString()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return fallback("getconf PIPE_BUF did not finish within 10 s");
            }
            if (p.exitValue() != 0) {
                return fallback("getconf PIPE_BUF exited with " + p.exitValue() + ": " + out);
            }
            return new PipeBuf(Integer.parseInt(out), "getconf PIPE_BUF (the platform's value; the JDK has no constant)");
        } catch (IOException | NumberFormatException e) {
            return fallback("getconf PIPE_BUF failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback("interrupted while asking getconf PIPE_BUF");
        }
    }

    private static PipeBuf fallback(String why) {
        return new PipeBuf(POSIX_MINIMUM, "the POSIX minimum, since " + why);
    }

    @Override
    public String toString() {
        return value + " (" + source + ")";
    }
}
