package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ipcconformance.adapter.natives.ipc.IpcLeftoverCleaner;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.junit.jupiter.api.Test;

/** Shared memory and semaphores: what a sandbox's close and a dead run's sweep remove. */
class IpcObjectsTest extends SandboxTest {

    /** Creates one object of each kind in a child, maps the segments in self too; returns the System V keys. */
    private List<String> leaveOneOfEach(Proc child) {
        for (IpcFamily family : IpcFamily.values()) {
            SharedMemoryCalls shm = child.sharedMemory(family);
            shm.attach(shm.create("left", 4096));
            child.semaphores(family).create("left", 1, 1);
            SharedMemoryCalls selfShm = self.sharedMemory(family);
            selfShm.attach(selfShm.open("left"));
        }
        return List.of(key(child.sharedMemory(IpcFamily.SYSTEM_V).nameOf("left").external()),
                key(child.semaphores(IpcFamily.SYSTEM_V).nameOf("left").external()));
    }

    private static String key(String external) {
        return String.valueOf(Integer.parseUnsignedInt(external.substring("key 0x".length()), 16));
    }

    @Test
    void closingTheSandboxRemovesWhatTheSpecLeftAndStopsSelfsPolling() throws IOException {
        Proc child = self.spawnChild(ChildOptions.inheriting());
        List<String> keys = leaveOneOfEach(child);
        SharedMemoryCalls selfShm = self.sharedMemory(IpcFamily.POSIX);
        Mapping polled = selfShm.attach(selfShm.open("left"));
        Pending<Long> polling = self.async("poll forever", p -> p.sharedMemory(IpcFamily.POSIX).awaitValue(polled, 0, 42));
        // Close while the loop runs (a thread inside SelfIpcCalls.awaitValue), not before it began.
        eventually().until(() -> Thread.getAllStackTraces().values().stream().anyMatch(stack -> java.util.Arrays.stream(stack)
                .anyMatch(f -> f.getClassName().endsWith("SelfIpcCalls") && f.getMethodName().contains("awaitValue"))));
        assertThat(sysvKeys()).containsAll(keys);
        assertThat(devShm()).hasSize(2);

        box.close();

        assertThatThrownBy(polling::await).isInstanceOf(HarnessException.class).hasMessageContaining("sandbox closed");
        assertThat(sysvKeys()).doesNotContainAnyElementsOf(keys);
        assertThat(devShm()).isEmpty();
    }

    @Test
    void theSweepOfADeadRunRemovesItsObjectsByLedgerAndPrefix() throws IOException {
        Proc child = self.spawnChild(ChildOptions.inheriting());
        List<String> keys = leaveOneOfEach(child);
        child.kill();
        Path run = RunDirectory.current().path();
        assertThat(KernelObjects.read(run)).extracting(KernelObjects.Entry::kind)
                .contains("sysv-shm", "sysv-sem", "posix-shm", "posix-sem");

        // Self still has the segments mapped: System V ones go at its detach, POSIX names at once.
        List<String> removed = new IpcLeftoverCleaner().clean(run, KernelObjects.read(run));

        assertThat(removed).anyMatch(l -> l.startsWith("System V shared memory segment"))
                .anyMatch(l -> l.startsWith("System V semaphore set")).anyMatch(l -> l.startsWith("POSIX shared memory"))
                .anyMatch(l -> l.startsWith("POSIX semaphore"));
        assertThat(devShm()).isEmpty();
        box.close(); // quiet about what the sweep removed
        assertThat(sysvKeys()).doesNotContainAnyElementsOf(keys);
    }

    /** The test's own binding, standing for another program that holds a key. */
    public interface Foreign extends com.sun.jna.Library {
        Foreign C = com.sun.jna.Native.load("c", Foreign.class);

        int shmget(int key, long size, int flags);

        int shmctl(int id, int cmd, com.sun.jna.Pointer buf);
    }

    @Test
    void aKeyTakenByAnotherProgramIsSkippedAndNeverSwept() throws IOException {
        int key = KernelObjects.sysvKey(((NativeSandbox) box).context(), "busy", 0);
        int foreign = Foreign.C.shmget(key, 64, 01000 | 02000 | 0600);
        assertThat(foreign).as("a segment of 'another program' under the first candidate key").isNotNegative();
        try {
            String ours = self.sharedMemory(IpcFamily.SYSTEM_V).nameOf("busy").external();
            self.sharedMemory(IpcFamily.SYSTEM_V).create("busy", 64);
            assertThat(self.sharedMemory(IpcFamily.SYSTEM_V).nameOf("busy").external()).isNotEqualTo(ours);
            Path run = RunDirectory.current().path();
            assertThat(KernelObjects.read(run)).contains(new KernelObjects.Entry("sysv-shm-taken", String.format("0x%08x", key)));

            new IpcLeftoverCleaner().clean(run, KernelObjects.read(run));
            box.close();

            assertThat(sysvKeys()).as("the other program's segment after our sweep and close").contains(String.valueOf(key));
        } finally {
            Foreign.C.shmctl(foreign, 0, null);
        }
    }

    @Test
    void aSystemLimitIsBrokenNamingTheLimitAndItsValue() throws IOException {
        String semmsl = Files.readAllLines(Path.of("/proc/sys/kernel/sem")).get(0).strip().split("\\s+")[0];
        int tooMany = Integer.parseInt(semmsl) + 1;
        assertThatThrownBy(() -> self.semaphores(IpcFamily.SYSTEM_V).create("huge", tooMany, 0))
                .isInstanceOf(HarnessException.class).hasMessageContaining("SEMMSL").hasMessageContaining(semmsl);
    }

    /** The keys of every System V segment and semaphore set, as /proc/sysvipc prints them (decimal). */
    private static List<String> sysvKeys() throws IOException {
        return Stream.concat(Files.readAllLines(Path.of("/proc/sysvipc/shm")).stream().skip(1),
                        Files.readAllLines(Path.of("/proc/sysvipc/sem")).stream().skip(1))
                .map(l -> l.trim().split("\\s+")[0]).toList();
    }

    /** What /dev/shm holds of this run (objects as <name>, semaphores as sem.<name>). */
    private static List<String> devShm() throws IOException {
        String prefix = KernelObjects.posixPrefix(RunDirectory.current().path()).substring(1);
        try (Stream<Path> all = Files.list(Path.of("/dev/shm"))) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix) || n.startsWith("sem." + prefix))
                    .toList();
        }
    }
}
