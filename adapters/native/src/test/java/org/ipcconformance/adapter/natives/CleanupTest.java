package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.Pending;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ProcessGoneException;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.Test;

class CleanupTest extends SandboxTest {

    @Test
    void closingLeavesNoChildAndNoDescriptorBehind() throws IOException {
        warmUp();
        long before = openDescriptors();

        Pipe pipe = self.pipes().pipe();
        Proc writer = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        PipedChild piped = self.spawnPipedChild();
        Proc unrelated = self.spawnUnrelated();
        Path fifo = box.directory().resolve("f");
        self.fifos().mkfifo(fifo);
        self.files().open(fifo, OpenMode.READ, true);
        self.memory().allocate(bytes("buffer"));
        Pending<Integer> blocked = piped.child().async("1 MiB", p -> p.pipes().write(piped.childStdout(), new byte[1 << 20]));
        eventually().until(() -> piped.child().state().isBlocked());
        List<Long> pids = List.of(writer.pid(), piped.child().pid(), unrelated.pid());

        box.close();
        box.close(); // idempotent

        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("pid %d", pid).isIn(Optional.empty(), Optional.of(false));
        }
        assertThat(openDescriptors()).isEqualTo(before);
        org.assertj.core.api.Assertions.assertThatThrownBy(blocked::await).isInstanceOf(ProcessGoneException.class);
        writer.kill(); // quiet when gone
    }

    @Test
    void anAgentHoldsOnlyWhatItWasGiven() throws IOException {
        Pipe pipe = self.pipes().pipe();
        self.pipes().pipe(); // another pipe of self, which must not leak into the child
        Proc child = self.spawnChild(ChildOptions.inheriting(pipe.readEnd(), pipe.writeEnd()));
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(child.pid()), "fd"))) {
            assertThat(fds.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("0", "1", "10", "11", "2", "3");
        }
        String cmdline = Files.readString(Path.of("/proc", String.valueOf(child.pid()), "cmdline")).replace('\0', ' ');
        assertThat(cmdline).contains(box.directory().getParent().toString());
    }

    @Test
    void closingWakesSelfCallsThatWouldBlockForever() {
        Pipe pipe = self.pipes().pipe();
        Path fifo = box.directory().resolve("f");
        self.fifos().mkfifo(fifo);
        Pending<byte[]> read = self.async("read", p -> p.pipes().read(pipe.readEnd(), 1));
        // Self's state is the most telling of its calls: wait for the read to sleep before the open
        // starts, or a blocked open could stand for a read that has not reached read(2) yet. The
        // open may be closed before or after it reaches open(2): both must end.
        eventually().until(() -> self.state().isBlocked());
        Pending<org.ipcconformance.spec.spi.Handle> open = self.async("open", p -> p.files().open(fifo, OpenMode.READ, false));
        box.close();
        assertThat(read.await()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(open::await)
                .isInstanceOf(org.ipcconformance.spec.spi.HarnessException.class)
                .hasMessageContaining("sandbox was closed");
    }

    /** Builds the agent and loads every class before counting, in a sandbox of its own. */
    private void warmUp() {
        RunDirectory run = RunDirectory.current();
        try (Sandbox other = adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), "warm-up"))) {
            Pipe pipe = other.self().pipes().pipe();
            other.self().spawnChild(ChildOptions.inheriting(pipe.writeEnd())).exit();
            other.self().spawnPipedChild().child().kill();
        }
    }

    private static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
