package org.ipcconformance.suites.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.TerminalSession;
import org.ipcconformance.spec.spi.signal.Delivery;
import org.ipcconformance.spec.spi.signal.Signal;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §3: hardware sources, a terminal's Ctrl+C and an invalid memory access, raise signals. */
class SignalHardwareSourceSpec {

    @Property("SIG-HARDWARE-SOURCE")
    @Requires({Feature.TERMINAL, Feature.SIGNAL_HANDLERS, Feature.PIPES})
    void theInterruptCharacterSendsSigintToTheForegroundProcessGroup(Sandbox box, Evidence evidence) {
        TerminalSession terminal = box.self().terminals().openTerminal();
        Proc foreground = terminal.foreground();
        foreground.signalHandlers().handle(Signal.SIGINT);
        box.self().pipes().write(terminal.master(), new byte[] {terminal.interruptCharacter()});

        Delivery d = SignalWaits.delivery(box, foreground, Signal.SIGINT);
        evidence.record("typed", String.format("0x%02x (VINTR) on %s", terminal.interruptCharacter(), terminal.master()));
        evidence.record("delivery", d);
        assertThat(d.source()).as("who sent %s: the terminal driver, not a process", d).isEqualTo(Delivery.Source.KERNEL);
    }

    @Property("SIG-HARDWARE-SOURCE")
    @Requires({Feature.TERMINAL, Feature.PIPES})
    void theInterruptCharacterEndsAForegroundProcessThatKeepsTheDefault(Sandbox box, Evidence evidence) {
        TerminalSession terminal = box.self().terminals().openTerminal();
        box.self().pipes().write(terminal.master(), new byte[] {terminal.interruptCharacter()});
        ExitStatus status = terminal.foreground().awaitExit();
        evidence.record("foreground process", status);
        assertThat(status.signalName()).as("how the foreground process ended (%s)", status).isEqualTo("SIGINT");
    }

    @Property("SIG-HARDWARE-SOURCE")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_FAULTS})
    void anInvalidMemoryAccessEndsTheOffenderWithSigsegv(Sandbox box, Evidence evidence) {
        Proc offender = box.self().spawnChild(ChildOptions.inheriting());
        Throwable thrown = catchThrowable(() -> offender.signalFaults().touchInvalidMemory());
        assertThat(thrown).as("a store through a null pointer").isInstanceOf(ProcessGoneException.class);
        ExitStatus status = offender.awaitExit();
        evidence.record("offender", status);
        assertThat(status.signalName()).as("how the offender ended (%s)", status).isEqualTo("SIGSEGV");
    }

    @Property("SIG-HARDWARE-SOURCE")
    @Requires({Feature.MULTI_PROCESS, Feature.SIGNAL_FAULTS, Feature.SIGNAL_HANDLERS})
    void theOffendersOwnHandlerSeesSigsegvFromTheKernel(Sandbox box, Evidence evidence) {
        Proc offender = box.self().spawnChild(ChildOptions.inheriting());
        offender.signalHandlers().handle(Signal.SIGSEGV);
        Throwable thrown = catchThrowable(() -> offender.signalFaults().touchInvalidMemory());
        assertThat(thrown).as("a store through a null pointer").isInstanceOf(ProcessGoneException.class);
        ExitStatus status = offender.awaitExit();
        evidence.record("offender's log", SignalWaits.brief(offender.signalHandlers().deliveries()));
        evidence.record("offender", status);
        assertThat(offender.signalHandlers().deliveries()).as("the offender's own log").extracting(Delivery::signal, Delivery::source)
                .containsExactly(org.assertj.core.api.Assertions.tuple(Signal.SIGSEGV, Delivery.Source.KERNEL));
        assertThat(status.signalName()).as("the one-shot handler returned and the access faulted again (%s)", status)
                .isEqualTo("SIGSEGV");
    }
}
