package org.ipcconformance.adapter.jdk.io;

/**
 * The JDK has no way to do what was asked (a signal the JVM keeps for itself, a disposition it
 * refuses to change): the harness turns it into NOT_APPLICABLE for {@link #feature()}. The
 * feature travels as the first word of the message, since a child sends only class and message.
 */
public final class NotExpressibleException extends RuntimeException {
    public NotExpressibleException(String feature, String reason) {
        super(feature + " " + reason);
    }

    /** The feature's name, from a message made by this class. */
    public static String feature(String message) {
        int space = message.indexOf(' ');
        return space < 0 ? message : message.substring(0, space);
    }

    /** The reason, from a message made by this class. */
    public static String reason(String message) {
        int space = message.indexOf(' ');
        return space < 0 ? "" : message.substring(space + 1);
    }
}
