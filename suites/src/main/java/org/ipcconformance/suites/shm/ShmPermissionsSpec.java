package org.ipcconformance.suites.shm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.OtherUser;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/**
 * XSH shmget(), shmat(), shmctl(), shm_open(): a segment's mode bits hold for other users. The
 * spec's process creates each segment 0600; a child running as another user, without
 * privileges, is refused. System V finds the id and is refused each use; POSIX is refused the
 * open itself, so each family has its own method.
 */
class ShmPermissionsSpec {
    private static final int SIZE = 4096;
    private static final byte[] TEXT = "owner's".getBytes(StandardCharsets.US_ASCII);

    @Property("SHM-PERMISSIONS")
    @Requires({Feature.SYSV_SHARED_MEMORY, Feature.MULTI_PROCESS, Feature.UNPRIVILEGED_CHILD})
    void systemVSegmentRefusesAnotherUsersAttachStatusAndRemoval(Sandbox box, Evidence evidence) {
        evidence.record("family", IpcFamily.SYSTEM_V.title());
        SharedMemoryCalls mine = box.self().sharedMemory(IpcFamily.SYSTEM_V);
        Handle seg = mine.create("guarded", SIZE);
        Mapping own = mine.attach(seg);
        mine.store(own, 0, TEXT);
        Proc other = OtherUser.child(box, evidence);
        SharedMemoryCalls theirs = other.sharedMemory(IpcFamily.SYSTEM_V);
        // shmget(key, 0, 0) asks for no access, so it finds the id; every use of it is then checked.
        Handle found = theirs.open("guarded");

        evidence.record("shmat", Errors.assertFailsWith(IpcError.ACCESS_DENIED, "shmat by " + other.name(),
                () -> theirs.attach(found)).rawCode());
        evidence.record("shmctl IPC_STAT", Errors.assertFailsWith(IpcError.ACCESS_DENIED, "shmctl IPC_STAT by " + other.name(),
                () -> theirs.status(found)).rawCode());
        evidence.record("shmctl IPC_RMID", Errors.assertFailsWith(IpcError.NOT_PERMITTED, "shmctl IPC_RMID by " + other.name()
                + ", not the owner", () -> theirs.remove(found)).rawCode());

        assertThat(mine.status(seg).removed()).as("the segment marked for removal after the refused IPC_RMID").isFalse();
        assertThat(mine.load(own, 0, TEXT.length)).as("the owner's bytes after the refused calls").isEqualTo(TEXT);
        mine.detach(own);
        mine.remove(seg);
    }

    @Property("SHM-PERMISSIONS")
    @Requires({Feature.POSIX_SHARED_MEMORY, Feature.MULTI_PROCESS, Feature.UNPRIVILEGED_CHILD})
    void posixObjectRefusesAnotherUsersOpen(Sandbox box, Evidence evidence) {
        evidence.record("family", IpcFamily.POSIX.title());
        SharedMemoryCalls mine = box.self().sharedMemory(IpcFamily.POSIX);
        Handle seg = mine.create("guarded", SIZE);
        Proc other = OtherUser.child(box, evidence);
        SharedMemoryCalls theirs = other.sharedMemory(IpcFamily.POSIX);

        evidence.record("shm_open O_RDWR", Errors.assertFailsWith(IpcError.ACCESS_DENIED, "shm_open by " + other.name(),
                () -> theirs.open("guarded")).rawCode());
        mine.remove(seg);
        mine.close(seg);
    }
}
