package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.ipcconformance.suites.engine.Bytes.bytes;

import java.nio.file.Path;
import java.util.function.Function;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.HandlerOptions;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.socket.Connections;

/**
 * XSH sigaction() SA_RESTART, signal(7): a handler without SA_RESTART makes a blocked call fail
 * with EINTR, one with it lets the call resume; a call that had transferred data returns its count.
 * Each call is checked both ways, each in a target of its own.
 */
class SignalSaRestartSpec {
    private static final HandlerOptions NO_RESTART = HandlerOptions.siginfoHandler();
    private static final HandlerOptions RESTART = HandlerOptions.siginfoHandler().withRestart();

    @Property("SIG-SA-RESTART")
    @Requires({Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.PROCESS_STATE, Feature.SIGNAL_HANDLERS,
            Feature.SIGNAL_HANDLER_OPTIONS, Feature.SIGNAL_SEND, Feature.PIPES})
    void aBlockedPipeReadFailsWithEintrOrResumesUnderSaRestart(Sandbox box, Evidence evidence) {
        for (HandlerOptions options : new HandlerOptions[] {NO_RESTART, RESTART}) {
            Pipe pipe = box.self().pipes().pipe();
            Proc target = box.self().spawnChild(ChildOptions.inheriting(pipe.readEnd()));
            Pending<byte[]> read = interrupted(box, evidence, target, options, "read an empty pipe",
                    p -> p.pipes().read(pipe.readEnd(), 16));
            box.self().pipes().write(pipe.writeEnd(), bytes("x"));
            ended(evidence, "pipe read", options, read, bytes("x"));
            if (!options.restart()) {
                assertThat(target.pipes().read(pipe.readEnd(), 16)).as("the byte written after the handler ran, read next")
                        .isEqualTo(bytes("x"));
            }
        }
    }

    @Property("SIG-SA-RESTART")
    @Requires({Feature.MULTI_PROCESS, Feature.PROCESS_STATE, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_HANDLER_OPTIONS,
            Feature.SIGNAL_SEND, Feature.UNIX_STREAM_SOCKETS, Feature.FILES})
    void aBlockedSocketReceiveFailsWithEintrOrResumesUnderSaRestart(Sandbox box, Evidence evidence) {
        for (HandlerOptions options : new HandlerOptions[] {NO_RESTART, RESTART}) {
            Proc target = box.self().spawnChild(ChildOptions.inheriting());
            Connections.Stream stream = Connections.connect(box, Domain.UNIX, target);
            Pending<byte[]> receive = interrupted(box, evidence, target, options, "recv on an idle AF_UNIX stream",
                    p -> p.sockets().receive(stream.clientEnd(), 16));
            box.self().sockets().send(stream.server(), bytes("y"));
            ended(evidence, "socket recv", options, receive, bytes("y"));
            if (!options.restart()) {
                assertThat(target.sockets().receive(stream.clientEnd(), 16)).as("the byte sent after the handler ran, received next")
                        .isEqualTo(bytes("y"));
            }
            box.self().sockets().close(stream.server());
            box.self().files().unlink(stream.serverAddress().path());
        }
    }

    @Property("SIG-SA-RESTART")
    @Requires({Feature.MULTI_PROCESS, Feature.PROCESS_STATE, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_HANDLER_OPTIONS,
            Feature.SIGNAL_SEND, Feature.FIFO, Feature.FILES, Feature.NONBLOCKING_IO, Feature.PIPES})
    void aBlockedFifoOpenFailsWithEintrOrResumesUnderSaRestart(Sandbox box, Evidence evidence) {
        for (HandlerOptions options : new HandlerOptions[] {NO_RESTART, RESTART}) {
            Path fifo = box.directory().resolve(options.restart() ? "restarted" : "interrupted");
            box.self().fifos().mkfifo(fifo);
            Proc target = box.self().spawnChild(ChildOptions.inheriting());
            Pending<Handle> open = interrupted(box, evidence, target, options, "open a FIFO for reading with no writer",
                    p -> p.files().open(fifo, OpenMode.READ, false));
            if (options.restart()) {
                // The reader asleep in open counts as a reader: a non-blocking open for writing meets it.
                Handle out = box.self().files().open(fifo, OpenMode.WRITE, true);
                Handle in = open.await();
                box.self().pipes().write(out, bytes("z"));
                assertThat(target.pipes().read(in, 1)).as("a byte through the FIFO whose open resumed").isEqualTo(bytes("z"));
                box.self().pipes().close(out);
                evidence.record("FIFO open, " + options, "resumed after the handler and met the writer");
            } else {
                IpcException e = Errors.assertFailsWith(IpcError.INTERRUPTED, "the FIFO open a handler interrupted (no SA_RESTART)",
                        open::await);
                evidence.record("FIFO open, " + options, "interrupted: " + e.rawCode());
            }
            box.self().files().unlink(fifo);
        }
    }

    @Property("SIG-SA-RESTART")
    @Requires({Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.PROCESS_STATE, Feature.SIGNAL_HANDLERS,
            Feature.SIGNAL_HANDLER_OPTIONS, Feature.SIGNAL_SEND, Feature.PIPES, Feature.NONBLOCKING_IO})
    void aWriteInterruptedAfterTransferringDataReturnsTheCount(Sandbox box, Evidence evidence) {
        // More than any pipe holds (Linux: 64 KiB by default), so the writer sleeps with part of it in.
        byte[] data = new byte[1 << 20];
        for (HandlerOptions options : new HandlerOptions[] {NO_RESTART, RESTART}) {
            Pipe pipe = box.self().pipes().pipe();
            Proc target = box.self().spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
            Pending<Integer> write = interrupted(box, evidence, target, options, "write 1 MiB to a pipe nobody reads",
                    p -> p.pipes().write(pipe.writeEnd(), data));
            Throwable thrown = catchThrowable(write::await);
            assertThat(thrown).as("the write interrupted after transferring data (%s) must return its count", options).isNull();
            int count = write.await();
            assertThat(count).as("the count of the interrupted write (%s)", options).isBetween(1, data.length - 1);
            box.self().pipes().setNonBlocking(pipe.readEnd(), true);
            assertThat(drain(box, pipe.readEnd())).as("bytes in the pipe after the write returned %d", count).isEqualTo(count);
            evidence.record("write, " + options, "returned " + count + " of " + data.length + " bytes");
            box.self().pipes().close(pipe.readEnd());
            box.self().pipes().close(pipe.writeEnd());
        }
    }

    /** {@code target} asleep in {@code call} with a recording SIGUSR1 handler ({@code options}), sent SIGUSR1, whose handler has run. */
    private static <T> Pending<T> interrupted(Sandbox box, Evidence evidence, Proc target, HandlerOptions options, String what,
                                              Function<Proc, T> call) {
        target.signalHandlers().handle(Signal.SIGUSR1, options);
        Pending<T> pending = target.async(what, call);
        Blocking.assertBlocks(box, evidence, target, pending);
        box.self().signalSend().kill(target, Signal.SIGUSR1);
        SignalWaits.delivery(box, target, Signal.SIGUSR1);
        return pending;
    }

    /** Without SA_RESTART the call failed with EINTR; with it, it resumed and returned {@code expected}. */
    private static void ended(Evidence evidence, String call, HandlerOptions options, Pending<byte[]> pending, byte[] expected) {
        if (options.restart()) {
            Throwable thrown = catchThrowable(pending::await);
            assertThat(thrown).as("the %s a handler with SA_RESTART interrupted must resume, not fail", call).isNull();
            assertThat(pending.await()).as("what the resumed %s returned", call).isEqualTo(expected);
            evidence.record(call + ", " + options, "resumed after the handler and returned the data sent");
        } else {
            IpcException e = Errors.assertFailsWith(IpcError.INTERRUPTED, "the " + call + " a handler interrupted (no SA_RESTART)",
                    pending::await);
            evidence.record(call + ", " + options, "interrupted: " + e.rawCode());
        }
    }

    private static int drain(Sandbox box, Handle readEnd) {
        int total = 0;
        while (true) {
            try {
                byte[] chunk = box.self().pipes().read(readEnd, 1 << 16);
                if (chunk.length == 0) {
                    return total;
                }
                total += chunk.length;
            } catch (IpcException e) {
                if (e.error() == IpcError.WOULD_BLOCK) {
                    return total;
                }
                throw e;
            }
        }
    }
}
