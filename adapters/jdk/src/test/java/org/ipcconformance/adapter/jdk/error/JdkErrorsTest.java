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

    private static IpcError error(Exception e) {
        return ((IpcException) JdkErrors.map("op", Failure.of(e))).error();
    }
}
