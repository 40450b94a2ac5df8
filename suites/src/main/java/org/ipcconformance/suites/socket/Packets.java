package org.ipcconformance.suites.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * IPv4, ICMP, TCP and UDP headers as the wire has them (RFC 791, 792, 793, 768), built and read
 * by the specs themselves so that what a raw socket shows is checked against the standard and
 * not against the adapter's own idea of it.
 */
final class Packets {
    static final int IPV4_HEADER = 20;
    static final int ICMP_ECHO_REPLY = 0;
    static final int ICMP_ECHO_REQUEST = 8;
    /** RFC 3692: protocol numbers 253 and 254 are for experiments; nothing on the host handles 253. */
    static final int EXPERIMENTAL_PROTOCOL = 253;
    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    private Packets() {
    }

    /** What an IPv4 header says, and what follows it. */
    record Ipv4(int version, int headerLength, int totalLength, int id, int ttl, int protocol, String source,
                String destination, boolean checksumValid, byte[] payload) {
        @Override
        public String toString() {
            return "IPv" + version + " header of " + headerLength + " bytes, total " + totalLength + ", id " + id + ", ttl " + ttl
                    + ", protocol " + protocol + ", " + source + " -> " + destination
                    + (checksumValid ? ", checksum valid" : ", checksum INVALID");
        }
    }

    /** The Internet checksum (RFC 1071): one's complement of the one's complement sum of 16-bit words. */
    static int checksum(byte[] b, int offset, int length) {
        long sum = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            sum += ((b[offset + i] & 0xff) << 8) | (b[offset + i + 1] & 0xff);
        }
        if ((length & 1) == 1) {
            sum += (b[offset + length - 1] & 0xff) << 8;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) (~sum & 0xffff);
    }

    /** An ICMP echo request (type 8) with its checksum. */
    static byte[] icmpEchoRequest(int id, int sequence, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length);
        b.put((byte) ICMP_ECHO_REQUEST).put((byte) 0).putShort((short) 0).putShort((short) id).putShort((short) sequence).put(data);
        byte[] packet = b.array();
        int sum = checksum(packet, 0, packet.length);
        packet[2] = (byte) (sum >> 8);
        packet[3] = (byte) sum;
        return packet;
    }

    /**
     * An IPv4 header from 127.0.0.1 to 127.0.0.1 followed by {@code payload}, checksum left 0
     * (with IP_HDRINCL the kernel fills it in; raw(7)).
     */
    static byte[] ipv4Packet(int id, int ttl, int protocol, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(IPV4_HEADER + payload.length);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (IPV4_HEADER + payload.length))
                .putShort((short) id).putShort((short) 0).put((byte) ttl).put((byte) protocol).putShort((short) 0)
                .put(LOOPBACK).put(LOOPBACK).put(payload);
        return b.array();
    }

    /** Reads the IPv4 header at the start of what a raw socket received. */
    static Ipv4 ipv4(byte[] packet) {
        assertThat(packet.length).as("a raw socket's packet starts with an IPv4 header of at least 20 bytes")
                .isGreaterThanOrEqualTo(IPV4_HEADER);
        int version = (packet[0] & 0xff) >> 4;
        int headerLength = (packet[0] & 0x0f) * 4;
        int total = u16(packet, 2);
        int end = Math.max(headerLength, Math.min(packet.length, Math.max(total, headerLength)));
        boolean valid = headerLength >= IPV4_HEADER && headerLength <= packet.length
                && checksum(packet, 0, headerLength) == 0;
        return new Ipv4(version, headerLength, total, u16(packet, 4), packet[8] & 0xff, packet[9] & 0xff,
                address(packet, 12), address(packet, 16), valid,
                headerLength <= packet.length ? Arrays.copyOfRange(packet, headerLength, end) : new byte[0]);
    }

    static int u16(byte[] b, int offset) {
        return ((b[offset] & 0xff) << 8) | (b[offset + 1] & 0xff);
    }

    private static String address(byte[] b, int offset) {
        return (b[offset] & 0xff) + "." + (b[offset + 1] & 0xff) + "." + (b[offset + 2] & 0xff) + "." + (b[offset + 3] & 0xff);
    }

    /** Whether {@code data} ends with {@code tail}. */
    static boolean endsWith(byte[] data, byte[] tail) {
        return data.length >= tail.length
                && Arrays.equals(data, data.length - tail.length, data.length, tail, 0, tail.length);
    }

    static String hex(byte[] b, int max) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(b.length, max); i++) {
            s.append(String.format("%02x", b[i] & 0xff));
            if (i % 4 == 3) {
                s.append(' ');
            }
        }
        return s.toString().strip() + (b.length > max ? " ..." : "");
    }
}
