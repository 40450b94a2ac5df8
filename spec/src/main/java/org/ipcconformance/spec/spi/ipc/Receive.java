package org.ipcconformance.spec.spi.ipc;

import org.apiguardian.api.API;

/**
 * How to receive one message.
 *
 * @param maxSize     the receive buffer's size (msgsz; POSIX: must be at least mq_msgsize)
 * @param type        System V msgtyp: 0 the first message, &gt; 0 the first of that type,
 *                    &lt; 0 the first of the lowest type up to |type|; ignored by POSIX
 * @param except      System V MSG_EXCEPT: the first message whose type is not {@code type}
 * @param nonBlocking IPC_NOWAIT / O_NONBLOCK: fail with NO_MESSAGE (SysV) or WOULD_BLOCK (POSIX)
 *                    instead of waiting
 * @param truncate    System V MSG_NOERROR: cut a longer message instead of failing with E2BIG
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Receive(int maxSize, long type, boolean except, boolean nonBlocking, boolean truncate) {

    /** The first message, waiting for one. */
    public static Receive next(int maxSize) {
        return new Receive(maxSize, 0, false, false, false);
    }

    public Receive ofType(long msgtyp) {
        return new Receive(maxSize, msgtyp, false, nonBlocking, truncate);
    }

    public Receive except(long msgtyp) {
        return new Receive(maxSize, msgtyp, true, nonBlocking, truncate);
    }

    public Receive noWait() {
        return new Receive(maxSize, type, except, true, truncate);
    }

    public Receive truncating() {
        return new Receive(maxSize, type, except, nonBlocking, true);
    }
}
