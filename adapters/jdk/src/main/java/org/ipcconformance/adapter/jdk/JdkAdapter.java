package org.ipcconformance.adapter.jdk;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipcconformance.adapter.jdk.core.JdkFeatures;
import org.ipcconformance.adapter.jdk.process.ChildCommand;
import org.ipcconformance.adapter.jdk.process.ChildLauncher;
import org.ipcconformance.adapter.jdk.process.SparePool;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Sandbox;

/** The jdk adapter opened for one run: the spare child JVMs and the facts of the platform. */
public final class JdkAdapter implements Adapter {
    private final Path java;
    private final PipeBuf pipeBuf;
    private final Path directory;
    private final SparePool children;

    JdkAdapter(RunDirectory run) {
        this.java = ChildCommand.currentJava();
        this.pipeBuf = PipeBuf.query(run.path());
        this.directory = privateDirectory(run.path());
        ChildLauncher launcher = new ChildLauncher(new ChildCommand(java, ChildCommand.agentClassPath()), run.path(), directory);
        this.children = new SparePool(launcher, SparePool.targetsFromSystemProperty());
        children.prestart();
    }

    @Override
    public String id() {
        return JdkFeatures.ID;
    }

    /** The children run the harness's own java binary, so this JVM's version is theirs. */
    @Override
    public String version() {
        return Runtime.version().toString();
    }

    @Override
    public Features features() {
        return JdkFeatures.features();
    }

    @Override
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("java.vendor", System.getProperty("java.vendor"));
        env.put("java.version", System.getProperty("java.version"));
        env.put("java.vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        env.put("child JVM", java + " " + String.join(" ", ChildCommand.jvmOptions()));
        env.put("PIPE_BUF", pipeBuf.toString());
        return env;
    }

    @Override
    public Sandbox openSandbox(SandboxContext context) {
        return new JdkSandbox(context, children, pipeBuf.value());
    }

    /** Start-up time of every child JVM started so far, spares included. */
    public List<Duration> childStartups() {
        return children.startups();
    }

    /** Kills the spare child JVMs and removes the adapter's directory. */
    @Override
    public void close() {
        children.close();
        RunDirectory.deleteTree(directory);
    }

    /** Short name: the control sockets live here, and AF_UNIX paths are limited to 107 bytes. */
    private static Path privateDirectory(Path run) {
        for (int n = 1; ; n++) {
            Path dir = run.resolve("jdk-" + n);
            try {
                return Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                throw new HarnessException("cannot create the jdk adapter's directory " + dir + ": " + e, e);
            }
        }
    }
}
