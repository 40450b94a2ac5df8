/** poll(2) readiness ({@code ReadinessCalls}) for the harness JVM (JNA) and the agents (one request each). */
package org.ipcconformance.adapter.natives.poll;
