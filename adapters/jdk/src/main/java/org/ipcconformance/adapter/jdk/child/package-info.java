/**
 * The child JVM's side: {@link org.ipcconformance.adapter.jdk.child.ChildAgent} and the control
 * {@link org.ipcconformance.adapter.jdk.child.Protocol}. JDK-only (with the {@code io} package):
 * a child's class path is this module's classes directory or jar and nothing else.
 */
package org.ipcconformance.adapter.jdk.child;
