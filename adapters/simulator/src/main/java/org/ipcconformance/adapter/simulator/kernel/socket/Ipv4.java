package org.ipcconformance.adapter.simulator.kernel.socket;

import java.nio.ByteBuffer;

/**
 * The model's wire formats: IPv4 (RFC 791), ICMP echo (RFC 792), UDP (RFC 768) and TCP (RFC 793)
 * headers with their Internet checksums, for what raw sockets see.
 */
public final class Ipv4 {
    public static final int HEADER = 20;
    public static final int ICMP = 1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int RAW = 255;
    static final byte[] LOOPBACK = {127, 0, 0, 1};
    private static final int TTL = 64;

    private Ipv4() {
    }

    /** RFC 1071 checksum over {@code b[offset, offset+length)}. */
    public static int checksum(byte[] b, int offset, int length) {
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

    /** A packet from and to 127.0.0.1: an IPv4 header the kernel makes, then {@code body}. */
    static byte[] packet(int id, int protocol, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(HEADER + body.length);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (HEADER + body.length)).putShort((short) id)
                .putShort((short) 0x4000).put((byte) TTL).put((byte) protocol).putShort((short) 0)
                .put(LOOPBACK).put(LOOPBACK).put(body);
        byte[] p = b.array();
        fillHeaderChecksum(p);
        return p;
    }

    /**
     * What IP_HDRINCL sends (raw(7)): the caller's header as built, with the checksum and the total
     * length always filled in, and the ID and source address when they are 0.
     */
    static byte[] completeHeader(byte[] built, int id) {
        byte[] p = built.clone();
        p[2] = (byte) (p.length >> 8);
        p[3] = (byte) p.length;
        if (p[4] == 0 && p[5] == 0) {
            p[4] = (byte) (id >> 8);
            p[5] = (byte) id;
        }
        if (p[12] == 0 && p[13] == 0 && p[14] == 0 && p[15] == 0) {
            System.arraycopy(LOOPBACK, 0, p, 12, 4);
        }
        fillHeaderChecksum(p);
        return p;
    }

    private static void fillHeaderChecksum(byte[] p) {
        int ihl = (p[0] & 0x0f) * 4;
        p[10] = 0;
        p[11] = 0;
        int sum = checksum(p, 0, ihl);
        p[10] = (byte) (sum >> 8);
        p[11] = (byte) sum;
    }

    /** The echo reply to an ICMP echo request, or null when {@code icmp} is no valid echo request. */
    static byte[] echoReply(byte[] icmp) {
        if (icmp.length < 8 || icmp[0] != 8 || checksum(icmp, 0, icmp.length) != 0) {
            return null; // not a request, or a bad checksum: the receiving host drops it
        }
        byte[] reply = icmp.clone();
        reply[0] = 0;
        reply[2] = 0;
        reply[3] = 0;
        int sum = checksum(reply, 0, reply.length);
        reply[2] = (byte) (sum >> 8);
        reply[3] = (byte) sum;
        return reply;
    }

    /** A UDP header and payload, checksum over the pseudo-header. */
    static byte[] udp(int sourcePort, int destinationPort, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.putShort((short) sourcePort).putShort((short) destinationPort).putShort((short) (8 + payload.length))
                .putShort((short) 0).put(payload);
        byte[] d = b.array();
        int sum = transportChecksum(UDP, d);
        d[6] = (byte) (sum >> 8);
        d[7] = (byte) sum;
        return d;
    }

    /** A TCP segment with PSH|ACK, a 20-byte header and the payload. */
    static byte[] tcp(int sourcePort, int destinationPort, long sequence, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
        b.putShort((short) sourcePort).putShort((short) destinationPort).putInt((int) sequence).putInt(1)
                .put((byte) 0x50).put((byte) 0x18).putShort((short) 65535).putShort((short) 0).putShort((short) 0)
                .put(payload);
        byte[] d = b.array();
        int sum = transportChecksum(TCP, d);
        d[16] = (byte) (sum >> 8);
        d[17] = (byte) sum;
        return d;
    }

    private static int transportChecksum(int protocol, byte[] segment) {
        ByteBuffer pseudo = ByteBuffer.allocate(12 + segment.length);
        pseudo.put(LOOPBACK).put(LOOPBACK).put((byte) 0).put((byte) protocol).putShort((short) segment.length).put(segment);
        return checksum(pseudo.array(), 0, pseudo.capacity());
    }
}
