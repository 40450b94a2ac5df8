package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.socket.Datagram;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SocketTest extends SandboxTest {

    @Test
    void aSocketIsADescriptorAChildInheritsAndTheSandboxCloses() {
        Handle receiver = self.sockets().socket(Domain.INET, SocketType.DATAGRAM, 0);
        SocketAddress at = self.sockets().bind(receiver, SocketAddress.loopback(0));
        Proc child = self.spawnChild(ChildOptions.inheriting(receiver));
        Handle sender = child.sockets().socket(Domain.INET, SocketType.DATAGRAM, 0);
        SocketAddress from = child.sockets().bind(sender, SocketAddress.loopback(0));
        child.sockets().sendTo(sender, bytes("to the inherited socket"), at);
        Datagram d = child.sockets().receiveFrom(receiver, 64);
        assertThat(d.data()).isEqualTo(bytes("to the inherited socket"));
        assertThat(d.from()).isEqualTo(from);
        assertThat(d.truncated()).isFalse();
        box.close();
        // Closed with the sandbox (self's copy) and with the child (its copy): the port is free again.
        assertThat(udpPortsBound()).doesNotContain(String.format("0100007F:%04X", at.port()));
    }

    @Test
    void closeInSelfAndThenInTheAgentFreesTheInheritedPort() {
        Handle s = self.sockets().socket(Domain.INET, SocketType.DATAGRAM, 0);
        String port = String.format("0100007F:%04X", self.sockets().bind(s, SocketAddress.loopback(0)).port());
        Proc child = self.spawnChild(ChildOptions.inheriting(s));
        self.sockets().close(s);
        assertThat(udpPortsBound()).as("the child still holds a copy").contains(port);
        child.sockets().close(s);
        assertThat(udpPortsBound()).as("after the last copy closed").doesNotContain(port);
    }

    @Test
    void anUnprivilegedChildRunsAsNobodyWithoutCapabilities() throws Exception {
        Assumptions.assumeTrue(self.sockets().privileged(), "the tests run without root: no privilege to drop");
        Proc nobody = self.spawnChild(ChildOptions.inheriting().withoutPrivileges());
        String status = Files.readString(Path.of("/proc", String.valueOf(nobody.pid()), "status"));
        assertThat(status).containsPattern("Uid:\\s+65534\\s+65534\\s+65534\\s+65534").contains("CapEff:\t0000000000000000");
        assertThat(nobody.sockets().privileged()).isFalse();
    }

    @Test
    void aUnixAddressRoundTripsThroughTheAgent() {
        Path path = box.directory().resolve("a.sock");
        Proc child = self.spawnUnrelated();
        Handle s = child.sockets().socket(Domain.UNIX, SocketType.DATAGRAM, 0);
        assertThat(child.sockets().bind(s, SocketAddress.unix(path))).isEqualTo(SocketAddress.unix(path));
        Handle t = self.sockets().socket(Domain.UNIX, SocketType.DATAGRAM, 0);
        self.sockets().sendTo(t, bytes("unnamed sender"), SocketAddress.unix(path));
        Datagram d = child.sockets().receiveFrom(s, 4);
        assertThat(d.data()).isEqualTo(bytes("unna"));
        assertThat(d.truncated()).isTrue();
        assertThat(d.from()).as("an unbound AF_UNIX sender has no address").isNull();
    }

    @Test
    void aPathTooLongForSunPathIsRefusedWithAClearMessage() {
        Handle s = self.sockets().socket(Domain.UNIX, SocketType.STREAM, 0);
        Path long_ = box.directory().resolve("x".repeat(120));
        try {
            self.sockets().bind(s, SocketAddress.unix(long_));
        } catch (IpcException e) {
            assertThat(e.error()).isEqualTo(IpcError.INVALID_ARGUMENT);
            assertThat(e.rawCode()).contains("sun_path");
            return;
        }
        throw new AssertionError("a 120-byte name was bound");
    }

    /** The local addresses of UDP sockets in /proc/net/udp (hex), to see that nothing stays bound. */
    private static String udpPortsBound() {
        try {
            return Files.readString(Path.of("/proc/net/udp"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
