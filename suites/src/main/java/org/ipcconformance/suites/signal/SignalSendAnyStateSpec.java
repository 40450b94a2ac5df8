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
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Blocking;
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
    @Requires({Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.PROCESS_STATE, Feature.SIGNAL_HANDLERS, Feature.SIGNAL_SEND,
            Feature.PIPES})
    void aProcessAsleepInABlockingReadIsSentASignal(Sandbox box, Evidence evidence) {
        Pipe pipe = box.self().pipes().pipe();
        Proc target = box.self().spawnChild(ChildOptions.inheriting(pipe.readEnd()));
        target.signalHandlers().handle(Signal.SIGUSR1);
        Pending<byte[]> read = target.async("read an empty pipe", p -> p.pipes().read(pipe.readEnd(), 16));
        Blocking.assertBlocks(box, evidence, target, read);

        box.self().signalSend().kill(target, Signal.SIGUSR1);
        Delivery d = SignalWaits.delivery(box, target, Signal.SIGUSR1);
        evidence.record("delivery", d);

        // signal(7): the handler interrupts the read, which then fails with EINTR or is restarted.
        box.self().pipes().write(pipe.writeEnd(), bytes("x"));
        Throwable thrown = catchThrowable(read::await);
        if (thrown == null) {
            evidence.record("read", "restarted after the handler, then returned the byte written");
        } else {
            assertThat(thrown).as("the interrupted read").isInstanceOf(IpcException.class);
            assertThat(((IpcException) thrown).error()).as("how the interrupted read ended (%s)", thrown)
                    .isEqualTo(IpcError.INTERRUPTED);
            evidence.record("read", "interrupted: " + ((IpcException) thrown).rawCode());
        }
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
