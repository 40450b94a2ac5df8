package org.ipcconformance.adapter.natives.agent;

/** A descriptor of the harness JVM that a new agent gets at a chosen number. */
public record Placement(int parentFd, int childFd) {
}
