package org.ipcconformance.spec.spi.socket;

import org.apiguardian.api.API;

/**
 * What one recvfrom returned.
 *
 * @param data      the bytes received (for a raw socket, from the IP header on)
 * @param from      the sender's address, null when the system gives none (an unbound AF_UNIX sender)
 * @param truncated the message was longer than the buffer and its rest was discarded (MSG_TRUNC)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Datagram(byte[] data, SocketAddress from, boolean truncated) {
}
