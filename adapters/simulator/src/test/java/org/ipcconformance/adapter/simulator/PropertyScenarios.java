package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.adapter.simulator.ModelTestSupport.assertBlocked;
import static org.ipcconformance.adapter.simulator.ModelTestSupport.bytes;
import static org.ipcconformance.adapter.simulator.ModelTestSupport.errorOf;
import static org.ipcconformance.adapter.simulator.ModelTestSupport.readFully;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.ExitStatus;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Region;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SignalDisposition;

/**
 * The checks of the pipe and FIFO properties as the brief describes the suites' specs, written
 * here against the SPI so that the module can show on its own that the clean model passes them
 * all and that every planted fault fails its property. Not the specs themselves: those live in
 * the suites and may differ in detail.
 */
final class PropertyScenarios {
    private PropertyScenarios() {
    }

    static Map<String, Consumer<Sandbox>> all() {
        Map<String, Consumer<Sandbox>> m = new LinkedHashMap<>();
        m.put("IPC-ADDRESS-ISOLATION", PropertyScenarios::addressIsolation);
        m.put("IPC-KERNEL-COPY", PropertyScenarios::kernelCopy);
        m.put("PIPE-UNIDIRECTIONAL", PropertyScenarios::unidirectional);
        m.put("PIPE-RELATED-PROCESSES", PropertyScenarios::relatedProcesses);
        m.put("PIPE-FINITE-BUFFER", PropertyScenarios::finiteBuffer);
        m.put("PIPE-BYTE-STREAM", PropertyScenarios::byteStream);
        m.put("PIPE-ORDER", PropertyScenarios::order);
        m.put("PIPE-ATOMIC-WRITE", PropertyScenarios::atomicWrite);
        m.put("PIPE-EOF", PropertyScenarios::eof);
        m.put("PIPE-BROKEN", PropertyScenarios::broken);
        m.put("FIFO-FILESYSTEM-NAME", PropertyScenarios::fifoName);
        m.put("FIFO-UNRELATED-PROCESSES", PropertyScenarios::fifoUnrelated);
        m.put("FIFO-MEMORY-CONTENT", PropertyScenarios::fifoMemoryContent);
        m.put("FIFO-OPEN-RENDEZVOUS", PropertyScenarios::fifoRendezvous);
        m.put("FIFO-NONBLOCK-OPEN", PropertyScenarios::fifoNonblockOpen);
        m.put("FIFO-UNLINK-KEEPS-OPEN-ENDS", PropertyScenarios::fifoUnlink);
        return m;
    }

    static void addressIsolation(Sandbox box) {
        Proc a = box.self().spawnChild(ChildOptions.inheriting());
        Proc b = box.self().spawnUnrelated();
        a.writeGlobal(42);
        assertThat(a.readGlobal()).isEqualTo(42);
        assertThat(b.readGlobal()).isZero();
        b.writeGlobal(5);
        assertThat(a.readGlobal()).isEqualTo(42);
    }

    static void kernelCopy(Sandbox box) {
        Proc self = box.self();
        Pipe pipe = self.pipe();
        Region r = self.allocate(bytes("original"));
        assertThat(self.writeFrom(pipe.writeEnd(), r)).isEqualTo(8);
        self.poke(r, 0, bytes("CHANGED!"));
        assertThat(self.read(pipe.readEnd(), 8)).isEqualTo(bytes("original"));

        Proc child = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        Region cr = child.allocate(bytes("original"));
        child.writeFrom(pipe.writeEnd(), cr);
        child.poke(cr, 0, bytes("CHANGED!"));
        assertThat(self.read(pipe.readEnd(), 8)).isEqualTo(bytes("original"));
    }

    static void unidirectional(Sandbox box) {
        Proc self = box.self();
        Pipe pipe = self.pipe();
        assertThat(errorOf(() -> self.write(pipe.readEnd(), bytes("x")))).isEqualTo(IpcError.BAD_DESCRIPTOR);
        assertThat(errorOf(() -> self.read(pipe.writeEnd(), 1))).isEqualTo(IpcError.BAD_DESCRIPTOR);
        self.write(pipe.writeEnd(), bytes("flow"));
        assertThat(self.read(pipe.readEnd(), 4)).isEqualTo(bytes("flow"));
    }

    static void relatedProcesses(Sandbox box) {
        Proc self = box.self();
        Pipe pipe = self.pipe();
        Proc child = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        child.write(pipe.writeEnd(), bytes("hello"));
        assertThat(self.read(pipe.readEnd(), 5)).isEqualTo(bytes("hello"));

        PipedChild pc = self.spawnPipedChild();
        self.write(pc.toChild(), bytes("ping"));
        assertThat(pc.child().read(pc.childStdin(), 4)).isEqualTo(bytes("ping"));
        pc.child().write(pc.childStdout(), bytes("pong"));
        assertThat(self.read(pc.fromChild(), 4)).isEqualTo(bytes("pong"));
    }

    static void finiteBuffer(Sandbox box) {
        Proc self = box.self();
        Pipe pipe = self.pipe();
        self.setNonBlocking(pipe.writeEnd(), true);
        long total = 0;
        byte[] chunk = new byte[4096];
        while (total < 64L * 1024 * 1024) {
            try {
                total += self.write(pipe.writeEnd(), chunk);
            } catch (org.ipcconformance.spec.spi.IpcException e) {
                assertThat(e.error()).isEqualTo(IpcError.WOULD_BLOCK);
                break;
            }
        }
        assertThat(total).isEqualTo(self.pipeCapacity(pipe.writeEnd()));

        PipedChild pc = self.spawnPipedChild();
        byte[] mib = pattern(1 << 20);
        Pending<Integer> w = pc.child().async("write 1 MiB", p -> p.write(pc.childStdout(), mib));
        assertBlocked(pc.child(), w);
        assertThat(Arrays.equals(readFully(self, pc.fromChild(), mib.length), mib)).as("the 1 MiB arrived").isTrue();
        assertThat(w.await()).isEqualTo(mib.length);
    }

    static void byteStream(Sandbox box) {
        Proc self = box.self();
        Pipe pipe = self.pipe();
        self.write(pipe.writeEnd(), bytes("ab"));
        self.write(pipe.writeEnd(), bytes("cd"));
        assertThat(self.read(pipe.readEnd(), 4)).isEqualTo(bytes("abcd"));
        self.write(pipe.writeEnd(), bytes("abcdef"));
        assertThat(self.read(pipe.readEnd(), 2)).isEqualTo(bytes("ab"));
        assertThat(self.read(pipe.readEnd(), 4)).isEqualTo(bytes("cdef"));
    }

    static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i % 251);
        }
        return b;
    }

    static void order(Sandbox box) {
        PipedChild pc = box.self().spawnPipedChild();
        byte[] data = pattern(256 * 1024);
        Pending<Integer> w = pc.child().async("write 256 KiB", p -> p.write(pc.childStdout(), data));
        byte[] got = readFully(box.self(), pc.fromChild(), data.length);
        assertThat(w.await()).isEqualTo(data.length);
        assertThat(Arrays.equals(got, data)).as("the 256 KiB arrived byte for byte").isTrue();
    }

    static void atomicWrite(Sandbox box) {
        Proc self = box.self();
        int pipeBuf = self.pipeBuf();
        Pipe pipe = self.pipe();
        Proc a = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        Proc b = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        self.close(pipe.writeEnd());
        byte[] as = new byte[pipeBuf];
        byte[] bs = new byte[pipeBuf];
        Arrays.fill(as, (byte) 'A');
        Arrays.fill(bs, (byte) 'B');
        Pending<Long> wa = a.async("A", p -> p.writeRepeatedly(pipe.writeEnd(), as, 256));
        Pending<Long> wb = b.async("B", p -> p.writeRepeatedly(pipe.writeEnd(), bs, 256));
        int total = 2 * 256 * pipeBuf;
        byte[] got = readFully(self, pipe.readEnd(), total);
        assertThat(got.length).isEqualTo(total);
        assertThat(wa.await()).isEqualTo(256L * pipeBuf);
        assertThat(wb.await()).isEqualTo(256L * pipeBuf);
        for (int off = 0; off < total; off += pipeBuf) {
            for (int i = off; i < off + pipeBuf; i++) {
                if (got[i] != got[off]) {
                    throw new AssertionError("the PIPE_BUF chunk at " + off + " mixes writers at byte " + (i - off));
                }
            }
        }

        Pipe p2 = self.pipe();
        self.setNonBlocking(p2.writeEnd(), true);
        long written = 0;
        while (true) {
            try {
                written += self.write(p2.writeEnd(), new byte[pipeBuf]);
            } catch (org.ipcconformance.spec.spi.IpcException e) {
                assertThat(e.error()).isEqualTo(IpcError.WOULD_BLOCK);
                break;
            }
        }
        assertThat(self.read(p2.readEnd(), 100)).hasSize(100);
        assertThat(errorOf(() -> self.write(p2.writeEnd(), new byte[pipeBuf]))).isEqualTo(IpcError.WOULD_BLOCK);
        self.close(p2.writeEnd());
        assertThat(drain(self, p2.readEnd()) + 100).isEqualTo(written);
    }

    /** Reads until end-of-file and returns the count. */
    static long drain(Proc proc, Handle h) {
        long n = 0;
        for (byte[] b = proc.read(h, 65536); b.length > 0; b = proc.read(h, 65536)) {
            n += b.length;
        }
        return n;
    }

    static void eof(Sandbox box) {
        Proc self = box.self();
        PipedChild pc = self.spawnPipedChild();
        Pending<byte[]> r = pc.child().async("read", p -> p.read(pc.childStdin(), 10));
        assertBlocked(pc.child(), r);
        self.write(pc.toChild(), bytes("w"));
        assertThat(r.await()).isEqualTo(bytes("w"));
        self.write(pc.toChild(), bytes("z"));
        self.close(pc.toChild());
        assertThat(pc.child().read(pc.childStdin(), 10)).isEqualTo(bytes("z"));
        assertThat(pc.child().read(pc.childStdin(), 10)).isEmpty();

        Pipe pipe = self.pipe();
        Proc reader = self.spawnChild(ChildOptions.inheriting(pipe.readEnd(), pipe.writeEnd()));
        Proc writer = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        reader.close(pipe.writeEnd());
        Pending<byte[]> rr = reader.async("read", p -> p.read(pipe.readEnd(), 10));
        assertBlocked(reader, rr);
        self.close(pipe.writeEnd());
        assertBlocked(reader, rr);
        writer.exit();
        assertThat(rr.await()).isEmpty();
    }

    static void broken(Sandbox box) {
        Proc self = box.self();
        Pipe p1 = self.pipe();
        self.close(p1.readEnd());
        assertThat(errorOf(() -> self.write(p1.writeEnd(), bytes("x")))).isEqualTo(IpcError.BROKEN_PIPE);

        Pipe p2 = self.pipe();
        Proc dies = self.spawnChild(ChildOptions.inheriting(p2.writeEnd()));
        self.close(p2.readEnd());
        try {
            dies.write(p2.writeEnd(), bytes("x"));
            throw new AssertionError("the write with no reader returned");
        } catch (ProcessGoneException e) {
            assertThat(e.status()).isEqualTo(ExitStatus.killedBy(13, "SIGPIPE"));
        }
        assertThat(dies.awaitExit()).isEqualTo(ExitStatus.killedBy(13, "SIGPIPE"));

        Pipe p3 = self.pipe();
        Proc ignores = self.spawnChild(ChildOptions.inheriting(p3.writeEnd()).withSigpipe(SignalDisposition.IGNORE));
        self.close(p3.readEnd());
        assertThat(errorOf(() -> ignores.write(p3.writeEnd(), bytes("x")))).isEqualTo(IpcError.BROKEN_PIPE);
    }

    static void fifoName(Sandbox box) {
        Path f = box.directory().resolve("f");
        box.self().mkfifo(f);
        assertThat(box.self().stat(f).type()).isEqualTo(org.ipcconformance.spec.spi.FileType.FIFO);
        assertThat(box.self().stat(f).permissions()).isEqualTo(0600);
        assertThat(box.self().list(box.directory())).contains("f");
    }

    static void fifoUnrelated(Sandbox box) {
        Path f = box.directory().resolve("f");
        box.self().mkfifo(f);
        Proc u = box.self().spawnUnrelated();
        Proc v = box.self().spawnUnrelated();
        Handle r = u.open(f, OpenMode.READ, true);
        Handle w = v.open(f, OpenMode.WRITE, false);
        v.write(w, bytes("hi"));
        assertThat(u.read(r, 2)).isEqualTo(bytes("hi"));
    }

    static void fifoMemoryContent(Sandbox box) {
        Proc self = box.self();
        Path f = box.directory().resolve("f");
        self.mkfifo(f);
        Handle r = self.open(f, OpenMode.READ, true);
        Handle w = self.open(f, OpenMode.WRITE, true);
        self.write(w, new byte[1000]);
        assertThat(self.stat(f).size()).isZero();
        self.close(r);
        self.close(w);
        Handle r2 = self.open(f, OpenMode.READ, true);
        self.open(f, OpenMode.WRITE, true);
        assertThat(errorOf(() -> self.read(r2, 1000))).isEqualTo(IpcError.WOULD_BLOCK);
    }

    static void fifoRendezvous(Sandbox box) {
        Proc self = box.self();
        Path f = box.directory().resolve("f");
        self.mkfifo(f);
        Proc child = self.spawnChild(ChildOptions.inheriting());
        Pending<Handle> open = child.async("open READ", p -> p.open(f, OpenMode.READ, false));
        assertBlocked(child, open);
        Handle w = self.open(f, OpenMode.WRITE, false);
        Handle r = open.await();
        self.write(w, bytes("r"));
        assertThat(child.read(r, 1)).isEqualTo(bytes("r"));
        self.close(w);
        child.close(r);

        Pending<Handle> openW = child.async("open WRITE", p -> p.open(f, OpenMode.WRITE, false));
        assertBlocked(child, openW);
        Handle r2 = self.open(f, OpenMode.READ, false);
        child.write(openW.await(), bytes("w"));
        assertThat(self.read(r2, 1)).isEqualTo(bytes("w"));
    }

    static void fifoNonblockOpen(Sandbox box) {
        Proc self = box.self();
        Path f = box.directory().resolve("f");
        self.mkfifo(f);
        assertThat(errorOf(() -> self.open(f, OpenMode.WRITE, true))).isEqualTo(IpcError.NO_SUCH_DEVICE_OR_ADDRESS);
        self.open(f, OpenMode.READ, true);
        self.open(f, OpenMode.WRITE, true);
    }

    static void fifoUnlink(Sandbox box) {
        Proc self = box.self();
        Path f = box.directory().resolve("f");
        self.mkfifo(f);
        Handle r = self.open(f, OpenMode.READ, true);
        Handle w = self.open(f, OpenMode.WRITE, true);
        self.unlink(f);
        assertThat(errorOf(() -> self.stat(f))).isEqualTo(IpcError.NO_SUCH_FILE);
        assertThat(self.list(box.directory())).doesNotContain("f");
        self.write(w, bytes("still"));
        assertThat(self.read(r, 5)).isEqualTo(bytes("still"));
    }
}
