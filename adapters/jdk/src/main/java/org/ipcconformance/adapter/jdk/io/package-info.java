/**
 * The primitives done with the JDK's own types, shared by the harness JVM and the child agent so
 * that both do exactly the same call: channel ops, files, sun.misc.Signal dispositions and the
 * delivery log, shared memory mappings, sockets. JDK-only (java.base and jdk.unsupported): the
 * child agent loads these classes.
 */
package org.ipcconformance.adapter.jdk.io;
