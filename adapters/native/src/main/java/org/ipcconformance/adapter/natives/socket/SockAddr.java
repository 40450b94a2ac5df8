package org.ipcconformance.adapter.natives.socket;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.SocketAddress;

/**
 * struct sockaddr_in and sockaddr_un as bytes: sa_family in host order, the port and address
 * in network order (ip(7)), a path NUL-terminated in sun_path (unix(7)).
 */
final class SockAddr {
    static final int IN_SIZE = 16;
    static final int UN_SIZE = 110;
    /** sun_path holds 108 bytes with the NUL. */
    private static final int SUN_PATH = 108;
    static final int STORAGE = 128;

    private SockAddr() {
    }

    static byte[] encode(SocketAddress address, String operation) {
        ByteBuffer b;
        if (address.domain() == Domain.UNIX) {
            byte[] path = address.path().toString().getBytes(StandardCharsets.UTF_8);
            if (path.length >= SUN_PATH) {
                throw new IpcException(IpcError.INVALID_ARGUMENT, operation,
                        "the path has " + path.length + " bytes; sun_path takes at most " + (SUN_PATH - 1) + " (ENAMETOOLONG)");
            }
            b = ByteBuffer.allocate(2 + path.length + 1);
            b.order(ByteOrder.nativeOrder()).putShort((short) SocketNumbers.AF_UNIX);
            b.put(path).put((byte) 0);
            return b.array();
        }
        if (address.domain() != Domain.INET) {
            throw new IpcException(IpcError.ADDRESS_FAMILY_NOT_SUPPORTED, operation,
                    "the native adapter addresses AF_INET and AF_UNIX only, not " + address.domain());
        }
        b = ByteBuffer.allocate(IN_SIZE);
        b.order(ByteOrder.nativeOrder()).putShort((short) SocketNumbers.AF_INET);
        b.order(ByteOrder.BIG_ENDIAN).putShort((short) address.port());
        for (String part : address.host().split("\\.")) {
            b.put((byte) Integer.parseInt(part));
        }
        return b.array();
    }

    /** The address in {@code raw[0..length)}; null for an unnamed AF_UNIX socket or no address at all. */
    static SocketAddress decode(byte[] raw, int length) {
        if (length < 2) {
            return null;
        }
        int family = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder()).getShort(0) & 0xffff;
        if (family == SocketNumbers.AF_UNIX) {
            int end = 2;
            while (end < length && raw[end] != 0) {
                end++;
            }
            return end == 2 ? null : SocketAddress.unix(Path.of(new String(raw, 2, end - 2, StandardCharsets.UTF_8)));
        }
        if (family == SocketNumbers.AF_INET && length >= 8) {
            int port = ((raw[2] & 0xff) << 8) | (raw[3] & 0xff);
            String host = (raw[4] & 0xff) + "." + (raw[5] & 0xff) + "." + (raw[6] & 0xff) + "." + (raw[7] & 0xff);
            return new SocketAddress(Domain.INET, host, port, null);
        }
        return null;
    }
}
