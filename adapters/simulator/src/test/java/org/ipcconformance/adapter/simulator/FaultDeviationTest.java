package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcState;
import org.ipcconformance.spec.spi.Region;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.Test;

/** One test per planted fault: the deviation it plants, seen through the SPI. */
class FaultDeviationTest extends ModelTestSupport {

    @Test
    void sharedAddressSpace() {
        try (Sandbox box = sandbox("shared-address-space")) {
            Proc a = box.self().spawnChild(ChildOptions.inheriting());
            Proc b = box.self().spawnUnrelated();
            a.memory().writeGlobal(42);
            assertThat(b.memory().readGlobal()).isEqualTo(42);
            Region r = a.memory().allocate(bytes("private"));
            assertThat(errorOf(() -> b.memory().peek(r))).isEqualTo(IpcError.OTHER); // buffers stay private
        }
    }

    @Test
    void zeroCopyWrite() {
        try (Sandbox box = sandbox("zero-copy-write")) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Region r = self.memory().allocate(bytes("original"));
            self.memory().writeFrom(p.writeEnd(), r);
            self.memory().poke(r, 0, bytes("CHANGED!"));
            assertThat(text(self.pipes().read(p.readEnd(), 8))).isEqualTo("CHANGED!");
        }
    }

    @Test
    void bidirectionalPipe() {
        try (Sandbox box = sandbox("bidirectional-pipe")) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            self.pipes().write(p.readEnd(), bytes("back"));
            assertThat(text(self.pipes().read(p.writeEnd(), 4))).isEqualTo("back");
        }
    }

    @Test
    void noInheritance() {
        try (Sandbox box = sandbox("no-inheritance")) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc child = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
            assertThat(errorOf(() -> child.pipes().write(p.writeEnd(), bytes("x")))).isEqualTo(IpcError.BAD_DESCRIPTOR);
            PipedChild pc = self.spawnPipedChild();
            assertThat(errorOf(() -> pc.child().pipes().read(pc.childStdin(), 1))).isEqualTo(IpcError.BAD_DESCRIPTOR);
            assertThat(errorOf(() -> pc.child().pipes().write(pc.childStdout(), bytes("x")))).isEqualTo(IpcError.BAD_DESCRIPTOR);
            assertThat(errorOf(() -> self.pipes().write(pc.toChild(), bytes("x")))).isEqualTo(IpcError.BROKEN_PIPE);
            assertThat(self.pipes().read(pc.fromChild(), 1)).isEmpty();
        }
    }

    @Test
    void unboundedPipe() {
        try (Sandbox box = sandbox("unbounded-pipe")) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            self.pipes().setNonBlocking(p.writeEnd(), true);
            assertThat(self.pipes().write(p.writeEnd(), new byte[1 << 20])).isEqualTo(1 << 20);
            assertThat(self.pipeCapacity().pipeCapacity(p.writeEnd())).isEqualTo(65536);
        }
    }

    @Test
    void messagePipe() {
        try (Sandbox box = sandbox("message-pipe")) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            self.pipes().write(p.writeEnd(), bytes("ab"));
            self.pipes().write(p.writeEnd(), bytes("cd"));
            assertThat(text(self.pipes().read(p.readEnd(), 4))).isEqualTo("ab");
            assertThat(text(self.pipes().read(p.readEnd(), 4))).isEqualTo("cd");
        }
    }

    @Test
    void reorderingPipe() {
        try (Sandbox box = sandbox("reordering-pipe")) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            byte[] data = pattern(8192);
            self.pipes().write(p.writeEnd(), data);
            byte[] got = self.pipes().read(p.readEnd(), 8192);
            assertThat(got[4095]).isEqualTo(data[4096]);
            assertThat(got[4096]).isEqualTo(data[4095]);
            assertThat(Arrays.equals(got, 0, 4095, data, 0, 4095)).isTrue();
            self.pipes().write(p.writeEnd(), bytes("ab"));
            assertThat(text(self.pipes().read(p.readEnd(), 2))).isEqualTo("ab"); // small writes are untouched
        }
    }

    @Test
    void nonAtomicWriteIsPartialWhenNonBlocking() {
        try (Sandbox box = sandbox("non-atomic-write")) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            self.pipes().setNonBlocking(p.writeEnd(), true);
            self.pipes().write(p.writeEnd(), new byte[65536 - 100]);
            assertThat(self.pipes().write(p.writeEnd(), new byte[4096])).isEqualTo(100);
        }
    }

    @Test
    void nonAtomicWriteInterleavesBlockedWriters() {
        try (Sandbox box = sandbox("non-atomic-write")) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc a = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
            Proc b = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
            self.pipes().write(p.writeEnd(), new byte[65536]);
            byte[] as = new byte[4096];
            byte[] bs = new byte[4096];
            Arrays.fill(as, (byte) 'A');
            Arrays.fill(bs, (byte) 'B');
            Pending<Integer> wa = a.async("A", c -> c.pipes().write(p.writeEnd(), as));
            assertBlocked(a, wa);
            Pending<Integer> wb = b.async("B", c -> c.pipes().write(p.writeEnd(), bs));
            assertBlocked(b, wb);
            assertThat(self.pipes().read(p.readEnd(), 65536)).hasSize(65536);
            wa.await();
            wb.await();
            byte[] first = self.pipes().read(p.readEnd(), 4096);
            assertThat(first).hasSize(4096);
            assertThat(first[0]).isNotEqualTo(first[4095]); // 2048 of one writer, then 2048 of the other
        }
    }

    @Test
    void earlyEof() {
        try (Sandbox box = sandbox("early-eof")) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc holder = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
            self.pipes().close(p.writeEnd());
            assertThat(self.pipes().read(p.readEnd(), 1)).isEmpty();
            holder.pipes().write(p.writeEnd(), bytes("x")); // the holder's end still works
            assertThat(text(self.pipes().read(p.readEnd(), 1))).isEqualTo("x");
        }
    }

    @Test
    void eofDropsData() {
        try (Sandbox box = sandbox("eof-drops-data")) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            self.pipes().write(p.writeEnd(), bytes("lost"));
            self.pipes().close(p.writeEnd());
            assertThat(self.pipes().read(p.readEnd(), 4)).isEmpty();
        }
    }

    @Test
    void lostWakeup() {
        try (Sandbox box = sandbox("lost-wakeup")) {
            Proc self = box.self();
            PipedChild piped = self.spawnPipedChild();
            Pending<byte[]> read = piped.child().async("read", c -> c.pipes().read(piped.childStdin(), 1));
            await().atMost(Duration.ofSeconds(10)).until(() -> piped.child().state().isBlocked());
            self.pipes().write(piped.toChild(), bytes("x"));
            // Nothing signals the sleeper, so it cannot have woken: no timing involved.
            assertThat(read.isDone()).isFalse();
            assertThat(piped.child().state().isBlocked()).isTrue();
            // Any later wake-up (here a close) lets it find the byte that waited all along.
            self.pipes().close(self.pipes().pipe().readEnd());
            assertThat(text(read.await())).isEqualTo("x");
        }
    }

    @Test
    void silentBrokenPipe() {
        try (Sandbox box = sandbox("silent-broken-pipe")) {
            Proc self = box.self();
            Pipe p = self.pipes().pipe();
            Proc child = self.spawnChild(ChildOptions.inheriting(p.writeEnd()));
            self.pipes().close(p.readEnd());
            assertThat(self.pipes().write(p.writeEnd(), bytes("gone"))).isEqualTo(4);
            assertThat(child.pipes().write(p.writeEnd(), bytes("gone"))).isEqualTo(4);
            assertThat(child.state().kind()).isEqualTo(ProcState.Kind.IDLE);
        }
    }

    @Test
    void fifoAsRegularFile() {
        try (Sandbox box = sandbox("fifo-as-regular-file")) {
            Path f = box.directory().resolve("f");
            box.self().fifos().mkfifo(f);
            assertThat(box.self().files().stat(f).type()).isEqualTo(FileType.REGULAR);
            assertThat(errorOf(() -> box.self().files().open(f, OpenMode.WRITE, true)))
                    .isEqualTo(IpcError.NO_SUCH_DEVICE_OR_ADDRESS); // still a FIFO behind the type
        }
    }

    @Test
    void perProcessFifo() {
        try (Sandbox box = sandbox("per-process-fifo")) {
            Path f = box.directory().resolve("f");
            box.self().fifos().mkfifo(f);
            Proc u = box.self().spawnUnrelated();
            Proc self = box.self();
            Handle r = u.files().open(f, OpenMode.READ, true);
            Handle w = self.files().open(f, OpenMode.WRITE, false);
            self.pipes().write(w, bytes("hi"));
            assertThat(errorOf(() -> u.pipes().read(r, 2))).isEqualTo(IpcError.WOULD_BLOCK);
            Proc child = self.spawnChild(ChildOptions.inheriting());
            Handle cr = child.files().open(f, OpenMode.READ, true);
            assertThat(text(child.pipes().read(cr, 2))).isEqualTo("hi"); // a related process shares the family's buffer
        }
    }

    @Test
    void fifoStoresData() {
        try (Sandbox box = sandbox("fifo-stores-data")) {
            Proc self = box.self();
            Path f = box.directory().resolve("f");
            self.fifos().mkfifo(f);
            Handle r = self.files().open(f, OpenMode.READ, true);
            Handle w = self.files().open(f, OpenMode.WRITE, true);
            self.pipes().write(w, new byte[1000]);
            assertThat(self.files().stat(f).size()).isEqualTo(1000);
            self.pipes().close(r);
            self.pipes().close(w);
            Handle r2 = self.files().open(f, OpenMode.READ, true);
            assertThat(self.pipes().read(r2, 2000)).hasSize(1000);
        }
    }

    @Test
    void fifoOpenNeverWaits() {
        try (Sandbox box = sandbox("fifo-open-never-waits")) {
            Path f = box.directory().resolve("f");
            box.self().fifos().mkfifo(f);
            Proc child = box.self().spawnUnrelated();
            assertThat(child.files().open(f, OpenMode.READ, false)).isNotNull();
            assertThat(child.files().open(f, OpenMode.WRITE, false)).isNotNull();
        }
    }

    @Test
    void fifoNonblockingWriteOpen() {
        try (Sandbox box = sandbox("fifo-nonblocking-write-open")) {
            Path f = box.directory().resolve("f");
            box.self().fifos().mkfifo(f);
            Handle w = box.self().files().open(f, OpenMode.WRITE, true);
            assertThat(errorOf(() -> box.self().pipes().write(w, bytes("x")))).isEqualTo(IpcError.BROKEN_PIPE);
        }
    }

    @Test
    void unlinkClosesFifo() {
        try (Sandbox box = sandbox("unlink-closes-fifo")) {
            Proc self = box.self();
            Path f = box.directory().resolve("f");
            self.fifos().mkfifo(f);
            Proc reader = self.spawnUnrelated();
            Handle r = reader.files().open(f, OpenMode.READ, true);
            Handle w = self.files().open(f, OpenMode.WRITE, false);
            reader.pipes().setNonBlocking(r, false);
            Pending<byte[]> blocked = reader.async("read", c -> c.pipes().read(r, 1));
            assertBlocked(reader, blocked);
            self.files().unlink(f);
            assertThat(errorOf(blocked::await)).isEqualTo(IpcError.BAD_DESCRIPTOR);
            assertThat(errorOf(() -> self.pipes().write(w, bytes("x")))).isEqualTo(IpcError.BAD_DESCRIPTOR);
        }
    }
}
