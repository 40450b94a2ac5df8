package org.ipcconformance.suites.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;

import java.nio.file.Path;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.Protocols;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketType;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §7: an AF_UNIX socket's address is a file name; binding makes a node of type socket. */
class UnixAddressSpec {

    @Property("SOCK-UNIX-FILESYSTEM-ADDRESS")
    @Requires({Feature.UNIX_STREAM_SOCKETS, Feature.MULTI_PROCESS, Feature.FILES})
    void bindingMakesASocketNodeThatAnUnrelatedPeerConnectsBy(Sandbox box, Evidence evidence) {
        SocketCalls me = box.self().sockets();
        Path path = box.directory().resolve("server.sock");
        Handle listener = me.socket(Domain.UNIX, SocketType.STREAM, Protocols.DEFAULT);
        me.bind(listener, SocketAddress.unix(path));
        me.listen(listener, 4);

        FileStat stat = box.self().files().stat(path);
        evidence.record("stat", stat);
        assertThat(stat.type()).as("file type of the bound path %s", path).isEqualTo(FileType.SOCKET);
        assertThat(box.self().files().list(box.directory())).as("listing of the sandbox directory").contains("server.sock");

        // The peer shares nothing with the server but the name.
        Proc peer = box.self().spawnUnrelated();
        assertThat(peer.files().stat(path).type()).as("file type of %s seen by %s", path, peer.name()).isEqualTo(FileType.SOCKET);
        Handle client = peer.sockets().socket(Domain.UNIX, SocketType.STREAM, Protocols.DEFAULT);
        peer.sockets().connect(client, SocketAddress.unix(path));
        Handle server = me.accept(listener);
        peer.sockets().send(client, bytes("ping"));
        assertThat(Connections.receiveFully(box.self(), server, 4, new int[1])).asString().isEqualTo("ping");
        me.send(server, bytes("pong"));
        assertThat(Connections.receiveFully(peer, client, 4, new int[1])).asString().isEqualTo("pong");

        Handle second = me.socket(Domain.UNIX, SocketType.STREAM, Protocols.DEFAULT);
        evidence.record("second bind", Errors.assertFailsWith(IpcError.ADDRESS_IN_USE, "a second bind to " + path,
                () -> me.bind(second, SocketAddress.unix(path))).rawCode());
        box.self().files().unlink(path);
        assertThat(box.self().files().list(box.directory())).as("listing after unlink").doesNotContain("server.sock");
    }

    @Property("SOCK-UNIX-FILESYSTEM-ADDRESS")
    @Requires({Feature.UNIX_STREAM_SOCKETS, Feature.FILES})
    void theNodeOutlivesTheSocketUntilItIsUnlinked(Sandbox box, Evidence evidence) {
        SocketCalls me = box.self().sockets();
        Path path = box.directory().resolve("closed.sock");
        Handle client = me.socket(Domain.UNIX, SocketType.STREAM, Protocols.DEFAULT);
        evidence.record("connect before bind", Errors.assertFailsWith(IpcError.NO_SUCH_FILE,
                "connect to " + path + " before anything is bound there",
                () -> me.connect(client, SocketAddress.unix(path))).rawCode());

        Handle listener = me.socket(Domain.UNIX, SocketType.STREAM, Protocols.DEFAULT);
        me.bind(listener, SocketAddress.unix(path));
        me.listen(listener, 4);
        box.self().sockets().close(listener);
        assertThat(box.self().files().stat(path).type()).as("type of %s after its socket closed", path).isEqualTo(FileType.SOCKET);
        Handle late = me.socket(Domain.UNIX, SocketType.STREAM, Protocols.DEFAULT);
        evidence.record("connect after close", Errors.assertFailsWith(IpcError.CONNECTION_REFUSED,
                "connect to " + path + " whose socket is closed", () -> me.connect(late, SocketAddress.unix(path))).rawCode());

        box.self().files().unlink(path);
        Errors.assertFailsWith(IpcError.NO_SUCH_FILE, "stat of " + path + " after unlink", () -> box.self().files().stat(path));
        assertThat(box.self().files().list(box.directory())).as("listing after unlink").doesNotContain("closed.sock");
    }

    @Property("SOCK-UNIX-FILESYSTEM-ADDRESS")
    @Requires({Feature.UNIX_DATAGRAM_SOCKETS, Feature.MULTI_PROCESS, Feature.FILES})
    void aDatagramIsAddressedByThePathOfItsReceiver(Sandbox box, Evidence evidence) {
        SocketCalls me = box.self().sockets();
        Path path = box.directory().resolve("inbox.sock");
        Handle inbox = me.socket(Domain.UNIX, SocketType.DATAGRAM, Protocols.DEFAULT);
        me.bind(inbox, SocketAddress.unix(path));
        assertThat(box.self().files().stat(path).type()).as("file type of the bound path %s", path).isEqualTo(FileType.SOCKET);

        Proc peer = box.self().spawnUnrelated();
        Handle out = peer.sockets().socket(Domain.UNIX, SocketType.DATAGRAM, Protocols.DEFAULT);
        peer.sockets().sendTo(out, bytes("by name"), SocketAddress.unix(path));
        assertThat(me.receiveFrom(inbox, 64).data()).asString().isEqualTo("by name");
        box.self().sockets().close(inbox);
        box.self().files().unlink(path);
        evidence.record("after unlink", box.self().files().list(box.directory()));
        assertThat(box.self().files().list(box.directory())).as("listing after unlink").doesNotContain("inbox.sock");
    }
}
