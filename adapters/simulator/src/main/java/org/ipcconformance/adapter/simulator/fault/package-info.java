/**
 * The planted faults: named deviations the kernel model switches on where the real behaviour is
 * decided. Each breaks one catalog property; the clean model passes them all.
 */
package org.ipcconformance.adapter.simulator.fault;
