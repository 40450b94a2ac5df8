package org.ipcconformance.suites.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.Protocols;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketOption;
import org.ipcconformance.spec.spi.socket.SocketType;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/**
 * Seed §7: UDP may lose, duplicate or reorder datagrams. Informational (MAY): a burst into a small
 * receive buffer is measured and shown. Only what no datagram service may do is asserted: deliver
 * a datagram that was never sent, or more distinct datagrams than were sent.
 */
class DatagramUnreliableSpec {
    private static final int BURST = 2000;
    private static final int SIZE = 256;
    private static final int SMALL_BUFFER = 4096;

    @Property("SOCK-DGRAM-UNRELIABLE")
    @Requires({Feature.INET_DATAGRAM_SOCKETS, Feature.MULTI_PROCESS})
    void aBurstIntoASmallBufferIsMeasured(Sandbox box, Evidence evidence) {
        SocketCalls me = box.self().sockets();
        Handle receiver = me.socket(Domain.INET, SocketType.DATAGRAM, Protocols.DEFAULT);
        me.setOption(receiver, SocketOption.SO_RCVBUF, SMALL_BUFFER);
        SocketAddress to = me.bind(receiver, SocketAddress.loopback(0));
        evidence.record("receive buffer", me.getOption(receiver, SocketOption.SO_RCVBUF) + " bytes (asked " + SMALL_BUFFER + ")");

        Proc peer = box.self().spawnUnrelated();
        Handle sender = peer.sockets().socket(Domain.INET, SocketType.DATAGRAM, Protocols.DEFAULT);
        int sent = peer.sockets().sendNumbered(sender, to, BURST, SIZE);
        List<Long> received = me.receiveNumbered(receiver);

        BitSet distinct = new BitSet(BURST);
        long duplicated = 0;
        long reordered = 0;
        long highest = -1;
        for (long n : received) {
            assertThat(n).as("sequence number of a received datagram (the burst numbered 0 to %d)", BURST - 1)
                    .isBetween(0L, (long) BURST - 1);
            if (distinct.get((int) n)) {
                duplicated++;
            }
            distinct.set((int) n);
            if (n < highest) {
                reordered++;
            }
            highest = Math.max(highest, n);
        }
        long lost = sent - distinct.cardinality();
        evidence.record("sent", sent + " of " + BURST + " datagrams of " + SIZE + " bytes");
        evidence.record("received", received.size());
        evidence.record("lost", lost);
        evidence.record("duplicated", duplicated);
        evidence.record("reordered", reordered);
        assertThat(sent).as("datagrams the sender says it sent").isBetween(1, BURST);
        assertThat(distinct.cardinality()).as("distinct datagrams received, of %d sent", sent).isBetween(1, sent);
    }
}
