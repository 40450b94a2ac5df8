package org.ipcconformance.suites.shm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.spec.spi.ipc.SharedMemoryCalls;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;

/**
 * Seed §5: a store reaches the other process without a system call or a copy. The reader polls
 * its mapping with plain loads only (a loop that makes no call), so the only way it can see the
 * value is the memory itself being shared.
 */
class ShmNoCopySpec {
    private static final long VALUE = 0x0123_4567_89ab_cdefL;
    private static final int OFFSET = 512;
    private static final int ROUNDS = 5;
    private static final Duration UNOBSERVED_WINDOW = Duration.ofMillis(100);

    @Property("SHM-NO-COPY")
    void systemVAStoreReachesAPollingProcessWithoutASystemCall(Sandbox box, Evidence evidence) {
        storeSeenByPolling(box, evidence, IpcFamily.SYSTEM_V);
    }

    @Property("SHM-NO-COPY")
    void posixAStoreReachesAPollingProcessWithoutASystemCall(Sandbox box, Evidence evidence) {
        storeSeenByPolling(box, evidence, IpcFamily.POSIX);
    }

    private static void storeSeenByPolling(Sandbox box, Evidence evidence, IpcFamily family) {
        box.require(Feature.MULTI_PROCESS, IpcFeatures.sharedMemory(family));
        evidence.record("family", family.title());
        Proc reader = box.self().spawnChild(ChildOptions.inheriting());
        Proc writer = box.self().spawnUnrelated();
        SharedMemoryCalls readerShm = reader.sharedMemory(family);
        Mapping readerMap = readerShm.attach(readerShm.create("flag", 4096));
        SharedMemoryCalls writerShm = writer.sharedMemory(family);
        Mapping writerMap = writerShm.attach(writerShm.open("flag"));

        // A store that lands before the poller's first load proves nothing about polling: go again.
        long polls = 1;
        for (int round = 1; round <= ROUNDS && polls == 1; round++) {
            long value = VALUE + round;
            Pending<Long> poll = reader.async("poll the word at " + OFFSET + " with plain loads until 0x" + Long.toHexString(value),
                    r -> r.sharedMemory(family).awaitValue(readerMap, OFFSET, value));
            if (box.features().has(Feature.PROCESS_STATE)) {
                // A poller that slept in a call would be waiting for the kernel, not reading memory.
                await("%s to be polling".formatted(reader.name())).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(2))
                        .until(() -> poll.isDone() || reader.state().kind() == ProcState.Kind.RUNNING);
                ProcState polling = reader.state();
                assertThat(poll.isDone()).as("%s found the value before anyone stored it", poll).isFalse();
                assertThat(polling.kind()).as("state of %s while it polls (on the CPU, in no system call)", reader.name())
                        .isEqualTo(ProcState.Kind.RUNNING);
                evidence.record("poller before the store", reader.name() + " " + polling);
            } else {
                // No process state to see the poller in its loop: a bounded window for it to get
                // there, as Blocking gives adapters without state (it must not end before the store).
                await("%s to keep polling".formatted(reader.name())).during(UNOBSERVED_WINDOW)
                        .atMost(UNOBSERVED_WINDOW.multipliedBy(3)).until(() -> !poll.isDone());
                evidence.record("poller before the store", "still polling after " + UNOBSERVED_WINDOW.toMillis()
                        + " ms (no process state on this adapter)");
            }
            writerShm.store(writerMap, OFFSET, IpcFeatures.word(value));
            polls = poll.await();
            assertThat(IpcFeatures.word(readerShm.load(readerMap, OFFSET, Long.BYTES)))
                    .as("the word %s loads after its loop ended", reader.name()).isEqualTo(value);
            evidence.record("polls", reader.name() + " saw 0x" + Long.toHexString(value) + " stored by " + writer.name()
                    + " after " + polls + " plain loads, no system call in its loop (round " + round + ")");
        }
        assertThat(polls).as("loads the poller made before it saw the store, in the last of %d rounds"
                + " (1: the store always came before its first load)", ROUNDS).isGreaterThan(1);
    }
}
