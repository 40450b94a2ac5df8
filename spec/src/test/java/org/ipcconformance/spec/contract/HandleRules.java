package org.ipcconformance.spec.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.spec.contract.Contract.bytes;
import static org.ipcconformance.spec.contract.Contract.check;
import static org.ipcconformance.spec.contract.Contract.completed;
import static org.ipcconformance.spec.contract.Contract.notChecked;
import static org.ipcconformance.spec.contract.Contract.requires;
import static org.ipcconformance.spec.contract.Contract.text;
import static org.ipcconformance.spec.contract.Contract.within;

import java.nio.file.Path;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.SharedMemoryCalls;
import org.ipcconformance.spec.spi.SocketCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.spec.spi.socket.Domain;
import org.ipcconformance.spec.spi.socket.SocketAddress;
import org.ipcconformance.spec.spi.socket.SocketType;
import org.junit.jupiter.api.Test;

/**
 * A handle names the same object in every process that holds it: an inherited pipe end is the
 * parent's pipe in the child, and a named object (a FIFO, a shared memory segment, a socket
 * path) is one object for every process that opens it.
 */
public interface HandleRules extends ContractFixture {

    @Test
    default void anInheritedHandleNamesTheSamePipeInChildAndParent() {
        requires(this, "an inherited handle is the same pipe", Feature.PIPES, Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE);
        Proc self = sandbox().self();
        Pipe down = self.pipes().pipe();
        Pipe up = self.pipes().pipe();
        Proc child = within(this, "spawnChild", check("SpawnCalls.spawnChild with inherited handles"),
                () -> self.spawnChild(ChildOptions.inheriting(down.readEnd(), up.writeEnd())));
        String check = check("that an inherited Handle resolves, in the child, to the child's copy of the parent's descriptor");

        self.pipes().write(down.writeEnd(), bytes("down"));
        assertThat(text(within(this, "the child's read of an inherited read end", check,
                () -> child.pipes().read(down.readEnd(), 16)))).as("what the child read from the parent's pipe; %s", check)
                .isEqualTo("down");
        within(this, "the child's write to an inherited write end", check, () -> child.pipes().write(up.writeEnd(), bytes("up")));
        assertThat(text(within(this, "the parent's read of what the child wrote", check,
                () -> self.pipes().read(up.readEnd(), 16)))).as("what the parent read from the child's end; %s", check)
                .isEqualTo("up");
    }

    @Test
    default void aNamedObjectIsOneObjectInUnrelatedProcesses() {
        requires(this, "a named object is one object in unrelated processes", Feature.MULTI_PROCESS);
        Features f = features();
        Proc self = sandbox().self();
        if (f.has(Feature.FIFO) && f.has(Feature.FILES) && f.has(Feature.PIPES)) {
            Proc other = spawnUnrelated(self);
            assertFifoConnects(other, self, "fifo-up");
            assertFifoConnects(self, other, "fifo-down");
        } else if (f.has(Feature.POSIX_SHARED_MEMORY) || f.has(Feature.SYSV_SHARED_MEMORY)) {
            IpcFamily family = f.has(Feature.POSIX_SHARED_MEMORY) ? IpcFamily.POSIX : IpcFamily.SYSTEM_V;
            assertSharedMemoryIsShared(self, spawnUnrelated(self), family);
        } else if (f.has(Feature.UNIX_STREAM_SOCKETS)) {
            assertUnixSocketConnects(self, spawnUnrelated(self));
        } else {
            notChecked("a named object is one object in unrelated processes", "the adapter has none of the named objects the"
                    + " contract knows: FIFO (with FILES and PIPES), POSIX or System V shared memory, AF_UNIX stream sockets");
        }
    }

    private Proc spawnUnrelated(Proc self) {
        return within(this, "spawnUnrelated", check("SpawnCalls.spawnUnrelated"), self::spawnUnrelated);
    }

    /** {@code writer} and {@code reader} each open one FIFO by its path; what one writes the other reads. */
    private void assertFifoConnects(Proc writer, Proc reader, String name) {
        Path path = sandbox().directory().resolve(name);
        String check = check("that FileCalls.open of a FIFO's path reaches the one FIFO that mkfifo made, in every process");
        sandbox().self().fifos().mkfifo(path);
        // Opening a FIFO blocks until the other end is opened: the writer's open waits aside.
        Pending<Handle> writeEnd = writer.async("open " + name + " for writing", p -> p.files().open(path, OpenMode.WRITE, false));
        Handle readEnd = within(this, "open of a FIFO for reading", check, () -> reader.files().open(path, OpenMode.READ, false));
        Handle written = completed(this, writeEnd, check);
        within(this, "a write to a FIFO", check, () -> writer.pipes().write(written, bytes(name)));
        assertThat(text(within(this, "a read of a FIFO", check, () -> reader.pipes().read(readEnd, 64))))
                .as("what %s read from the FIFO %s wrote to; %s", reader, writer, check).isEqualTo(name);
    }

    /** Both map one segment by its name; what each stores the other loads. */
    private void assertSharedMemoryIsShared(Proc self, Proc other, IpcFamily family) {
        String check = check("that SharedMemoryCalls.open by name reaches the segment create made, in every process");
        SharedMemoryCalls mine = self.sharedMemory(family);
        Mapping here = mine.attach(mine.create("contract", 64));
        Mapping there = within(this, "open and attach of a segment by name", check, () -> {
            SharedMemoryCalls theirs = other.sharedMemory(family);
            return theirs.attach(theirs.open("contract"));
        });
        within(this, "a store into a shared segment", check, () -> other.sharedMemory(family).store(there, 0, bytes("there")));
        assertThat(text(mine.load(here, 0, 5))).as("what self loads where %s stored; %s", other, check).isEqualTo("there");
        mine.store(here, 8, bytes("here"));
        assertThat(text(within(this, "a load from a shared segment", check, () -> other.sharedMemory(family).load(there, 8, 4))))
                .as("what %s loads where self stored; %s", other, check).isEqualTo("here");
    }

    /** One connects to the path the other listens on; what each sends the other receives. */
    private void assertUnixSocketConnects(Proc self, Proc other) {
        String check = check("that SocketCalls.connect to an AF_UNIX path reaches the socket bound to it, from every process");
        SocketAddress address = SocketAddress.unix(sandbox().directory().resolve("contract.sock"));
        SocketCalls mine = self.sockets();
        Handle listener = mine.socket(Domain.UNIX, SocketType.STREAM, 0);
        mine.bind(listener, address);
        mine.listen(listener, 1);
        Handle client = within(this, "connect to an AF_UNIX path", check, () -> {
            Handle s = other.sockets().socket(Domain.UNIX, SocketType.STREAM, 0);
            other.sockets().connect(s, address);
            return s;
        });
        Handle accepted = within(this, "accept of a connection", check, () -> mine.accept(listener));
        within(this, "a send on a connected socket", check, () -> other.sockets().send(client, bytes("there")));
        assertThat(text(within(this, "a receive", check, () -> mine.receive(accepted, 16))))
                .as("what self received from %s; %s", other, check).isEqualTo("there");
        mine.send(accepted, bytes("here"));
        assertThat(text(within(this, "a receive", check, () -> other.sockets().receive(client, 16))))
                .as("what %s received from self; %s", other, check).isEqualTo("here");
    }
}
