package org.ipcconformance.adapter.natives.mq;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Native;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.ipcconformance.spec.run.KernelObjects;
import org.ipcconformance.spec.run.LeftoverCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cleaner a sweep calls for a dead run: every queue of its ledger goes, quietly about what is gone. */
class MessageQueueCleanerTest {

    @Test
    void removesTheLedgeredQueuesOfBothFamiliesThroughTheServiceLoader(@TempDir Path root) throws Exception {
        Path run = Files.createDirectory(root.resolve("run-999999-0"));
        int key = ThreadLocalRandom.current().nextInt(1 << 24, Integer.MAX_VALUE);
        String name = KernelObjects.posixPrefix(run) + "s1-jobs";
        Files.writeString(run.resolve("kernel-objects"), "sysv-msg " + MqSandbox.hex(key) + "\nposix-mq " + name
                + "\nposix-mq " + KernelObjects.posixPrefix(run) + "s1-never-created\n");
        assertThat(MqLibc.msgget(key, MqLibc.IPC_CREAT | MqLibc.IPC_EXCL | 0600)).as("errno %s", Native.getLastError()).isNotNegative();
        int mqd = MqLibc.mq_open(name, 02 | 0100 | 0200, 0600, null);
        assertThat(mqd).as("errno %s", Native.getLastError()).isNotNegative();
        MqLibc.mq_close(mqd);

        List<String> removed = LeftoverCleaner.cleanAll(run).removed();

        assertThat(removed).containsExactlyInAnyOrder("System V message queue key " + MqSandbox.hex(key), "POSIX message queue " + name);
        assertThat(QueueRemoval.sysvExists(key)).as("the System V queue after the cleaning").isFalse();
        assertThat(MqLibc.mq_open(name, 0, 0, null)).as("mq_open of the name after the cleaning").isNegative();
        assertThat(LeftoverCleaner.cleanAll(run).removed()).as("a second cleaning finds nothing").isEmpty();
    }

    @Test
    void leavesAloneAKeyThatWasFoundTakenByAnotherQueue(@TempDir Path root) throws Exception {
        Path run = Files.createDirectory(root.resolve("run-999998-0"));
        int key = ThreadLocalRandom.current().nextInt(1 << 24, Integer.MAX_VALUE);
        int id = MqLibc.msgget(key, MqLibc.IPC_CREAT | MqLibc.IPC_EXCL | 0600);
        assertThat(id).as("errno %s", Native.getLastError()).isNotNegative();
        try {
            // As SysvQueues writes it: the candidate before msgget, then "taken" when msgget said EEXIST.
            Files.writeString(run.resolve("kernel-objects"), "sysv-msg " + MqSandbox.hex(key) + "\nsysv-msg-taken " + MqSandbox.hex(key) + "\n");
            assertThat(LeftoverCleaner.cleanAll(run).removed()).isEmpty();
            assertThat(QueueRemoval.sysvExists(key)).as("the other owner's queue after the cleaning").isTrue();
        } finally {
            MqLibc.msgctl(id, MqLibc.IPC_RMID, null);
        }
    }
}
