package org.ipcconformance.adapter.jdk.process;

/** How a child JVM's standard streams are set up when it is started. */
public enum ChildKind {
    /** stdin from /dev/null, stdout discarded: shares nothing with the harness but the control socket. */
    PLAIN,
    /** stdin and stdout are pipes to the harness (ProcessBuilder.Redirect.PIPE). */
    PIPED
}
