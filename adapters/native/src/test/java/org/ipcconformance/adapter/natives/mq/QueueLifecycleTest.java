package org.ipcconformance.adapter.natives.mq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import org.ipcconformance.adapter.natives.NativeAdapterProvider;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.Adapter;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Message;
import org.ipcconformance.spec.spi.ipc.QueueLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Queues in the ledger before they exist, removed with the sandbox, and a limit hit reported as such. */
class QueueLifecycleTest {
    private static final int RLIMIT_MSGQUEUE = 12;

    private RunDirectory run;
    private Adapter adapter;
    private Sandbox box;

    @BeforeEach
    void openSandbox(TestInfo test) {
        run = RunDirectory.current();
        adapter = new NativeAdapterProvider().open(run, null);
        box = adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), test.getDisplayName()));
    }

    @AfterEach
    void closeSandbox() {
        box.close();
        adapter.close();
    }

    @Test
    void queuesLeftByTheSpecInAnyProcessAreLedgeredAndGoWithTheSandbox() {
        Proc agent = box.self().spawnUnrelated();
        MessageQueueCalls sysv = agent.messageQueues(IpcFamily.SYSTEM_V);
        MessageQueueCalls posix = box.self().messageQueues(IpcFamily.POSIX);
        Handle a = sysv.create("left", QueueLimits.DEFAULT);
        Handle b = posix.create("left", new QueueLimits(2, 16, 0));
        sysv.send(a, new Message(1, new byte[] {1}), true);
        posix.send(b, new Message(0, new byte[] {2}), true);
        int key = MessageQueueCleaner.parseKey(sysv.nameOf("left").external().substring("key ".length()));
        String name = posix.nameOf("left").external();
        assertThat(KernelObjects.read(run.path())).as("the run's ledger")
                .contains(new KernelObjects.Entry("sysv-msg", MqSandbox.hex(key)), new KernelObjects.Entry("posix-mq", name));
        assertThat(posix.status(b).permissions()).isEqualTo(0600);
        assertThat(sysv.status(a).permissions()).isEqualTo(0600);

        box.close();

        assertThat(QueueRemoval.sysvExists(key)).as("the System V queue after the sandbox closed").isFalse();
        assertThat(MqLibc.mq_open(name, 0, 0, null)).as("mq_open of %s after the sandbox closed", name).isNegative();
    }

    @Test
    void aPosixQueueRefusedByRlimitMsgqueueIsAHarnessErrorNamingTheLimit() {
        try (Memory old = new Memory(16); Memory low = new Memory(16)) {
            assertThat(Rlimit.getrlimit(RLIMIT_MSGQUEUE, old)).isZero();
            low.setLong(0, 1024);
            low.setLong(8, old.getLong(8));
            assertThat(Rlimit.setrlimit(RLIMIT_MSGQUEUE, low)).as("errno %s", Native.getLastError()).isZero();
            try {
                MessageQueueCalls posix = box.self().messageQueues(IpcFamily.POSIX);
                assertThatThrownBy(() -> posix.create("big", new QueueLimits(8, 4096, 0)))
                        .isInstanceOf(HarnessException.class)
                        .hasMessageContaining("RLIMIT_MSGQUEUE").hasMessageContaining("1024");
            } finally {
                Rlimit.setrlimit(RLIMIT_MSGQUEUE, old);
            }
        }
    }

    /** The test's own process limits (getrlimit/setrlimit: struct rlimit is two longs on LP64). */
    static final class Rlimit {
        static {
            Native.register("c");
        }

        static native int getrlimit(int resource, Memory rlim);

        static native int setrlimit(int resource, Memory rlim);
    }
}
