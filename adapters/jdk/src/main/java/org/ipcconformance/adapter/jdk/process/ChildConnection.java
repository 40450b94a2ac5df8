package org.ipcconformance.adapter.jdk.process;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** A started child JVM with its control channel, ready for requests. */
public final class ChildConnection {
    private static final long REAP_SECONDS = 30;
    private static final int STDERR_TAIL = 2000;

    private final ChildKind kind;
    private final Process process;
    private final SocketChannel control;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final Path stderr;
    private final Duration startup;
    private final AtomicBoolean closed = new AtomicBoolean();

    ChildConnection(ChildKind kind, Process process, SocketChannel control, DataInputStream in, DataOutputStream out,
                    Path stderr, Duration startup) {
        this.kind = kind;
        this.process = process;
        this.control = control;
        this.in = in;
        this.out = out;
        this.stderr = stderr;
        this.startup = startup;
    }

    public ChildKind kind() {
        return kind;
    }

    public Process process() {
        return process;
    }

    DataInputStream in() {
        return in;
    }

    DataOutputStream out() {
        return out;
    }

    /**
     * The file where the child's recording signal handler logs deliveries, beside its stderr
     * file. It outlives the child (a log is readable after the process ended): the sandbox
     * removes it at close, the adapter's directory at the latest.
     */
    public Path signalLog() {
        String name = stderr.getFileName().toString();
        return stderr.resolveSibling(name.substring(0, name.length() - ".err".length()) + ".signals");
    }

    /** From ProcessBuilder.start() until the agent's greeting arrived. */
    public Duration startup() {
        return startup;
    }

    /** Waits for the process to end; a child that lost its control channel exits by itself, so this is bounded. */
    int reap() throws InterruptedException {
        if (!process.waitFor(REAP_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return process.waitFor();
        }
        return process.exitValue();
    }

    /** The end of what the child wrote on stderr, to explain a failure; empty when it wrote nothing. */
    public String stderrTail() {
        try {
            byte[] all = Files.readAllBytes(stderr);
            int from = Math.max(0, all.length - STDERR_TAIL);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * SIGKILL, reap, close the control channel, remove the stderr file. Idempotent. The parent's
     * ends of a piped child's stdin and stdout stay open: they are self's, and what the child
     * wrote before it died is still there to read (the sandbox closes them).
     */
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        destroyForcibly();
        boolean interrupted = false;
        while (true) {
            try {
                process.waitFor();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        closeQuietly(control);
        try {
            Files.deleteIfExists(stderr);
        } catch (IOException ignored) {
            // the run directory's removal takes it
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Closes, and also closes the parent's ends of the child's standard streams: for a child that
     * no sandbox adopted. (The JDK closes them too, but on its reaper thread after waitFor().)
     */
    public void discard() {
        close();
        closeStreams(process);
    }

    static void closeStreams(Process process) {
        closeQuietly(process.getOutputStream());
        closeQuietly(process.getInputStream());
        closeQuietly(process.getErrorStream());
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing what belongs to a dead child: nothing left to report
        }
    }

    /**
     * Sends SIGKILL without waiting, so that many children can die in parallel. Through the
     * ProcessHandle: Process.destroyForcibly() would also close the parent's ends of the child's
     * pipes, which kill(2) does not do (what the child wrote must stay readable).
     */
    public void destroyForcibly() {
        process.toHandle().destroyForcibly();
    }

    @Override
    public String toString() {
        return "child JVM pid " + process.pid();
    }
}
