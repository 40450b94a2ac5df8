package org.ipcconformance.adapter.natives.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.HarnessException;

/**
 * The agent program, compiled from the C source in this jar with the system's compiler on first
 * use and cached under {@code ${XDG_CACHE_HOME:-~/.cache}/ipc-conformance/agent-<sha256 of source and flags, 16 hex>/}.
 * The binary is compiled to a temporary name and renamed into place, so parallel runs never
 * see a half-written file. -no-pie keeps the global at the same address in every agent, which
 * makes the isolation evidence plain (same address, different values).
 */
public final class AgentBinary {
    /** The agent's C files, resources next to this class; the first holds main(), agent-ops.def is the wire table. */
    static final List<String> SOURCES = List.of("ipc-agent.c", "agent.h", "agent-ops.def", "agent-wire.c",
            "agent-signals.c", "agent-mq.c", "agent-ipc.c", "agent-sockets.c", "agent-poll.c",
            "agent-workload.c");
    /** Linked after the objects: librt holds mq_* and shm_open, libpthread sem_*, on C libraries older than glibc 2.34. */
    private static final List<String> LIBRARIES = List.of("-lrt", "-pthread");
    private static final String BINARY = "ipc-agent";
    private static final String COMPILER_NOTE = "compiler";
    /**
     * Every warning is an error: the tests build the agent with these flags, so a sloppy line fails
     * the project's build. The cost: a newer compiler's new warning stops the build at first use,
     * with the compiler's output in the message.
     */
    private static final List<String> FLAGS = List.of("-O2", "-Wall", "-Wextra", "-Werror", "-Wmissing-prototypes");
    private static final long COMPILE_SECONDS = 120;

    private static AgentBinary shared;
    private static HarnessException sharedFailure;

    private final Path path;
    private final String compiler;
    private final long buildMillis;

    private AgentBinary(Path path, String compiler, long buildMillis) {
        this.path = path;
        this.compiler = compiler;
        this.buildMillis = buildMillis;
    }

    /** The binary of this JVM, built (or found in the cache) once; a failure is remembered too. */
    public static synchronized AgentBinary get() {
        if (shared != null) {
            return shared;
        }
        if (sharedFailure != null) {
            throw new HarnessException(sharedFailure.getMessage(), sharedFailure);
        }
        try {
            shared = build(cacheRoot());
            return shared;
        } catch (HarnessException e) {
            sharedFailure = e;
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    /** The compiler's own first line of --version. */
    public String compiler() {
        return compiler;
    }

    /** How long the compiler ran, or 0 when the cache had the binary. */
    public long buildMillis() {
        return buildMillis;
    }

    static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        Path root = base.resolve("ipc-conformance");
        try {
            Files.createDirectories(root);
            if (Files.isWritable(root)) {
                return root;
            }
        } catch (IOException e) {
            // fall through to the runs' folder, which the harness owns anyway
        }
        return RunDirectory.root().resolve("agent-cache");
    }

    static AgentBinary build(Path cacheRoot) {
        Map<String, byte[]> sources = sources();
        // The key covers every file and the flags, so that a change of either never reuses an old binary.
        StringBuilder keyText = new StringBuilder();
        sources.forEach((file, text) -> keyText.append("// file: ").append(file).append('\n')
                .append(new String(text, StandardCharsets.UTF_8)));
        byte[] key = (keyText + "\n// flags: " + FLAGS + " " + LIBRARIES).getBytes(StandardCharsets.UTF_8);
        Path dir = cacheRoot.resolve("agent-" + HexFormat.of().formatHex(sha256(key)).substring(0, 16));
        Path binary = dir.resolve(BINARY);
        Path note = dir.resolve(COMPILER_NOTE);
        if (Files.isExecutable(binary) && Files.isReadable(note)) {
            try {
                return new AgentBinary(binary, Files.readString(note).strip(), 0);
            } catch (IOException e) {
                // unreadable note: rebuild below
            }
        }
        Compiler compiler = Compiler.find();
        String unique = ProcessHandle.current().pid() + "-" + UUID.randomUUID();
        Path sourceDir = dir.resolve("src-" + unique);
        Path temporary = dir.resolve(BINARY + ".tmp-" + unique);
        long start = System.nanoTime();
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.createDirectory(sourceDir);
            List<Path> cFiles = new ArrayList<>();
            for (Map.Entry<String, byte[]> file : sources.entrySet()) {
                Path written = Files.write(sourceDir.resolve(file.getKey()), file.getValue());
                if (file.getKey().endsWith(".c")) {
                    cFiles.add(written);
                }
            }
            String output = compile(compiler, cFiles, temporary, true);
            if (output != null) {
                // Some toolchains refuse -no-pie; the agent works without it (only the addresses differ).
                String second = compile(compiler, cFiles, temporary, false);
                if (second != null) {
                    throw new HarnessException("the C compiler (" + compiler.version() + ") could not build the native agent "
                            + "from " + SOURCES + ":\n" + second.strip());
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            moveIntoPlace(temporary, binary);
            Path noteTemporary = dir.resolve(COMPILER_NOTE + ".tmp-" + unique);
            Files.writeString(noteTemporary, compiler.version() + "\n");
            moveIntoPlace(noteTemporary, note);
            return new AgentBinary(binary, compiler.version(), millis);
        } catch (IOException e) {
            throw new HarnessException("cannot build the native agent in " + dir + ": " + e.getMessage()
                    + " (set XDG_CACHE_HOME to a writable directory)", e);
        } finally {
            RunDirectory.deleteTree(sourceDir);
            deleteQuietly(temporary);
        }
    }

    /** Runs the compiler; null on success, else its output. */
    private static String compile(Compiler compiler, List<Path> sources, Path out, boolean noPie) throws IOException {
        List<String> argv = new ArrayList<>(compiler.command());
        argv.addAll(FLAGS);
        if (noPie) {
            argv.add("-no-pie");
        }
        argv.addAll(List.of("-o", out.toString()));
        sources.forEach(source -> argv.add(source.toString()));
        argv.addAll(LIBRARIES);
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(COMPILE_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", argv) + ": still running after " + COMPILE_SECONDS + " s";
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted while compiling the native agent", e);
        }
        return p.exitValue() == 0 ? null : String.join(" ", argv) + "\n" + output;
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static Map<String, byte[]> sources() {
        Map<String, byte[]> sources = new LinkedHashMap<>();
        for (String file : SOURCES) {
            try (InputStream in = AgentBinary.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new HarnessException("the agent source " + file + " is missing from the native adapter's jar");
                }
                sources.put(file, in.readAllBytes());
            } catch (IOException e) {
                throw new HarnessException("cannot read the agent source " + file + ": " + e.getMessage(), e);
            }
        }
        return sources;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary file left in the cache is harmless
        }
    }
}
