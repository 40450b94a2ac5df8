package org.ipcconformance.spec.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.ipcconformance.spec.contract.Contract.bytes;
import static org.ipcconformance.spec.contract.Contract.check;
import static org.ipcconformance.spec.contract.Contract.requires;
import static org.ipcconformance.spec.contract.Contract.within;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Failures carry the portable code that specs assert on and the raw one (errno, exception) that
 * the report shows: an {@link IpcException} with both, in the sandbox's own process and in a
 * started one.
 */
public interface FailureRules extends ContractFixture {

    @Test
    default void aCallOnAClosedHandleIsBadDescriptorWithTheRawCode() {
        requires(this, "a closed handle gives BAD_DESCRIPTOR", Feature.PIPES);
        assertBadDescriptor(sandbox().self());
    }

    @Test
    default void aCallOnAClosedHandleIsBadDescriptorWithTheRawCodeInAStartedProcess() {
        requires(this, "a closed handle gives BAD_DESCRIPTOR in a started process", Feature.PIPES, Feature.MULTI_PROCESS);
        Proc child = within(this, "spawnChild", check("SpawnCalls.spawnChild"),
                () -> sandbox().self().spawnChild(ChildOptions.inheriting()));
        assertBadDescriptor(child);
    }

    @Test
    default void statOfAMissingPathIsNoSuchFileWithTheRawCode() {
        requires(this, "a missing path gives NO_SUCH_FILE", Feature.FILES);
        Proc self = sandbox().self();
        assertFails("stat of a missing path", IpcError.NO_SUCH_FILE,
                () -> self.files().stat(sandbox().directory().resolve("no-such-file")));
    }

    private void assertBadDescriptor(Proc p) {
        Pipe pipe = within(this, "pipe() in " + p, check("PipeCalls.pipe"), () -> p.pipes().pipe());
        within(this, "close of a read end", check("PipeCalls.close"), () -> p.pipes().close(pipe.readEnd()));
        within(this, "close of a write end", check("PipeCalls.close"), () -> p.pipes().close(pipe.writeEnd()));
        assertFails("read of a closed handle in " + p, IpcError.BAD_DESCRIPTOR, () -> p.pipes().read(pipe.readEnd(), 1));
        assertFails("write to a closed handle in " + p, IpcError.BAD_DESCRIPTOR, () -> p.pipes().write(pipe.writeEnd(), bytes("x")));
    }

    private void assertFails(String what, IpcError expected, ThrowingSupplier<?> call) {
        String check = check("how the adapter maps its failure to IpcException: the portable IpcError and, as rawCode, its own"
                + " code (errno 9 (EBADF), an exception class...)");
        Throwable thrown = catchThrowable(() -> within(this, what, check, call));
        assertThat(thrown).as("%s; %s", what, check).isInstanceOf(IpcException.class);
        IpcException e = (IpcException) thrown;
        assertThat(e.error()).as("the portable error of %s (%s); %s", what, e.getMessage(), check).isEqualTo(expected);
        assertThat(e.rawCode()).as("the raw code of %s (%s); %s", what, e.getMessage(), check).isNotBlank();
        assertThat(e.operation()).as("the operation of %s (%s); %s", what, e.getMessage(), check).isNotBlank();
    }
}
