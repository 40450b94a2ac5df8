/**
 * The model kernel of one sandbox: a process table (pids, descriptor tables, memory), open file
 * descriptions with reference counts, pipe objects with a byte-exact 64 KiB buffer, FIFO nodes in
 * a flat in-memory directory, and the system calls on them. One lock guards it all; a blocking
 * call sleeps on the kernel's condition and is BLOCKED in its process's state while it does.
 */
package org.ipcconformance.adapter.simulator.kernel;
