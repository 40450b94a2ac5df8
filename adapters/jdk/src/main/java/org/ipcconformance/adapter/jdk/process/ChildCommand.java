package org.ipcconformance.adapter.jdk.process;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ipcconformance.adapter.jdk.child.ChildAgent;
import org.ipcconformance.spec.spi.HarnessException;

/** The command line of a child JVM: the harness's own java binary running {@link ChildAgent}. */
public final class ChildCommand {
    /**
     * Start-up is the cost of every child, but some children also move megabytes (a socket
     * transfer checked byte for byte, a polling loop). So: the C1 compiler only, with compile
     * thresholds ten times higher, which keeps the start-up code interpreted while a long loop
     * still gets compiled (measured, 10 boots each: 230 ms CPU per boot with -Xint, 260 ms with
     * C1, 217 ms with C1 and thresholds x10; SOCK-STREAM-RELIABLE's 8 MiB each way took 10 s per
     * method interpreted, 2 s compiled); the serial collector, the JDK's CDS archive, no
     * perf-data file in /tmp, no attach listener; VM warnings go to stderr so that a piped
     * child's stdout carries only what a spec wrote.
     */
    public static final List<String> JVM_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=10", "-XX:+UseSerialGC", "-Xshare:auto",
            "-XX:-UsePerfData", "-XX:+DisableAttachMechanism", "-XX:+DisplayVMOutputToStderr");
    /** Replaces {@link #JVM_OPTIONS} (space-separated), to measure or to work around a JVM's quirks. */
    public static final String OPTIONS_PROPERTY = "ipc.jdk.child.options";

    private final Path java;
    private final Path classPath;

    public ChildCommand(Path java, Path classPath) {
        this.java = java;
        this.classPath = classPath;
    }

    /** The java binary this JVM runs from (the children use the same JDK). */
    public static Path currentJava() {
        Optional<Path> command = ProcessHandle.current().info().command().map(Path::of)
                .filter(p -> p.getFileName().toString().equals("java") && Files.isExecutable(p));
        Path fallback = Path.of(System.getProperty("java.home"), "bin", "java");
        Path java = command.orElse(fallback);
        if (!Files.isExecutable(java)) {
            throw new HarnessException("the jdk adapter needs a java binary to start child JVMs, but neither this process's command"
                    + " nor " + fallback + " is an executable java; run the harness with a full JDK or JRE");
        }
        return java;
    }

    /** Where the agent's class lives: this module's classes directory in tests, its (or the shaded) jar otherwise. */
    public static Path agentClassPath() {
        CodeSource source = ChildAgent.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new HarnessException("cannot tell where " + ChildAgent.class.getName() + " was loaded from (no code source);"
                    + " put the ipc-adapter-jdk jar on the class path instead of loading it through a custom class loader");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new HarnessException("the location of " + ChildAgent.class.getName() + " (" + source.getLocation()
                    + ") is not a file or directory: the child JVMs need it as their class path", e);
        }
    }

    /** The child JVM's options: {@link #JVM_OPTIONS} unless {@value #OPTIONS_PROPERTY} is set. */
    public static List<String> jvmOptions() {
        String override = System.getProperty(OPTIONS_PROPERTY);
        return override == null || override.isBlank() ? JVM_OPTIONS : List.of(override.strip().split("\\s+"));
    }

    public Path java() {
        return java;
    }

    /**
     * The run directory is an argument of its own: the start-up sweep finds leftovers of a dead
     * run by it. The error file goes to the launcher's directory, not the working directory.
     */
    List<String> command(Path runDirectory, Path socket, Path errorFileDirectory) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.add("-cp");
        cmd.add(classPath.toString());
        cmd.addAll(jvmOptions());
        cmd.add("-XX:ErrorFile=" + errorFileDirectory.resolve("hs_err_pid%p.log"));
        cmd.add(ChildAgent.class.getName());
        cmd.add(runDirectory.toString());
        cmd.add(socket.toString());
        return cmd;
    }
}
