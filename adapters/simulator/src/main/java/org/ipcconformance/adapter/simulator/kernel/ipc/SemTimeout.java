package org.ipcconformance.adapter.simulator.kernel.ipc;

import org.ipcconformance.adapter.simulator.kernel.Errno;
import org.ipcconformance.adapter.simulator.kernel.ModelClock;
import org.ipcconformance.spec.spi.ipc.Deadline;

/**
 * The limit of a timed semaphore wait (sem_timedwait, semtimedop), checked each time the wait
 * would sleep: a tv_nsec outside [0, 1e9) only then (POSIX: the timeout need not be checked when
 * the semaphore can be taken at once), and a deadline reached fails with {@code expired}
 * (ETIMEDOUT for sem_timedwait, EAGAIN for semtimedop).
 *
 * @param absolute the deadline on {@code clock}, in nanoseconds
 */
record SemTimeout(Deadline deadline, long absolute, ModelClock clock, Errno expired) {

    /** Throws unless the wait may sleep; {@code atOnce} is the sem-timeout-at-once fault. */
    void beforeSleep(String op, boolean atOnce) {
        if (!deadline.valid()) {
            throw Errno.EINVAL.exception(op + " (tv_nsec " + deadline.nanoseconds() + " is outside [0, 1e9))");
        }
        if (atOnce || clock.now() >= absolute) {
            throw expired.exception(op);
        }
    }
}
