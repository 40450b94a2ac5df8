package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * A child whose standard input and output are pipes to its parent (what ProcessBuilder gives).
 *
 * @param child       the child process
 * @param toChild     the parent's write end, the child's standard input
 * @param fromChild   the parent's read end, the child's standard output
 * @param childStdin  the child's standard input (fd 0), usable only by the child
 * @param childStdout the child's standard output (fd 1), usable only by the child
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record PipedChild(Proc child, Handle toChild, Handle fromChild, Handle childStdin, Handle childStdout) {
}
