package org.ipcconformance.adapter.jdk.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A failure as plain data: the exception's class chain (most specific first) and its message.
 * The child agent sends it over the control channel and the harness maps it to an IpcError,
 * so the mapping happens in one place for both.
 */
public record Failure(List<String> classChain, String message) {
    public Failure {
        classChain = List.copyOf(classChain);
    }

    public static Failure of(Throwable t) {
        List<String> chain = new ArrayList<>();
        for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            chain.add(c.getName());
        }
        return new Failure(chain, t.getMessage());
    }

    public boolean is(Class<? extends Throwable> type) {
        return classChain.contains(type.getName());
    }

    public String className() {
        return classChain.isEmpty() ? "?" : classChain.get(0);
    }

    /**
     * The raw code of a report: the exception class and its message; for the adapter's own
     * exceptions (a wrong end, a 0-byte non-blocking call) the message alone says what the JDK did.
     */
    public String raw() {
        if (className().startsWith(Failure.class.getPackageName() + ".") && message != null) {
            return message;
        }
        return message == null || message.isEmpty() ? className() : className() + ": " + message;
    }
}
