package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.ipcconformance.suites.engine.Bytes.bytes;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.HandlerOptions;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Blocking;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §3: a signal can be sent to a process at any time, whatever it is doing, without knowing it. */
class SignalSendAnyStateSpec {

    @Property("SIG-SEND-ANY-STATE")
    @Requires({Feature.MULTI_PROCESS, Feature.PROCESS_STATE, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_SEND, Feature.SIGNAL_FAULTS})
    void aRunningProcessIsSentASignal(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(Signal.SIGUSR1);
        Pending<Delivery> spin = target.async("busy loop until SIGUSR1 is handled",
                p -> p.signalFaults().spinUntilDelivered(Signal.SIGUSR1));
        // The loop ends only with the delivery, so a target seen RUNNING stays running until the kill.
        SignalWaits.state(target, ProcState.Kind.RUNNING);
        assertThat(spin.isDone()).as("the busy loop ended before any signal was sent").isFalse();
        evidence.record("target before kill", target.state());

        box.self().signalSend().kill(target, Signal.SIGUSR1);
        Delivery d = spin.await();
        evidence.record("delivery", d);
        assertThat(d.signal()).as("the signal the running target handled").isEqualTo(Signal.SIGUSR1);
        assertThat(d.source()).as("si_code of %s", d).isEqualTo(Delivery.Source.USER);
    }

    @Property("SIG-SEND-ANY-STATE")
    @Requires({Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.PROCESS_STATE, Feature.SIGNAL_HANDLERS,
            Feature.SIGNAL_HANDLER_OPTIONS, Feature.SIGNAL_SEND, Feature.PIPES})
    void aSleepingReadEndsWithEintrWhenTheHandlerHasNoSaRestart(Sandbox box, Evidence evidence) {
        Pipe pipe = box.self().pipes().pipe();
        Proc target = box.self().spawnChild(ChildOptions.inheriting(pipe.readEnd()));
        Pending<byte[]> read = interruptedRead(box, evidence, pipe, target, HandlerOptions.siginfoHandler());

        // The handler has run, so the read was already cut short: the byte written now stays in the pipe.
        box.self().pipes().write(pipe.writeEnd(), bytes("x"));
        IpcException e = Errors.assertFailsWith(IpcError.INTERRUPTED, "the read the handler interrupted (no SA_RESTART)",
                read::await);
        evidence.record("read", "interrupted: " + e.rawCode());
        assertThat(target.pipes().read(pipe.readEnd(), 16)).as("the byte written after the handler ran, read next")
                .isEqualTo(bytes("x"));
    }

    @Property("SIG-SEND-ANY-STATE")
    @Requires({Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.PROCESS_STATE, Feature.SIGNAL_HANDLERS,
            Feature.SIGNAL_HANDLER_OPTIONS, Feature.SIGNAL_SEND, Feature.PIPES})
    void aSleepingReadResumesAfterTheHandlerUnderSaRestart(Sandbox box, Evidence evidence) {
        Pipe pipe = box.self().pipes().pipe();
        Proc target = box.self().spawnChild(ChildOptions.inheriting(pipe.readEnd()));
        Pending<byte[]> read = interruptedRead(box, evidence, pipe, target, HandlerOptions.siginfoHandler().withRestart());

        box.self().pipes().write(pipe.writeEnd(), bytes("x"));
        Throwable thrown = catchThrowable(read::await);
        assertThat(thrown).as("the read the handler interrupted under SA_RESTART must resume, not fail").isNull();
        evidence.record("read", "restarted after the handler, then returned the byte written");
    }

    /** {@code target} asleep in read(2) on the empty pipe, sent SIGUSR1, whose handler ({@code options}) has run. */
    private static Pending<byte[]> interruptedRead(Sandbox box, Evidence evidence, Pipe pipe, Proc target, HandlerOptions options) {
        target.signalHandlers().handle(Signal.SIGUSR1, options);
        Pending<byte[]> read = target.async("read an empty pipe", p -> p.pipes().read(pipe.readEnd(), 16));
        Blocking.assertBlocks(box, evidence, target, read);
        box.self().signalSend().kill(target, Signal.SIGUSR1);
        Delivery d = SignalWaits.delivery(box, target, Signal.SIGUSR1);
        evidence.record("delivery (" + options + ")", d);
        return read;
    }

    @Property("SIG-SEND-ANY-STATE")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_SEND, Feature.UNPRIVILEGED_CHILD})
    void theOnlyRefusalsAreNoSuchProcessAndNoPermission(Sandbox box, Evidence evidence) {
        // EPERM: an unprivileged process may not signal a process of another user (here the harness's).
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(Signal.SIGUSR1);
        Proc stranger = box.self().spawnChild(ChildOptions.inheriting().withoutPrivileges());
        IpcException refused = Errors.assertFailsWith(IpcError.NOT_PERMITTED,
                "kill(SIGUSR1) from an unprivileged process to another user's", () -> stranger.signalSend().kill(target, Signal.SIGUSR1));
        evidence.record("unprivileged sender", refused.getMessage());
        assertThat(target.signalHandlers().deliveries()).as("the refused signal was not delivered").isEmpty();

        // ESRCH: a target that has ended and been reaped. The null signal asks what a real one would
        // meet and sends nothing, so it is safe even if the PID were someone else's by now.
        target.exit();
        evidence.record("target ended", target.awaitExit());
        IpcException gone = Errors.assertFailsWith(IpcError.NO_SUCH_PROCESS, "kill(0) to an ended and reaped process",
                () -> box.self().signalSend().kill(target, Signal.NULL_SIGNAL));
        evidence.record("ended target", gone.getMessage());
    }

    @Property("SIG-SEND-ANY-STATE")
    @Requires({Feature.MULTI_PROCESS, Feature.PROCESS_STATE, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_SEND})
    void aStoppedProcessIsSentASignal(Sandbox box, Evidence evidence) {
        Proc target = box.self().spawnChild(ChildOptions.inheriting());
        target.signalHandlers().handle(Signal.SIGUSR1);
        box.self().signalSend().kill(target, Signal.SIGSTOP);
        SignalWaits.state(target, ProcState.Kind.STOPPED);

        box.self().signalSend().kill(target, Signal.SIGUSR1);
        evidence.record("target when SIGUSR1 was sent", target.state());
        box.self().signalSend().kill(target, Signal.SIGCONT);
        Delivery d = SignalWaits.delivery(box, target, Signal.SIGUSR1);
        evidence.record("delivery after SIGCONT", d);
    }
}
