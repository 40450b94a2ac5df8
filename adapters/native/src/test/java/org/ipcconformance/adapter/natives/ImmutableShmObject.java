package org.ipcconformance.adapter.natives;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.run.RunDirectory;

/**
 * A POSIX shared memory object of a run that no removal can remove, made for real: listed in the
 * run's ledger, created in /dev/shm and marked immutable ({@code chattr +i}, which tmpfs honours
 * since Linux 6.0), so that shm_unlink and unlink fail with EPERM even for root. {@link #release()}
 * clears the flag; the object is then removed by whoever sweeps next.
 */
public final class ImmutableShmObject {
    private final Path file;

    private ImmutableShmObject(Path file) {
        this.file = file;
    }

    /** Why none can be made here (no chattr, or a /dev/shm without the immutable flag), or empty. */
    public static Optional<String> unavailableReason() {
        if (!Files.isExecutable(Path.of("/usr/bin/chattr")) && !Files.isExecutable(Path.of("/bin/chattr"))) {
            return Optional.of("no chattr to mark a /dev/shm object immutable");
        }
        return Optional.empty();
    }

    /** Records {@code /ipcc-<run>-<name>} in the run's ledger, creates it (0600) and makes it immutable. */
    public static ImmutableShmObject create(RunDirectory run, String name) throws IOException, InterruptedException {
        String posix = KernelObjects.posixPrefix(run.path()) + name;
        KernelObjects.record(run, "posix-shm", posix);
        Path file = Path.of("/dev/shm", posix.substring(1));
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        ImmutableShmObject object = new ImmutableShmObject(file);
        object.chattr("+i");
        return object;
    }

    public Path file() {
        return file;
    }

    /** How cleaners name it: {@code /dev/shm/<name>}. */
    public String shown() {
        return "/dev/shm/" + file.getFileName();
    }

    /** Clears the immutable flag, so that the next sweep can remove it. */
    public void release() throws IOException, InterruptedException {
        chattr("-i");
    }

    /** Clears the flag and removes it: for a test's own cleanup, whatever happened. */
    public void delete() throws IOException, InterruptedException {
        if (!Files.exists(file)) {
            return;
        }
        release();
        Files.deleteIfExists(file);
    }

    private void chattr(String flag) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("chattr " + flag + " " + file + " failed: " + said.strip());
        }
    }
}
