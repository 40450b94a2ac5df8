package org.ipcconformance.adapter.natives;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.awaitility.Awaitility;

/**
 * A process that SIGKILL cannot end, made for real: moved into a cgroup-v1 freezer cgroup and
 * frozen, it sleeps uninterruptibly in the kernel ({@code D}, in {@code __refrigerator}) and a
 * SIGKILL only takes effect once it is thawed. {@link #close()} thaws it, waits for its end (the
 * pending SIGKILL, or the kill sent here) and removes the cgroup.
 */
final class FrozenCgroup implements AutoCloseable {
    private static final Path FREEZER = Path.of("/sys/fs/cgroup/freezer");

    private final Path dir;
    private final long pid;

    private FrozenCgroup(Path dir, long pid) {
        this.dir = dir;
        this.pid = pid;
    }

    /** Why no freezer can be used here, or empty when one can. */
    static Optional<String> unavailableReason() {
        if (!Files.isWritable(FREEZER.resolve("cgroup.procs"))) {
            return Optional.of("no writable cgroup-v1 freezer at " + FREEZER + " (needs root and the freezer controller)");
        }
        return Optional.empty();
    }

    /** Freezes {@code pid} in a cgroup of its own, and returns once the kernel says FROZEN. */
    static FrozenCgroup freeze(long pid, Duration bound) {
        Path dir = FREEZER.resolve("ipc-conformance-test-" + ProcessHandle.current().pid() + "-" + pid);
        try {
            Files.createDirectory(dir);
            FrozenCgroup cgroup = new FrozenCgroup(dir, pid);
            Files.writeString(dir.resolve("cgroup.procs"), Long.toString(pid));
            Files.writeString(dir.resolve("freezer.state"), "FROZEN");
            cgroup.awaitState("FROZEN", bound);
            return cgroup;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot freeze pid " + pid + " in " + dir, e);
        }
    }

    /** freezer.state reads FREEZING until every task of the cgroup is frozen. */
    private void awaitState(String wanted, Duration bound) {
        Awaitility.await("freezer.state of " + dir + " = " + wanted).atMost(bound).pollInterval(Duration.ofMillis(5))
                .until(() -> Files.readString(dir.resolve("freezer.state")).strip().equals(wanted));
    }

    /** Thaws the process (its pending SIGKILL then ends it), waits for its end, removes the cgroup. */
    @Override
    public void close() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        Files.writeString(dir.resolve("freezer.state"), "THAWED");
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent()) {
            process.get().destroyForcibly();
            CompletableFuture<ProcessHandle> end = process.get().onExit();
            end.get(10, TimeUnit.SECONDS);
        }
        Files.delete(dir);
    }
}
