package org.ipcconformance.adapter.natives.ipc;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.run.LeftoverCleaner;

/**
 * Removes the shared memory segments and semaphores a run left: System V ones by the keys in the
 * run's ledger (looked up in /proc/sysvipc, so only a segment or set that still has our key is
 * touched), POSIX ones by the ledger's names and by the run's prefix in /dev/shm, where Linux
 * keeps shared memory objects as {@code <name>} and named semaphores as {@code sem.<name>}.
 */
public final class IpcLeftoverCleaner implements LeftoverCleaner {
    private static final Path SYSV_SHM = Path.of("/proc/sysvipc/shm");
    private static final Path SYSV_SEM = Path.of("/proc/sysvipc/sem");
    private static final Path DEV_SHM = Path.of("/dev/shm");

    /** The ledger's objects of shared memory and semaphores, less the keys someone else held. */
    private record Owned(Set<Integer> shmKeys, Set<Integer> semKeys, Set<String> names) {
        static Owned of(List<KernelObjects.Entry> entries) {
            Owned owned = new Owned(new HashSet<>(), new HashSet<>(), new HashSet<>());
            // A key whose creation said EEXIST is someone else's object: never remove that one.
            Set<String> taken = new HashSet<>();
            for (KernelObjects.Entry e : entries) {
                if (e.kind().endsWith(IpcObjects.TAKEN)) {
                    taken.add(e.kind().substring(0, e.kind().length() - IpcObjects.TAKEN.length()) + " " + e.external());
                }
            }
            for (KernelObjects.Entry e : entries) {
                if (taken.contains(e.kind() + " " + e.external())) {
                    continue;
                }
                switch (e.kind()) {
                    case "sysv-shm" -> owned.shmKeys.add(Integer.parseUnsignedInt(e.external().substring(2), 16));
                    case "sysv-sem" -> owned.semKeys.add(Integer.parseUnsignedInt(e.external().substring(2), 16));
                    case "posix-shm", "posix-sem" -> owned.names.add(e.kind() + " " + e.external());
                    default -> {
                        // another mechanism's object: its own cleaner removes it
                    }
                }
            }
            return owned;
        }
    }

    @Override
    public List<String> clean(Path run, List<KernelObjects.Entry> entries) {
        List<String> removed = new ArrayList<>();
        Owned owned = Owned.of(entries);
        for (int[] keyAndId : SysvTable.read(SYSV_SHM)) {
            if (owned.shmKeys.contains(keyAndId[0]) && IpcLibc.shmctl(keyAndId[1], IpcLibc.IPC_RMID, null) == 0) {
                removed.add(shmLine(keyAndId));
            }
        }
        for (int[] keyAndId : SysvTable.read(SYSV_SEM)) {
            if (owned.semKeys.contains(keyAndId[0]) && IpcLibc.semctl(keyAndId[1], 0, IpcLibc.IPC_RMID, 0) == 0) {
                removed.add(semLine(keyAndId));
            }
        }
        for (String entry : owned.names) {
            String name = entry.substring(entry.indexOf(' ') + 1);
            boolean shm = entry.startsWith("posix-shm");
            int rc = shm ? IpcLibc.shm_unlink(name) : IpcLibc.sem_unlink(name);
            if (rc == 0) {
                removed.add((shm ? "POSIX shared memory " : "POSIX semaphore ") + name);
            }
        }
        removed.addAll(removeByPrefix(KernelObjects.posixPrefix(run).substring(1)));
        return removed;
    }

    /**
     * A System V segment or set still has one of our keys (IPC_RMID'd segments still attached show
     * key 0 and are gone for good once detached); a POSIX object is still in /dev/shm.
     */
    @Override
    public List<String> remaining(Path run, List<KernelObjects.Entry> entries) {
        Owned owned = Owned.of(entries);
        List<String> left = new ArrayList<>();
        for (int[] keyAndId : SysvTable.read(SYSV_SHM)) {
            if (owned.shmKeys.contains(keyAndId[0])) {
                left.add(shmLine(keyAndId));
            }
        }
        for (int[] keyAndId : SysvTable.read(SYSV_SEM)) {
            if (owned.semKeys.contains(keyAndId[0])) {
                left.add(semLine(keyAndId));
            }
        }
        String prefix = KernelObjects.posixPrefix(run).substring(1);
        for (Path p : devShm()) {
            String file = p.getFileName().toString();
            if (file.startsWith(prefix) || file.startsWith("sem." + prefix)) {
                left.add("/dev/shm/" + file);
            }
        }
        for (String entry : owned.names) {
            String name = entry.substring(entry.indexOf(' ') + 1).substring(1);
            Path file = DEV_SHM.resolve(entry.startsWith("posix-shm") ? name : "sem." + name);
            if (Files.exists(file) && !left.contains("/dev/shm/" + file.getFileName())) {
                left.add("/dev/shm/" + file.getFileName());
            }
        }
        return left;
    }

    private static String shmLine(int[] keyAndId) {
        return String.format("System V shared memory segment %d (key 0x%08x)", keyAndId[1], keyAndId[0]);
    }

    private static String semLine(int[] keyAndId) {
        return String.format("System V semaphore set %d (key 0x%08x)", keyAndId[1], keyAndId[0]);
    }

    private static List<Path> devShm() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(DEV_SHM)) {
            all.forEach(files::add);
        } catch (IOException e) {
            return files;
        }
        return files;
    }

    /** Whatever in /dev/shm carries the run's prefix: also what another version of the harness left unrecorded. */
    private static List<String> removeByPrefix(String prefix) {
        List<String> removed = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(DEV_SHM)) {
            for (Path p : all) {
                String file = p.getFileName().toString();
                if (file.startsWith(prefix) || file.startsWith("sem." + prefix)) {
                    try {
                        Files.delete(p);
                        removed.add("/dev/shm/" + file);
                    } catch (NoSuchFileException gone) {
                        // removed meanwhile
                    } catch (IOException refused) {
                        // One that cannot go (EPERM, immutable) must not keep the others: remaining() names it.
                    }
                }
            }
        } catch (NoSuchFileException | java.nio.file.NotDirectoryException none) {
            return removed;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot sweep " + DEV_SHM + " for " + prefix, e);
        }
        return removed;
    }
}
