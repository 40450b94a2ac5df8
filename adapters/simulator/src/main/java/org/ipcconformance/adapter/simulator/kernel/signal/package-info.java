/**
 * The model's signal state: signal numbers and default actions, each process's dispositions,
 * mask, pending set (standard signals a set, real-time ones a queue with values), delivery log
 * and stop flag, and the model terminal's line discipline. The kernel's SignalSyscalls decide
 * when a signal is generated and delivered, under the kernel's lock.
 */
package org.ipcconformance.adapter.simulator.kernel.signal;
