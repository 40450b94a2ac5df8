package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * What the harness's own threads are doing, told to an adapter that models every process and
 * so can decide liveness itself (the simulator: a deadlock is every thread waiting, none able to
 * wake another). {@link Proc#async} calls it around each pending operation and each wait for one.
 * Adapters of real processes keep {@link #NONE}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public interface HarnessThreads {
    /** Tells nothing to nobody. */
    HarnessThreads NONE = new HarnessThreads() {
        @Override
        public Object started(String operation) {
            return operation;
        }

        @Override
        public void finished(Object operation) {
        }

        @Override
        public Object waiting(Object operation) {
            return operation;
        }

        @Override
        public void resumed(Object wait) {
        }
    };

    /** A thread takes up {@code operation}, before it runs: returns its token. */
    Object started(String operation);

    /** The operation of {@code token} ended (returned or threw). */
    void finished(Object token);

    /** A harness thread now waits for the operation of {@code token} to end: returns the wait's token. */
    Object waiting(Object token);

    /** The wait of {@code wait} is over. */
    void resumed(Object wait);
}
