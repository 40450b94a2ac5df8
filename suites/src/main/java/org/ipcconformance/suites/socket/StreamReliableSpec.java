package org.ipcconformance.suites.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.PatternCheck;
import org.ipcconformance.suites.engine.Bytes;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/**
 * Seed §7: a stream socket is an ordered, reliable, bidirectional byte stream. Each direction
 * carries its own pattern (a different seed), so bytes that cross over or come back are caught too.
 */
class StreamReliableSpec {
    /** Far more than the socket buffers of both ends: the transfer has to flow while the other side reads. */
    private static final long TOTAL = 4L << 20;
    private static final int CHUNK = 65536;
    private static final int SMALL_SENDS = 10;

    /**
     * Both ends send at once: the peer's pattern (seed 1) flows to self while self's (seed 2) fills
     * the buffers towards the peer, which reads it once its own sends are done. Each sender shuts
     * its side down when done, so a receiver short of bytes sees end-of-stream instead of waiting.
     */
    @Property(value = "SOCK-STREAM-RELIABLE", variants = Variants.SOCKET_DOMAIN)
    @Requires(value = {Feature.MULTI_PROCESS}, ofVariant = VariantFeature.STREAM_SOCKETS)
    void carriesALargePatternBothWaysByteForByte(Sandbox box, Evidence evidence, Domain domain) {
        Proc peer = box.self().spawnUnrelated();
        Connections.Stream c = Connections.connect(box, domain, peer);

        Pending<Long> selfSends = box.self().async("send " + TOTAL + " bytes of pattern 2",
                p -> p.sockets().sendPattern(c.server(), TOTAL, 2, CHUNK));
        Pending<PatternCheck> selfReceives = box.self().async("receive pattern 1",
                p -> p.sockets().receivePattern(c.server(), TOTAL, 1));
        long peerSendCalls = peer.sockets().sendPattern(c.clientEnd(), TOTAL, 1, CHUNK);
        peer.sockets().shutdownOutput(c.clientEnd());
        Pending<PatternCheck> peerReceives = peer.async("receive pattern 2",
                p -> p.sockets().receivePattern(c.clientEnd(), TOTAL, 2));
        long selfSendCalls = selfSends.await();
        box.self().sockets().shutdownOutput(c.server());
        PatternCheck toSelf = selfReceives.await();
        PatternCheck toPeer = peerReceives.await();

        evidence.record(domain + " peer to self", toSelf + " after " + peerSendCalls + " sends");
        evidence.record(domain + " self to peer", toPeer + " after " + selfSendCalls + " sends");
        assertThat(toSelf.firstMismatch()).as("first offset where %s's stream differs from the pattern it sent", peer.name())
                .isEqualTo(-1);
        assertThat(toSelf.received()).as("bytes received from %s", peer.name()).isEqualTo(TOTAL);
        assertThat(toPeer.firstMismatch()).as("first offset where self's stream, as %s got it, differs from the pattern",
                peer.name()).isEqualTo(-1);
        assertThat(toPeer.received()).as("bytes received by %s", peer.name()).isEqualTo(TOTAL);

        // Nothing extra follows the pattern: after the sender's shutdown each side reads end-of-stream.
        assertThat(box.self().sockets().receive(c.server(), 16)).as("receive after the peer's shutdown").isEmpty();
        assertThat(peer.sockets().receive(c.clientEnd(), 16)).as("receive in %s after self's shutdown", peer.name()).isEmpty();
    }

    /**
     * Ten sends all return before the peer reads: the bytes come back in fewer receives than
     * sends, in order; and one send is taken apart by receives smaller than it.
     */
    @Property(value = "SOCK-STREAM-RELIABLE", variants = Variants.SOCKET_DOMAIN)
    @Requires(value = {Feature.MULTI_PROCESS}, ofVariant = VariantFeature.STREAM_SOCKETS)
    void keepsNoBoundariesBetweenSends(Sandbox box, Evidence evidence, Domain domain) {
        Proc peer = box.self().spawnUnrelated();
        Connections.Stream c = Connections.connect(box, domain, peer);

        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        for (int i = 0; i < SMALL_SENDS; i++) {
            byte[] piece = Bytes.filled(100, (char) ('a' + i));
            assertThat(box.self().sockets().send(c.server(), piece)).as("send #%d", i + 1).isEqualTo(100);
            sent.writeBytes(piece);
        }
        int[] receives = new int[1];
        byte[] got = Connections.receiveFully(peer, c.clientEnd(), sent.size(), receives);
        evidence.record(domain + " joined", SMALL_SENDS + " sends of 100 bytes came back in " + receives[0] + " receive(s)");
        assertThat(got).as("the bytes of the %d sends, in order", SMALL_SENDS).isEqualTo(sent.toByteArray());
        assertThat(receives[0]).as("receives it took to get %d sends that were all made before the first receive", SMALL_SENDS)
                .isLessThan(SMALL_SENDS);

        peer.sockets().send(c.clientEnd(), Bytes.bytes("0123456789"));
        byte[] head = box.self().sockets().receive(c.server(), 4);
        byte[] tail = Connections.receiveFully(box.self(), c.server(), 6, new int[1]);
        evidence.record(domain + " split", "one send of 10 bytes came back as '" + new String(head) + "' + '" + new String(tail) + "'");
        assertThat(head).as("a receive of at most 4 bytes of a 10-byte send").asString().isEqualTo("0123");
        assertThat(tail).as("the rest of that send, still there for the next receive").asString().isEqualTo("456789");
    }
}
