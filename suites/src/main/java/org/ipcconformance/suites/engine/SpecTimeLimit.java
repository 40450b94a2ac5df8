package org.ipcconformance.suites.engine;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ipcconformance.spec.run.ReportKeys;
import org.ipcconformance.spec.run.SpecTimeoutException;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Bounds every spec: the body runs on its own thread, and when the limit passes the invocation
 * ends with a {@link SpecTimeoutException} (TIMEOUT) while the run goes on. The abandoned thread
 * is freed when the sandbox closes and kills what it was waiting on.
 */
final class SpecTimeLimit implements InvocationInterceptor {
    static final long DEFAULT_SECONDS = 30;

    private final SpecInvocation spec;

    SpecTimeLimit(SpecInvocation spec) {
        this.spec = spec;
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext context) throws Throwable {
        long seconds = context.getConfigurationParameter(ReportKeys.TIMEOUT_PARAMETER).map(Long::parseLong).orElse(DEFAULT_SECONDS);
        CompletableFuture<Void> body = new CompletableFuture<>();
        Thread runner = new Thread(() -> {
            try {
                invocation.proceed();
                body.complete(null);
            } catch (Throwable t) {
                body.completeExceptionally(t);
            }
        }, "spec " + spec.title() + " on " + spec.adapterId());
        runner.setDaemon(true);
        runner.start();
        try {
            body.get(seconds, TimeUnit.SECONDS);
            throwIfDeadlocked(context, null);
        } catch (ExecutionException e) {
            throwIfDeadlocked(context, e.getCause());
            throw AwaitedEventMissing.judged(e.getCause());
        } catch (TimeoutException e) {
            throw new SpecTimeoutException(spec.title() + " on " + spec.adapterId() + ": no verdict within the " + seconds
                    + " s time limit; the spec was abandoned and its sandbox closed (blocked in: "
                    + describe(runner.getStackTrace()) + ")");
        }
    }

    /**
     * An adapter that proved the spec can never finish (every process waits, none could wake
     * another) ended it early: the verdict is the TIMEOUT the time limit would have given, with
     * who waits on what, whatever the spec made of the failures the deadlock caused.
     */
    private void throwIfDeadlocked(ExtensionContext context, Throwable failure) {
        Optional<String> deadlock = SandboxProvider.opened(context).flatMap(Sandbox::deadlock);
        if (deadlock.isPresent()) {
            SpecTimeoutException e = new SpecTimeoutException(spec.title() + " on " + spec.adapterId()
                    + ": hangs, ended without waiting for the time limit: " + deadlock.get());
            if (failure != null) {
                e.addSuppressed(failure);
            }
            throw e;
        }
    }

    private static String describe(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith(ReportKeys.SUITES_PACKAGE) && !frame.getClassName().contains(".engine.")) {
                return frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "." + frame.getMethodName()
                        + ":" + frame.getLineNumber();
            }
        }
        return stack.length > 0 ? stack[0].toString() : "unknown";
    }
}
