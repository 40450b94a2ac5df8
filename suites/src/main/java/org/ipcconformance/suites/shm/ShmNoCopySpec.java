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
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/**
 * Seed §5: a store reaches the other process without a system call or a copy. The reader polls
 * its mapping with plain loads only (a loop that makes no call), so the only way it can see the
 * value is the memory itself being shared.
 */
class ShmNoCopySpec {
    private static final long VALUE = 0x0123_4567_89ab_cdefL;
    private static final int OFFSET = 512;

    @Property(value = "SHM-NO-COPY", variants = Variants.IPC_FAMILY)
    @Requires(value = Feature.MULTI_PROCESS, ofVariant = VariantFeature.SHARED_MEMORY)
    void aStoreReachesAPollingProcessWithoutASystemCall(Sandbox box, Evidence evidence, IpcFamily family) {
        Proc reader = box.self().spawnChild(ChildOptions.inheriting());
        Proc writer = box.self().spawnUnrelated();
        SharedMemoryCalls readerShm = reader.sharedMemory(family);
        Mapping readerMap = readerShm.attach(readerShm.create("flag", 4096));
        SharedMemoryCalls writerShm = writer.sharedMemory(family);
        Mapping writerMap = writerShm.attach(writerShm.open("flag"));

        Pending<Long> poll = reader.async("poll the word at " + OFFSET + " with plain loads until 0x" + Long.toHexString(VALUE),
                r -> r.sharedMemory(family).awaitValue(readerMap, OFFSET, VALUE));
        // The poller stores its poll count beside the word (a plain store): once the writer's own
        // loads see it, the poller is in its loop, and the store below cannot come before its first load.
        long seenPolls = await("%s to be in its polling loop (its poll count to reach %s's mapping)"
                        .formatted(reader.name(), writer.name()))
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(1))
                .until(() -> Words.word(writerShm.load(writerMap, OFFSET + Long.BYTES, Long.BYTES)), n -> n > 0);
        assertThat(poll.isDone()).as("%s found the value before anyone stored it", poll).isFalse();
        evidence.record("poller before the store", reader.name() + " had made " + seenPolls + " plain loads, as "
                + writer.name() + " read in its own mapping");
        if (box.features().has(Feature.PROCESS_STATE)) {
            // A poller that slept in a call would be waiting for the kernel, not reading memory.
            ProcState polling = reader.state();
            assertThat(polling.kind()).as("state of %s while it polls (on the CPU, in no system call)", reader.name())
                    .isEqualTo(ProcState.Kind.RUNNING);
            evidence.record("poller state before the store", reader.name() + " " + polling);
        }
        writerShm.store(writerMap, OFFSET, Words.word(VALUE));
        long polls = poll.await();
        assertThat(Words.word(readerShm.load(readerMap, OFFSET, Long.BYTES)))
                .as("the word %s loads after its loop ended", reader.name()).isEqualTo(VALUE);
        evidence.record("polls", reader.name() + " saw 0x" + Long.toHexString(VALUE) + " stored by " + writer.name()
                + " after " + polls + " plain loads, no system call in its loop");
        assertThat(polls).as("loads the poller made before it saw the store").isGreaterThan(seenPolls);
    }
}
