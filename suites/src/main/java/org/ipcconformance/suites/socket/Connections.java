package org.ipcconformance.suites.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.Protocols;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketType;

/** Setting up sockets the way every socket spec does: loopback and port 0, or a path in the sandbox directory. */
public final class Connections {
    private Connections() {
    }

    /** A connected stream: the server's end (self, accepted) and the client's end (in {@code client}). */
    public record Stream(Handle server, Proc client, Handle clientEnd, SocketAddress serverAddress) {
    }

    /** 127.0.0.1 port 0 for INET, {@code name} in the sandbox's private directory for UNIX. */
    static SocketAddress address(Sandbox box, Domain domain, String name) {
        return domain == Domain.UNIX ? SocketAddress.unix(box.directory().resolve(name)) : SocketAddress.loopback(0);
    }

    /**
     * Self listens and {@code client} connects; self accepts. A connect completes from the listen
     * backlog, before the accept, so one process at a time suffices.
     */
    public static Stream connect(Sandbox box, Domain domain, Proc client) {
        Proc self = box.self();
        Handle listener = self.sockets().socket(domain, SocketType.STREAM, Protocols.DEFAULT);
        SocketAddress bound = self.sockets().bind(listener, address(box, domain, "stream-server"));
        self.sockets().listen(listener, 4);
        Handle clientEnd = client.sockets().socket(domain, SocketType.STREAM, Protocols.DEFAULT);
        client.sockets().connect(clientEnd, bound);
        Handle server = self.sockets().accept(listener);
        self.sockets().close(listener);
        return new Stream(server, client, clientEnd, bound);
    }

    /** Receives until {@code length} bytes have come; returns them and counts the receives in {@code receives[0]}. */
    static byte[] receiveFully(Proc proc, Handle socket, int length, int[] receives) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        while (out.size() < length) {
            byte[] chunk = proc.sockets().receive(socket, 65536);
            receives[0]++;
            assertThat(chunk).as("receive on %s ended the stream after %d of %d bytes", socket, out.size(), length)
                    .isNotEmpty();
            out.writeBytes(chunk);
        }
        return out.toByteArray();
    }
}
