package org.ipcconformance.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.spec.spi.ipc.SegmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** POSIX shared memory as a /dev/shm file that two JVMs map MAP_SHARED. */
@Timeout(60)
class SharedMemoryTest extends SandboxFixture {

    @Test
    void twoJvmsSeeEachOthersStoresInOneMapping() {
        SharedMemoryCalls self = box.self().sharedMemory(IpcFamily.POSIX);
        Handle segment = self.create("seg", 4096);
        Mapping mine = self.attach(segment);
        Proc child = box.self().spawnUnrelated();
        SharedMemoryCalls other = child.sharedMemory(IpcFamily.POSIX);
        Mapping theirs = other.attach(other.open("seg"));
        assertThat(theirs.size()).isEqualTo(4096);

        self.store(mine, 100, bytes("hello"));
        assertThat(other.load(theirs, 100, 5)).isEqualTo(bytes("hello"));
        other.store(theirs, 200, bytes("back"));
        assertThat(self.load(mine, 200, 4)).isEqualTo(bytes("back"));
    }

    @Test
    void aPollingChildSeesAWordStoredByTheHarness() {
        SharedMemoryCalls self = box.self().sharedMemory(IpcFamily.POSIX);
        Mapping mine = self.attach(self.create("flag", 64));
        Proc child = box.self().spawnUnrelated();
        SharedMemoryCalls other = child.sharedMemory(IpcFamily.POSIX);
        Mapping theirs = other.attach(other.open("flag"));
        Pending<Long> polling = child.async("poll", p -> other.awaitValue(theirs, 8, 0x1234_5678_9abcL));
        self.store(mine, 8, ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putLong(0, 0x1234_5678_9abcL).array());
        assertThat(polling.await()).isPositive();
    }

    @Test
    void theObjectIsA0600FileInDevShmNamedForTheRunAndListedInTheLedger() throws Exception {
        SharedMemoryCalls self = box.self().sharedMemory(IpcFamily.POSIX);
        Handle segment = self.create("perm", 100);
        String external = self.nameOf("perm").external();
        Path file = Path.of("/dev/shm", KernelObjects.posixName(contextOf(box), "perm").substring(1));
        assertThat(external).contains(file.toString());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(KernelObjects.read(run.path())).contains(new KernelObjects.Entry("jdk-posix-shm", file.toString()));
        SegmentStatus st = self.status(segment);
        assertThat(st.size()).isEqualTo(100);
        assertThat(st.permissions()).isEqualTo(0600);
        assertThat(st.attached()).isEqualTo(-1);
    }

    @Test
    void closingTheSandboxRemovesWhatAChildCreated() {
        Sandbox other = adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), "shm-close"));
        Proc child = other.self().spawnUnrelated();
        child.sharedMemory(IpcFamily.POSIX).create("left", 10);
        String external = child.sharedMemory(IpcFamily.POSIX).nameOf("left").external();
        Path file = Path.of(external.substring(external.indexOf("(file ") + 6, external.length() - 1));
        assertThat(file).exists();
        other.close();
        assertThat(file).doesNotExist();
    }

    @Test
    void removalEndsTheNameButNotTheMappings() {
        SharedMemoryCalls self = box.self().sharedMemory(IpcFamily.POSIX);
        Handle segment = self.create("gone", 16);
        Mapping m = self.attach(segment);
        assertThatThrownBy(() -> self.create("gone", 16))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.ALREADY_EXISTS));
        self.remove(segment);
        self.close(segment);
        assertThatThrownBy(() -> self.open("gone"))
                .isInstanceOfSatisfying(IpcException.class, e -> assertThat(e.error()).isEqualTo(IpcError.NO_SUCH_FILE));
        self.store(m, 0, bytes("still"));
        assertThat(self.load(m, 0, 5)).isEqualTo(bytes("still"));
        self.detach(m);
        assertThatThrownBy(() -> self.load(m, 0, 1)).isInstanceOf(HarnessException.class);
    }

    @Test
    void unsynchronizedIncrementsFromTwoChildrenCountAtMostEveryOne() {
        SharedMemoryCalls self = box.self().sharedMemory(IpcFamily.POSIX);
        Mapping mine = self.attach(self.create("counter", 8));
        Proc a = box.self().spawnUnrelated();
        Proc b = box.self().spawnUnrelated();
        Mapping ma = a.sharedMemory(IpcFamily.POSIX).attach(a.sharedMemory(IpcFamily.POSIX).open("counter"));
        Mapping mb = b.sharedMemory(IpcFamily.POSIX).attach(b.sharedMemory(IpcFamily.POSIX).open("counter"));
        Pending<Void> ra = a.async("inc", p -> {
            p.sharedMemory(IpcFamily.POSIX).incrementUnsynchronized(ma, 0, 2000);
            return null;
        });
        b.sharedMemory(IpcFamily.POSIX).incrementUnsynchronized(mb, 0, 2000);
        ra.await();
        long total = ByteBuffer.wrap(self.load(mine, 0, 8)).order(ByteOrder.nativeOrder()).getLong();
        // Lost updates can take the total far below 2000 (down to 2 in theory); it can never exceed
        // the 4000 increments made, and each process's last store counts at least that one.
        assertThat(total).isBetween(2L, 4000L);
    }

    @Test
    void systemVAndTheSemaphoreGuardAreNotApplicable() {
        assertThatThrownBy(() -> box.self().sharedMemory(IpcFamily.SYSTEM_V))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.SYSV_SHARED_MEMORY));
        assertThatThrownBy(() -> box.self().messageQueues(IpcFamily.POSIX))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.POSIX_MESSAGE_QUEUES));
        assertThatThrownBy(() -> box.self().semaphores(IpcFamily.SYSTEM_V))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.SYSV_SEMAPHORES));
        SharedMemoryCalls self = box.self().sharedMemory(IpcFamily.POSIX);
        Mapping m = self.attach(self.create("guard", 8));
        assertThatThrownBy(() -> self.incrementGuarded(m, 0, 1, new Handle(-1, "none")))
                .isInstanceOfSatisfying(FeatureMissingException.class, e -> assertThat(e.feature()).isEqualTo(Feature.POSIX_SEMAPHORES));
    }

    private static SandboxContext contextOf(Sandbox sandbox) {
        return ((JdkSandbox) sandbox).context();
    }
}
