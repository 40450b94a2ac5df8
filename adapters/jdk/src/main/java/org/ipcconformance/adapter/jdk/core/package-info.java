/**
 * What every other package of the jdk adapter uses, and nothing of theirs: the published
 * {@link org.ipcconformance.adapter.jdk.core.JdkFeatures}, the base of both processes
 * ({@link org.ipcconformance.adapter.jdk.core.JdkProc}), the sandbox's shared state
 * ({@link org.ipcconformance.adapter.jdk.core.SandboxScope}), and the two views of a process that
 * the mechanism packages ({@code signal}, {@code shm}, {@code socket}) work through: a child's
 * {@link org.ipcconformance.adapter.jdk.core.Agent} and self's
 * {@link org.ipcconformance.adapter.jdk.core.SelfEnds}. So the packages import each other one way:
 * root, then {@code self} and {@code process}, then the mechanisms, then {@code error}, {@code core},
 * {@code child} and {@code io}.
 */
package org.ipcconformance.adapter.jdk.core;
