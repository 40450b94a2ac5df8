package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.AfterAll;

/** Opens the simulator through the SPI, as the harness does, and the helpers the tests share. */
abstract class ModelTestSupport {

    /** A fresh sandbox of the clean model, or of the model with one planted fault. */
    static Sandbox sandbox(String fault) {
        RunDirectory run = RunDirectory.current();
        Adapter adapter = new SimulatorAdapterProvider().open(run, fault);
        return adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), "test"));
    }

    static Sandbox sandbox() {
        return sandbox(null);
    }

    @AfterAll
    static void removeRunDirectory() {
        RunDirectory.current().close();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.US_ASCII);
    }

    /** Waits until the process sleeps in the model or the operation ended; then it must be asleep. */
    static void assertBlocked(Proc proc, Pending<?> pending) {
        awaitBlockedOrDone(proc, pending);
        assertThat(proc.state().isBlocked()).as("%s blocked (state %s, %s)", proc.name(), proc.state(), pending).isTrue();
        assertThat(pending.isDone()).isFalse();
    }

    static void awaitBlockedOrDone(Proc proc, Pending<?> pending) {
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(5))
                .until(() -> proc.state().isBlocked() || pending.isDone());
    }

    static IpcError errorOf(Runnable r) {
        try {
            r.run();
        } catch (IpcException e) {
            return e.error();
        }
        throw new AssertionError("expected an IpcException");
    }

    /** Reads until {@code total} bytes arrived or end-of-file. */
    static byte[] readFully(Proc proc, org.ipcconformance.spec.spi.Handle h, int total) {
        byte[] all = new byte[total];
        int got = 0;
        while (got < total) {
            byte[] b = proc.pipes().read(h, Math.min(65536, total - got));
            if (b.length == 0) {
                break;
            }
            System.arraycopy(b, 0, all, got, b.length);
            got += b.length;
        }
        return got == total ? all : java.util.Arrays.copyOf(all, got);
    }

    /** Bytes that show loss and reordering: position i holds i mod 251. */
    static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i % 251);
        }
        return b;
    }

    /** Reads until end-of-file and returns the count. */
    static long drain(Proc proc, org.ipcconformance.spec.spi.Handle h) {
        long n = 0;
        for (byte[] b = proc.pipes().read(h, 65536); b.length > 0; b = proc.pipes().read(h, 65536)) {
            n += b.length;
        }
        return n;
    }
}
