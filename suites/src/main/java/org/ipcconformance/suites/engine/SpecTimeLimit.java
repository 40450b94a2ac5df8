package org.ipcconformance.suites.engine;

import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ipcconformance.spec.run.ReportKeys;
import org.ipcconformance.spec.run.SpecTimeoutException;
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
        } catch (ExecutionException e) {
            throw AwaitedEventMissing.judged(e.getCause());
        } catch (TimeoutException e) {
            throw new SpecTimeoutException(spec.title() + " on " + spec.adapterId() + ": no verdict within the " + seconds
                    + " s time limit; the spec was abandoned and its sandbox closed (blocked in: "
                    + describe(runner.getStackTrace()) + ")");
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
