/**
 * The primitives done with the JDK's own types, shared by the harness JVM and the child agent so
 * that both do exactly the same call. JDK-only: the child agent loads these classes.
 */
package org.ipcconformance.adapter.jdk.io;
