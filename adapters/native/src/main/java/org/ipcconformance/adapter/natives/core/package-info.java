/**
 * What every part of the native adapter shares and depends on, and nothing else: a process's
 * name and descriptor table ({@link org.ipcconformance.adapter.natives.core.NativeProc}), the
 * sandbox's scope and numbers. The mechanism packages depend on this one; it depends on none of
 * them, so the packages form no cycle.
 */
package org.ipcconformance.adapter.natives.core;
