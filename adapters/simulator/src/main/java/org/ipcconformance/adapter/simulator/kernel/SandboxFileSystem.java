package org.ipcconformance.adapter.simulator.kernel;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.adapter.simulator.fault.Faults;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.HarnessException;

/**
 * The sandbox directory as the model sees it: a flat directory holding only the names the model
 * created. Nothing touches the real disk; a path outside the directory is a harness error, since
 * the model cannot answer for it.
 */
final class SandboxFileSystem {
    static final int DIRECTORY_MODE = 0700;

    /** Where a path falls: the directory itself, a name in it, something deeper, or outside. */
    enum Place { DIRECTORY, ENTRY, BELOW_ENTRY }

    record Resolved(Place place, String name) {
    }

    private final Path directory;
    private final Faults faults;
    private final TreeMap<String, FifoInode> entries = new TreeMap<>();

    SandboxFileSystem(Path directory, Faults faults) {
        this.directory = directory.toAbsolutePath().normalize();
        this.faults = faults;
    }

    Resolved resolve(Path path, String op) {
        Path p = path.toAbsolutePath().normalize();
        if (p.equals(directory)) {
            return new Resolved(Place.DIRECTORY, null);
        }
        if (!p.startsWith(directory)) {
            throw new HarnessException(op + ": the simulator models only its sandbox directory " + directory
                    + ", and " + path + " lies outside it; use Sandbox.directory() for named objects");
        }
        Path rel = directory.relativize(p);
        return new Resolved(rel.getNameCount() == 1 ? Place.ENTRY : Place.BELOW_ENTRY, rel.getName(0).toString());
    }

    FifoInode lookup(String name) {
        return entries.get(name);
    }

    FifoInode createFifo(String name, PipeInode pipe) {
        FileType type = faults.has(Fault.FIFO_AS_REGULAR_FILE) ? FileType.REGULAR : FileType.FIFO;
        FifoInode node = new FifoInode(name, type, pipe, faults.has(Fault.FIFO_STORES_DATA));
        entries.put(name, node);
        return node;
    }

    /** The node binding an AF_UNIX socket makes: type socket, no pipe behind it. */
    FifoInode createSocketNode(String name) {
        FifoInode node = new FifoInode(name, FileType.SOCKET, null, false);
        entries.put(name, node);
        return node;
    }

    FifoInode remove(String name) {
        return entries.remove(name);
    }

    List<String> names() {
        return List.copyOf(entries.keySet());
    }

    FileStat directoryStat() {
        return new FileStat(FileType.DIRECTORY, 4096, DIRECTORY_MODE);
    }
}
