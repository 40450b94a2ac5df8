package org.ipcconformance.suites.pipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.ipcconformance.suites.engine.Bytes.bytes;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SignalDisposition;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.PipeKind;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/** POSIX write(): writing to a pipe or FIFO with no reader raises SIGPIPE, or fails with EPIPE where SIGPIPE is ignored. */
class PipeBrokenSpec {
    private static final int SIGPIPE = 13;

    /** The spec's own process ignores SIGPIPE, as the harness JVM does. */
    @Property(value = "PIPE-BROKEN", variants = Variants.PIPE_KIND)
    @Requires(value = Feature.PIPES, ofVariant = VariantFeature.PIPES_OF_KIND)
    void writingWithNoReaderFailsWithBrokenPipeWhereSigpipeIsIgnored(Sandbox box, Evidence evidence, PipeKind kind) {
        Proc self = box.self();
        Pipe pipe = PipeKinds.open(box, kind, "broken");
        self.pipes().close(pipe.readEnd());
        IpcException e = Errors.assertFailsWith(IpcError.BROKEN_PIPE, "write with no read end open",
                () -> self.pipes().write(pipe.writeEnd(), bytes("x")));
        evidence.record("write", e.rawCode());
    }

    @Property(value = "PIPE-BROKEN", variants = Variants.PIPE_KIND)
    @Requires(value = {Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.SIGNAL_DISPOSITION, Feature.PIPES},
            ofVariant = VariantFeature.PIPES_OF_KIND)
    void writingWithNoReaderKillsAWriterWhoseSigpipeIsDefault(Sandbox box, Evidence evidence, PipeKind kind) {
        Pipe pipe = PipeKinds.open(box, kind, "broken");
        Proc child = box.self().spawnChild(ChildOptions.inheriting(pipe.writeEnd()).withSigpipe(SignalDisposition.DEFAULT));
        box.self().pipes().close(pipe.readEnd());
        box.self().pipes().close(pipe.writeEnd());

        Throwable thrown = catchThrowable(() -> child.pipes().write(pipe.writeEnd(), bytes("x")));
        assertThat(thrown).as("the writer's fate").isInstanceOf(ProcessGoneException.class);
        ExitStatus status = child.awaitExit();
        evidence.record("writer", status);
        assertThat(status.signal()).as("the signal that ended the writer (%s)", status).isEqualTo(SIGPIPE);
    }

    @Property(value = "PIPE-BROKEN", variants = Variants.PIPE_KIND)
    @Requires(value = {Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.SIGNAL_DISPOSITION, Feature.PIPES},
            ofVariant = VariantFeature.PIPES_OF_KIND)
    void writingWithNoReaderFailsWithBrokenPipeInAChildThatIgnoresSigpipe(Sandbox box, PipeKind kind) {
        Pipe pipe = PipeKinds.open(box, kind, "broken");
        Proc child = box.self().spawnChild(ChildOptions.inheriting(pipe.writeEnd()).withSigpipe(SignalDisposition.IGNORE));
        box.self().pipes().close(pipe.readEnd());
        Errors.assertFailsWith(IpcError.BROKEN_PIPE, "a write with no reader in a child ignoring SIGPIPE",
                () -> child.pipes().write(pipe.writeEnd(), bytes("x")));
    }
}
