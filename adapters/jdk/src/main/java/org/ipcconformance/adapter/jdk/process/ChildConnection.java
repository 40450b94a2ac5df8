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

    /** SIGKILL, reap, close the control channel, remove the stderr file. Idempotent. */
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        process.destroyForcibly();
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
        // The JDK closes the parent's ends of a dead child's pipes itself, but on its reaper
        // thread, after waitFor() returns: close them here so no descriptor outlives close().
        closeQuietly(process.getOutputStream());
        closeQuietly(process.getInputStream());
        closeQuietly(process.getErrorStream());
        try {
            Files.deleteIfExists(stderr);
        } catch (IOException ignored) {
            // the run directory's removal takes it
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing what belongs to a dead child: nothing left to report
        }
    }

    /** Starts a SIGKILL without waiting, so that many children can die in parallel. */
    void destroyForcibly() {
        process.destroyForcibly();
    }

    @Override
    public String toString() {
        return "child JVM pid " + process.pid();
    }
}
