package org.ipcconformance.suites.pipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;

import java.util.EnumSet;
import java.util.Set;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipeCalls;
import org.ipcconformance.spec.spi.PollEvent;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ReadinessCalls;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.PipeKind;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/** POSIX poll() on a pipe or FIFO: readable with bytes or once every writer is gone, writable while there is room. */
class PipePollSpec {
    private static final Set<PollEvent> IN = EnumSet.of(PollEvent.IN);
    private static final Set<PollEvent> OUT = EnumSet.of(PollEvent.OUT);
    /** Far beyond any pipe's capacity: a pipe that takes this much without refusing is not full when asked. */
    private static final long FILL_GUARD = 16L << 20;

    @Property(value = "PIPE-POLL-READINESS", variants = Variants.PIPE_KIND)
    @Requires(value = {Feature.POLL, Feature.NONBLOCKING_IO, Feature.PIPES}, ofVariant = VariantFeature.PIPES_OF_KIND)
    void readableWithBytesOrNoWriterAndWritableWhileThereIsRoom(Sandbox box, Evidence evidence, PipeKind kind) {
        Proc self = box.self();
        ReadinessCalls poll = self.readiness();
        PipeCalls pipes = self.pipes();
        Pipe pipe = PipeKinds.open(box, kind, "poll");

        assertThat(poll.poll(pipe.readEnd(), IN)).as("revents of the empty %s's read end", kind).isEmpty();
        assertThat(poll.poll(pipe.writeEnd(), OUT)).as("revents of the empty %s's write end", kind).containsExactly(PollEvent.OUT);
        pipes.write(pipe.writeEnd(), bytes("x"));
        assertThat(poll.poll(pipe.readEnd(), IN)).as("revents of the read end with 1 byte buffered").containsExactly(PollEvent.IN);

        long buffered = 1 + fill(pipes, pipe);
        evidence.record("bytes buffered when full", buffered);
        assertThat(poll.poll(pipe.writeEnd(), OUT)).as("revents of the write end of the full %s", kind).isEmpty();
        drain(pipes, pipe, buffered);
        assertThat(poll.poll(pipe.writeEnd(), OUT)).as("revents of the write end once drained").containsExactly(PollEvent.OUT);
        assertThat(poll.poll(pipe.readEnd(), IN)).as("revents of the read end once drained").isEmpty();

        pipes.close(pipe.writeEnd());
        Set<PollEvent> noWriter = poll.poll(pipe.readEnd(), IN);
        evidence.record("read end, every writer gone", noWriter);
        assertThat(noWriter).as("revents of the read end once every writer is gone").contains(PollEvent.HUP);
    }

    /** Linux pipe(7)/poll(2): POLLERR on the write end once no reader is left (POSIX leaves it open). */
    @Property(value = "PIPE-POLL-READINESS", variants = Variants.PIPE_KIND)
    @Requires(value = {Feature.POLL, Feature.PIPES}, ofVariant = VariantFeature.PIPES_OF_KIND)
    void theWriteEndReportsAnErrorOnceEveryReaderIsGone(Sandbox box, Evidence evidence, PipeKind kind) {
        Proc self = box.self();
        Pipe pipe = PipeKinds.open(box, kind, "poll");
        self.pipes().close(pipe.readEnd());
        Set<PollEvent> noReader = self.readiness().poll(pipe.writeEnd(), OUT);
        evidence.record("write end, every reader gone", noReader);
        assertThat(noReader).as("revents of the write end once every reader is gone").contains(PollEvent.ERR);
    }

    @Property(value = "PIPE-POLL-READINESS", variants = Variants.PIPE_KIND)
    @Requires(value = {Feature.POLL, Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.PIPES},
            ofVariant = VariantFeature.PIPES_OF_KIND)
    void aPollerSleepsUntilBytesArriveOrTheLastWriterCloses(Sandbox box, Evidence evidence, PipeKind kind) {
        Proc self = box.self();
        Pipe pipe = PipeKinds.open(box, kind, "poll");
        Proc reader = self.spawnChild(ChildOptions.inheriting(pipe.readEnd()));
        self.pipes().close(pipe.readEnd());

        Pending<Set<PollEvent>> waiting = reader.async("poll of the empty read end", c -> c.readiness().pollWaiting(pipe.readEnd(), IN));
        Blocking.assertBlocks(box, evidence, reader, waiting);
        self.pipes().write(pipe.writeEnd(), bytes("w"));
        assertThat(waiting.await()).as("revents when a byte arrived").containsExactly(PollEvent.IN);
        assertThat(reader.pipes().read(pipe.readEnd(), 16)).asString().isEqualTo("w");

        Pending<Set<PollEvent>> again = reader.async("poll of the drained read end", c -> c.readiness().pollWaiting(pipe.readEnd(), IN));
        Blocking.assertBlocks(box, evidence, reader, again);
        self.pipes().close(pipe.writeEnd());
        Set<PollEvent> hangUp = again.await();
        evidence.record("woken by the last close", hangUp);
        assertThat(hangUp).as("revents when the last writer closed").contains(PollEvent.HUP);
    }

    /** Writes PIPE_BUF-byte chunks, non-blocking, until one is refused; returns the bytes accepted. */
    private static long fill(PipeCalls pipes, Pipe pipe) {
        pipes.setNonBlocking(pipe.writeEnd(), true);
        byte[] chunk = new byte[pipes.pipeBuf()];
        long total = 0;
        while (total < FILL_GUARD) {
            try {
                total += pipes.write(pipe.writeEnd(), chunk);
            } catch (IpcException e) {
                assertThat(e.error()).as("the write that found the pipe full").isEqualTo(IpcError.WOULD_BLOCK);
                return total;
            }
        }
        throw new AssertionError("the pipe took " + total + " bytes without refusing a non-blocking write");
    }

    private static void drain(PipeCalls pipes, Pipe pipe, long buffered) {
        long got = 0;
        while (got < buffered) {
            byte[] part = pipes.read(pipe.readEnd(), 65536);
            assertThat(part).as("a read while %d of %d buffered bytes remain", buffered - got, buffered).isNotEmpty();
            got += part.length;
        }
    }
}
