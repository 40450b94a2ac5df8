package org.ipcconformance.spec.spi.socket;

import org.apiguardian.api.API;

/**
 * What a receiver saw of a patterned stream ({@link SocketCalls#receivePattern}).
 *
 * @param received       bytes received before end-of-stream or the expected total
 * @param firstMismatch  offset of the first byte that differs from the pattern, -1 when none does
 * @param reads          how many recv calls it took (more than the sender's sends: boundaries are not kept)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record PatternCheck(long received, long firstMismatch, long reads) {
}
