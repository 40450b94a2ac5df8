package org.ipcconformance.adapter.jdk.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.file.NoSuchFileException;
import org.ipcconformance.adapter.jdk.io.Failure;
import org.ipcconformance.adapter.jdk.io.WouldBlockException;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.junit.jupiter.api.Test;

class JdkErrorsTest {

    @Test
    void exceptionsMapToPortableErrorsKeepingClassAndMessage() {
        assertThat(error(new IOException("Broken pipe"))).isEqualTo(IpcError.BROKEN_PIPE);
        assertThat(error(new IOException("No such device or address"))).isEqualTo(IpcError.NO_SUCH_DEVICE_OR_ADDRESS);
        assertThat(error(new AsynchronousCloseException())).isEqualTo(IpcError.BAD_DESCRIPTOR);
        assertThat(error(new NoSuchFileException("/x"))).isEqualTo(IpcError.NO_SUCH_FILE);
        assertThat(error(new WouldBlockException("0 bytes"))).isEqualTo(IpcError.WOULD_BLOCK);
        assertThat(error(new IOException("something new"))).isEqualTo(IpcError.OTHER);
        IpcException e = (IpcException) JdkErrors.map("write", Failure.of(new IOException("Broken pipe")));
        assertThat(e.rawCode()).isEqualTo("java.io.IOException: Broken pipe");
        assertThat(JdkErrors.map("poke", Failure.of(new IndexOutOfBoundsException("9"))))
                .as("not an I/O error: a harness problem").isInstanceOf(HarnessException.class);
    }

    @Test
    void socketAndSignalFailuresMapAsLinuxWouldReportThem() {
        assertThat(error(new java.net.BindException("Address already in use"))).isEqualTo(IpcError.ADDRESS_IN_USE);
        assertThat(error(new java.net.ConnectException("Connection refused"))).isEqualTo(IpcError.CONNECTION_REFUSED);
        assertThat(error(new IOException("Message too long"))).isEqualTo(IpcError.MESSAGE_TOO_BIG);
        assertThat(error(new IOException("No such process: pid 7"))).isEqualTo(IpcError.NO_SUCH_PROCESS);
        assertThat(error(new java.nio.channels.AlreadyBoundException())).isEqualTo(IpcError.INVALID_ARGUMENT);
        assertThat(error(new java.nio.channels.UnsupportedAddressTypeException())).isEqualTo(IpcError.ADDRESS_FAMILY_NOT_SUPPORTED);
        assertThat(error(new UnsupportedOperationException("Protocol family not supported")))
                .isEqualTo(IpcError.ADDRESS_FAMILY_NOT_SUPPORTED);
        assertThat(error(new org.ipcconformance.adapter.jdk.io.SignalRefusedException("KILL"))).isEqualTo(IpcError.INVALID_ARGUMENT);
    }

    @Test
    void whatTheJdkCannotExpressIsNotApplicableForTheFeatureItNames() {
        RuntimeException e = JdkErrors.map("handle(SIGSEGV) in child-1",
                Failure.of(new org.ipcconformance.adapter.jdk.io.NotExpressibleException("SIGNAL_HANDLERS", "the JVM keeps SIGSEGV")));
        assertThat(e).isInstanceOfSatisfying(org.ipcconformance.spec.spi.FeatureMissingException.class, f -> {
            assertThat(f.feature()).isEqualTo(org.ipcconformance.spec.spi.Feature.SIGNAL_HANDLERS);
            assertThat(f.getMessage()).contains("the JVM keeps SIGSEGV", "handle(SIGSEGV) in child-1");
        });
    }

    private static IpcError error(Exception e) {
        return ((IpcException) JdkErrors.map("op", Failure.of(e))).error();
    }
}
