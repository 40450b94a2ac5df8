package org.ipcconformance.suites.pipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;
import static org.ipcconformance.suites.engine.Bytes.readFully;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.PipeKind;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/** POSIX read(): end-of-file only when no process holds a write end and the buffer is empty. */
class PipeEofSpec {

    @Property("PIPE-EOF")
    @Requires({Feature.MULTI_PROCESS, Feature.CHILD_STDIO_PIPES, Feature.PIPES})
    void endOfFileComesOnlyAfterTheWriterClosesAndTheBufferedBytesAreRead(Sandbox box, Evidence evidence) {
        PipedChild piped = box.self().spawnPipedChild();
        Proc child = piped.child();

        box.self().pipes().write(piped.toChild(), bytes("xy"));
        assertThat(readFully(child, piped.childStdin(), 2)).asString().isEqualTo("xy");

        Pending<byte[]> read = child.async("read an empty pipe", c -> c.pipes().read(piped.childStdin(), 16));
        Blocking.assertBlocks(box, evidence, child, read);
        box.self().pipes().write(piped.toChild(), bytes("z"));
        assertThat(read.await()).as("what the waiting read returned").asString().isEqualTo("z");

        box.self().pipes().write(piped.toChild(), bytes("w"));
        box.self().pipes().close(piped.toChild());
        assertThat(child.pipes().read(piped.childStdin(), 16)).as("bytes buffered before the writer closed").asString().isEqualTo("w");
        assertThat(child.pipes().read(piped.childStdin(), 16)).as("read after the last write end closed and the buffer emptied").isEmpty();
    }

    @Property("PIPE-EOF")
    @Requires({Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.PIPES})
    void oneOpenWriteEndAnywhereKeepsEndOfFileAway(Sandbox box, Evidence evidence) {
        Proc self = box.self();
        Pipe pipe = self.pipes().pipe();
        Proc reader = self.spawnChild(ChildOptions.inheriting(pipe.readEnd()));
        Proc writer = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        self.pipes().close(pipe.readEnd());
        self.pipes().close(pipe.writeEnd());

        writer.pipes().write(pipe.writeEnd(), bytes("a"));
        assertThat(reader.pipes().read(pipe.readEnd(), 16)).asString().isEqualTo("a");

        Pending<byte[]> read = reader.async("read while the writer child holds the write end", c -> c.pipes().read(pipe.readEnd(), 16));
        Blocking.assertBlocks(box, evidence, reader, read);
        writer.exit();
        assertThat(read.await()).as("read after the last write end went away with its process").isEmpty();
    }

    @Property(value = "PIPE-EOF", variants = Variants.PIPE_KIND)
    @Requires(value = {Feature.NONBLOCKING_IO, Feature.PIPES}, ofVariant = VariantFeature.PIPES_OF_KIND)
    void aNonBlockingReadOfAnEmptyPipeFailsWithWouldBlockUntilTheLastWriterCloses(Sandbox box, Evidence evidence, PipeKind kind) {
        Proc self = box.self();
        Pipe pipe = PipeKinds.open(box, kind, "eof");
        self.pipes().setNonBlocking(pipe.readEnd(), true);

        IpcException e = Errors.assertFailsWith(IpcError.WOULD_BLOCK, "a non-blocking read of the empty " + kind + " with its write end open",
                () -> self.pipes().read(pipe.readEnd(), 16));
        evidence.record("read while a writer is open", e.rawCode());
        self.pipes().write(pipe.writeEnd(), bytes("q"));
        assertThat(self.pipes().read(pipe.readEnd(), 16)).as("a non-blocking read of the buffered byte").asString().isEqualTo("q");
        self.pipes().close(pipe.writeEnd());
        assertThat(self.pipes().read(pipe.readEnd(), 16)).as("a non-blocking read once no writer is left").isEmpty();
    }
}
