package org.ipcconformance.adapter.simulator.kernel.mq;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ipcconformance.adapter.simulator.kernel.ModelProcess;
import org.ipcconformance.spec.spi.ipc.Message;

/**
 * One queue of either family: its messages in arrival order, its limits, and whether it has been
 * destroyed. Guarded by the kernel's lock. It belongs to the kernel, not to a process: no process's
 * end touches it (except under the planted fault that forgets a queue on its last close).
 */
final class ModelQueue {
    final String label;
    /** POSIX: the name it was created under (mq_unlink removes a name, whatever queue it names now); System V: null. */
    String posixName;
    /** System V: msg_qbytes; POSIX: -1. */
    long maxBytes;
    /** POSIX: mq_maxmsg and mq_msgsize; System V: -1 and msgmax. */
    final long maxMessages;
    final long maxMessageSize;
    /** Read freely; changed only through {@link #add}, {@link #remove} and {@link #clear}, which keep the byte count. */
    final List<Message> messages = new ArrayList<>();
    private long bytes;
    /** Processes asleep in a receive on this queue (mq-send-waits-for-reader looks for one). */
    int waitingReceivers;
    /** System V: removed by IPC_RMID; POSIX: destroyed (unlinked and last descriptor closed). */
    boolean destroyed;
    /** mq-forgets-on-last-close: the processes using the queue now (POSIX: open descriptors, System V: users). */
    final Set<ModelProcess> users = new HashSet<>();
    int openDescriptors;
    /** The creator's user: with mode 0600 only it (and a process that overrides permissions) may use the queue. */
    int ownerUid;

    ModelQueue(String label, long maxBytes, long maxMessages, long maxMessageSize) {
        this.label = label;
        this.maxBytes = maxBytes;
        this.maxMessages = maxMessages;
        this.maxMessageSize = maxMessageSize;
    }

    long bytes() {
        return bytes;
    }

    void add(Message m) {
        messages.add(m);
        bytes += m.body().length;
    }

    Message remove(int index) {
        Message m = messages.remove(index);
        bytes -= m.body().length;
        return m;
    }

    void clear() {
        messages.clear();
        bytes = 0;
    }
}
