package org.ipcconformance.spec.spi;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/** An operation started with {@link Proc#async}: it may be blocked now and complete later. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Pending<T> {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ipc-pending-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final String description;
    private final CompletableFuture<T> future;
    private final HarnessThreads threads;
    private final Object token;

    private Pending(String description, CompletableFuture<T> future, HarnessThreads threads, Object token) {
        this.description = description;
        this.future = future;
        this.threads = threads;
        this.token = token;
    }

    /** Runs {@code operation} on a thread of its own; {@code threads} hears of it from before it starts until it ends. */
    static <T> Pending<T> start(String description, HarnessThreads threads, Supplier<T> operation) {
        Object token = threads.started(description);
        try {
            return new Pending<>(description, CompletableFuture.supplyAsync(() -> {
                try {
                    return operation.get();
                } finally {
                    threads.finished(token);
                }
            }, EXECUTOR), threads, token);
        } catch (RuntimeException | Error e) {
            threads.finished(token);
            throw e;
        }
    }

    public boolean isDone() {
        return future.isDone();
    }

    /**
     * Waits for the result. There is deliberately no bound here: the spec's time limit bounds it,
     * so an operation that never completes is a TIMEOUT verdict. Rethrows the operation's
     * exception as it was thrown ({@link IpcException} stays one).
     */
    public T await() {
        Object wait = threads.waiting(token);
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw e;
        } finally {
            threads.resumed(wait);
        }
    }

    @Override
    public String toString() {
        return description + (isDone() ? " (done)" : " (pending)");
    }
}
