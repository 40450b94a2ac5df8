package org.ipcconformance.spec.run;

import java.nio.file.Path;

/**
 * What the harness hands an adapter for one sandbox.
 *
 * @param run       the run this sandbox belongs to (its identity goes on every process started)
 * @param directory the sandbox's private scratch directory, already created with mode 0700
 * @param label     the spec it runs, for process names and messages
 */
public record SandboxContext(RunDirectory run, Path directory, String label) {
}
