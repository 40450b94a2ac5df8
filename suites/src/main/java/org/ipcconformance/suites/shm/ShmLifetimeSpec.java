package org.ipcconformance.suites.shm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.spec.spi.ipc.SegmentStatus;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/**
 * POSIX and Linux: a segment outlives the processes that detach from it, until it is removed;
 * removal takes the name away at once but not the memory of those still attached.
 */
class ShmLifetimeSpec {
    private static final String CONTENT = "left by a process that is gone";

    @Property("SHM-LIFETIME")
    @Requires({Feature.MULTI_PROCESS, Feature.SYSV_SHARED_MEMORY})
    void systemVSegmentOutlivesItsWriterAndARemovedOneLivesUntilTheLastDetach(Sandbox box, Evidence evidence) {
        IpcFamily family = IpcFamily.SYSTEM_V;
        evidence.record("family", family.title());
        Proc reader = outlivesItsWriter(box, evidence, family);
        SharedMemoryCalls readerShm = reader.sharedMemory(family);
        Handle segment = readerShm.open("kept");
        Mapping readerMap = readerShm.attach(segment);
        SharedMemoryCalls self = box.self().sharedMemory(family);
        Mapping selfMap = self.attach(self.open("kept"));
        assertThat(readerShm.status(segment).attached()).as("shm_nattch with %s and self attached", reader.name()).isEqualTo(2);

        readerShm.remove(segment);
        SegmentStatus removed = readerShm.status(segment);
        assertThat(removed.removed()).as("marked for removal (SHM_DEST) while attached: %s", removed).isTrue();
        Errors.assertFailsWith(IpcError.NO_SUCH_FILE, "finding the removed segment by its key", () -> self.open("kept"));
        readerShm.store(readerMap, 100, bytes("after removal"));
        assertThat(self.load(selfMap, 100, 13)).as("what self loads from the removed segment, stored there by %s",
                reader.name()).asString().isEqualTo("after removal");

        self.detach(selfMap);
        assertThat(readerShm.status(segment).attached()).as("shm_nattch after self detached").isEqualTo(1);
        assertThat(readerShm.load(readerMap, 0, CONTENT.length())).as("the removed segment for its last attached process")
                .asString().isEqualTo(CONTENT);
        readerShm.detach(readerMap);
        Errors.assertFailsWith(IpcError.INVALID_ARGUMENT, "shmctl IPC_STAT of the segment after its last detach",
                () -> readerShm.status(segment));
        evidence.record("removal", "after IPC_RMID: " + removed + "; usable by the attached until the last shmdt,"
                + " then its id is gone (EINVAL)");
    }

    @Property("SHM-LIFETIME")
    @Requires({Feature.MULTI_PROCESS, Feature.POSIX_SHARED_MEMORY})
    void posixObjectOutlivesItsWriterAndUnlinkKeepsExistingMappings(Sandbox box, Evidence evidence) {
        IpcFamily family = IpcFamily.POSIX;
        evidence.record("family", family.title());
        Proc reader = outlivesItsWriter(box, evidence, family);
        SharedMemoryCalls readerShm = reader.sharedMemory(family);
        Handle segment = readerShm.open("kept");
        Mapping readerMap = readerShm.attach(segment);
        SharedMemoryCalls self = box.self().sharedMemory(family);
        Handle selfHandle = self.open("kept");
        Mapping selfMap = self.attach(selfHandle);
        self.close(selfHandle);

        readerShm.remove(segment);
        Errors.assertFailsWith(IpcError.NO_SUCH_FILE, "shm_open of the unlinked name", () -> self.open("kept"));
        readerShm.store(readerMap, 100, bytes("after unlink"));
        assertThat(self.load(selfMap, 100, 12)).as("what self loads through its mapping, stored after shm_unlink by %s",
                reader.name()).asString().isEqualTo("after unlink");
        assertThat(self.load(selfMap, 0, CONTENT.length())).as("the content through a mapping kept across shm_unlink")
                .asString().isEqualTo(CONTENT);
        evidence.record("removal", "after shm_unlink: shm_open fails with ENOENT, the existing mappings still share the memory");
    }

    /** A writer stores, detaches and exits; an unrelated process then finds the content. Returns that process. */
    private static Proc outlivesItsWriter(Sandbox box, Evidence evidence, IpcFamily family) {
        Proc writer = box.self().spawnChild(ChildOptions.inheriting());
        SharedMemoryCalls writerShm = writer.sharedMemory(family);
        Handle created = writerShm.create("kept", 4096);
        Mapping writerMap = writerShm.attach(created);
        writerShm.store(writerMap, 0, bytes(CONTENT));
        writerShm.detach(writerMap);
        writerShm.close(created);
        evidence.record("segment", writerShm.nameOf("kept"));
        writer.exit();

        Proc reader = box.self().spawnUnrelated();
        SharedMemoryCalls readerShm = reader.sharedMemory(family);
        Handle found = readerShm.open("kept");
        Mapping map = readerShm.attach(found);
        assertThat(readerShm.load(map, 0, CONTENT.length())).as("what %s finds after %s detached and exited",
                reader.name(), writer.name()).asString().isEqualTo(CONTENT);
        readerShm.detach(map);
        readerShm.close(found);
        evidence.record("outlives", writer.name() + " stored, detached and exited; " + reader.name() + " found the content");
        return reader;
    }
}
