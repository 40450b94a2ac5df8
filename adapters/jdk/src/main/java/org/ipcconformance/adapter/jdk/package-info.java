/**
 * The jdk adapter: certifies what the JDK's own APIs can do for IPC.
 *
 * <p>Self is the harness JVM: {@code java.nio.channels.Pipe} for pipes, {@code java.nio.file}
 * and {@code FileChannel} for names and opens, direct ByteBuffers for its memory. Other processes
 * are child JVMs running {@link org.ipcconformance.adapter.jdk.child.ChildAgent}, driven over a
 * UNIX-domain socket so that their standard streams stay free for the specs. What the JDK cannot
 * express is declared, with its reason, in {@link org.ipcconformance.adapter.jdk.core.JdkFeatures}.
 *
 * <p>The other mechanisms, each in its own package: {@code signal} (sun.misc.Signal handlers in a
 * child that log each delivery to a file the harness reads from outside; SIGTERM and SIGKILL
 * through ProcessHandle; the harness itself is never signalled and installs no handler),
 * {@code shm} (POSIX shared memory as the /dev/shm file that shm_open would open, mapped with
 * FileChannel.map, in the run's ledger before it exists), {@code socket} (SocketChannel,
 * ServerSocketChannel and DatagramChannel for AF_INET, and AF_UNIX streams). Message queues,
 * semaphores, System V objects, signal masks, real-time signals, terminals and raw sockets have
 * no JDK API and are declared missing in {@link org.ipcconformance.adapter.jdk.core.JdkFeatures}.
 *
 * <p>Tuning (system properties of the harness JVM): {@code ipc.jdk.spares=<plain>,<piped>} how
 * many child JVMs to keep booted ahead (2,1; 0,0 starts each on demand);
 * {@code ipc.jdk.child.options} replaces the child JVM's options.
 *
 * <p>One trap shaped the design: while {@code ProcessBuilder.start()} runs, the JDK's spawn
 * helper holds a copy of every descriptor of the harness (the JDK's pipes are not close-on-exec;
 * the helper closes them just before exec). A child started in the background could therefore
 * keep a pipe end open that a spec has just closed, and EOF or EPIPE would come late. So child
 * processes are only ever started on the spec's own thread, inside its request; a spare only
 * boots in the background. Any other code in the harness JVM that spawns processes while a jdk
 * spec runs must close inherited descriptors in its children for the same reason.
 */
package org.ipcconformance.adapter.jdk;
