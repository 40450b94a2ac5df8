package org.ipcconformance.adapter.jdk.process;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ipcconformance.adapter.jdk.child.Protocol;
import org.ipcconformance.spec.spi.HarnessException;

/**
 * Starts one child JVM and waits for its agent to connect: a fresh listening UNIX-domain socket
 * per child, removed as soon as the child is connected (the connection needs no name).
 */
public final class ChildLauncher {
    /** A child that has not said hello by then will not: its JVM is stuck or the machine is overloaded. */
    private static final long CONNECT_SECONDS = 60;
    private static final int SUN_PATH_MAX = System.getProperty("os.name", "").toLowerCase().contains("linux") ? 107 : 103;
    private static final File DEV_NULL = new File("/dev/null");
    /** Options for a JVM given to the parent (a coverage agent...) would slow every child and could write to its stdout. */
    private static final List<String> JAVA_ENV_OPTIONS = List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS");

    private final ChildCommand command;
    private final Path runDirectory;
    private final Path directory;
    private final AtomicInteger counter = new AtomicInteger();

    /**
     * @param directory private (0700) directory of this adapter's sockets and stderr files: not the
     *                  sandbox's, since a spare child is started before its sandbox exists, and the
     *                  sandbox directory should hold only what the spec made
     */
    public ChildLauncher(ChildCommand command, Path runDirectory, Path directory) {
        this.command = command;
        this.runDirectory = runDirectory;
        this.directory = directory;
    }

    /** Starts a child JVM and waits until its agent has connected and greeted. */
    public ChildConnection launch(ChildKind kind, ProcessRegistry registry) {
        return connect(start(kind, registry));
    }

    /**
     * Starts a child JVM without waiting for it. While {@link ProcessBuilder#start()} runs, the
     * JDK's spawn helper briefly holds every inheritable descriptor of this JVM (it closes them
     * before exec), so a pipe end a spec has just closed would still be open there: call this
     * only from the thread of a spec's own request, never behind its back. When it returns,
     * the child has exec'd and holds nothing of ours but its standard streams.
     */
    public Starting start(ChildKind kind, ProcessRegistry registry) {
        int n = counter.incrementAndGet();
        Path socket = directory.resolve(n + ".sock");
        Path stderr = directory.resolve(n + ".err");
        checkSocketPath(socket);
        try {
            Files.createFile(stderr, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException e) {
            throw new HarnessException("cannot create the stderr file " + stderr + " of a child JVM: " + e, e);
        }
        ServerSocketChannel server = listen(socket);
        ProcessBuilder pb = new ProcessBuilder(command.command(runDirectory, socket, directory))
                .directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        JAVA_ENV_OPTIONS.forEach(pb.environment()::remove);
        if (kind == ChildKind.PIPED) {
            pb.redirectInput(ProcessBuilder.Redirect.PIPE).redirectOutput(ProcessBuilder.Redirect.PIPE);
        } else {
            pb.redirectInput(ProcessBuilder.Redirect.from(DEV_NULL)).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        long startNanos = System.nanoTime();
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            closeQuietly(server);
            deleteQuietly(socket);
            deleteQuietly(stderr);
            throw new HarnessException("cannot start a child JVM with " + command.java() + ": " + e.getMessage(), e);
        }
        Starting starting = new Starting(kind, process, server, socket, stderr, startNanos);
        try {
            registry.started(process);
        } catch (RuntimeException e) {
            starting.abort();
            process.destroyForcibly();
            deleteQuietly(socket);
            deleteQuietly(stderr);
            throw e;
        }
        // accept() and the greeting have no timeout: closing the channels ends them, when the
        // child dies or takes too long.
        process.onExit().thenRun(starting::abort);
        CompletableFuture.delayedExecutor(CONNECT_SECONDS, TimeUnit.SECONDS).execute(starting::abort);
        return starting;
    }

    /** Waits for a started child's agent to connect and greet; safe on any thread. */
    public ChildConnection connect(Starting s) {
        try {
            SocketChannel control = s.server.accept();
            s.accepted.set(control);
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(control)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(control)));
            int magic = in.readInt();
            long pid = in.readLong();
            if (magic != Protocol.MAGIC || pid != s.process.pid()) {
                throw new IOException("unexpected greeting on " + s.socket + ": magic " + Integer.toHexString(magic) + ", pid " + pid
                        + " (expected pid " + s.process.pid() + ")");
            }
            s.greeted.set(true);
            Duration startup = Duration.ofNanos(System.nanoTime() - s.startNanos);
            return new ChildConnection(s.kind, s.process, control, in, out, s.stderr, startup);
        } catch (IOException e) {
            throw failedToConnect(s.process, s.socket, s.stderr, e);
        } catch (RuntimeException e) {
            s.process.destroyForcibly();
            throw e;
        } finally {
            closeQuietly(s.server);
            deleteQuietly(s.socket);
        }
    }

    /** A child JVM started but not yet connected. */
    public static final class Starting {
        private final ChildKind kind;
        private final Process process;
        private final ServerSocketChannel server;
        private final Path socket;
        private final Path stderr;
        private final long startNanos;
        private final AtomicReference<SocketChannel> accepted = new AtomicReference<>();
        private final AtomicBoolean greeted = new AtomicBoolean();

        private Starting(ChildKind kind, Process process, ServerSocketChannel server, Path socket, Path stderr, long startNanos) {
            this.kind = kind;
            this.process = process;
            this.server = server;
            this.socket = socket;
            this.stderr = stderr;
            this.startNanos = startNanos;
        }

        public Process process() {
            return process;
        }

        /** Ends a pending accept or greeting; a no-op once the child has greeted. */
        private void abort() {
            if (!greeted.get()) {
                closeQuietly(server);
                SocketChannel c = accepted.get();
                if (c != null) {
                    closeQuietly(c);
                }
            }
        }
    }

    private HarnessException failedToConnect(Process process, Path socket, Path stderr, IOException cause) {
        String why;
        if (process.isAlive()) {
            process.destroyForcibly();
            why = "it did not connect to " + socket + " within " + CONNECT_SECONDS + " s (killed)";
        } else {
            why = "it exited with code " + process.exitValue() + " before connecting to " + socket;
        }
        ChildConnection.closeStreams(process);
        String err = readQuietly(stderr);
        deleteQuietly(stderr);
        return new HarnessException("a child JVM failed to start: " + why + "; " + cause
                + (err.isEmpty() ? "" : "; its stderr: " + err), cause);
    }

    private static ServerSocketChannel listen(Path socket) {
        try {
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            return server;
        } catch (IOException e) {
            throw new HarnessException("cannot listen on the UNIX-domain socket " + socket + " for a child JVM's control channel: " + e, e);
        }
    }

    private static void checkSocketPath(Path socket) {
        int length = socket.toString().getBytes(StandardCharsets.UTF_8).length;
        if (length > SUN_PATH_MAX) {
            throw new HarnessException("the control socket path " + socket + " is " + length + " bytes, over the AF_UNIX limit of "
                    + SUN_PATH_MAX + "; set IPC_CONFORMANCE_RUNS to a shorter directory (e.g. /tmp/ipc)");
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // inside the run directory: removed with it at the latest
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing to abort or to clean up: nothing to report
        }
    }
}
