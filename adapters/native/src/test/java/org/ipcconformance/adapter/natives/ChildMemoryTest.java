package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Region;
import org.junit.jupiter.api.Test;

class ChildMemoryTest extends SandboxTest {

    @Test
    void everyAgentHasItsOwnGlobalAtTheSameAddress() {
        Proc a = self.spawnChild(ChildOptions.inheriting());
        Proc b = self.spawnUnrelated();
        a.writeGlobal(42);
        assertThat(a.readGlobal()).isEqualTo(42);
        assertThat(b.readGlobal()).isZero();
        b.writeGlobal(5);
        assertThat(a.readGlobal()).isEqualTo(42);
        assertThat(a.globalAddress()).isPresent().isEqualTo(b.globalAddress());
        assertThat(self.readGlobal()).isZero();
    }

    @Test
    void aChildWritesStraightFromItsOwnBuffer() {
        Pipe pipe = self.pipe();
        Proc child = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        Region region = child.allocate(bytes("original"));
        assertThat(child.writeFrom(pipe.writeEnd(), region)).isEqualTo(8);
        child.poke(region, 0, bytes("CHANGED!"));
        assertThat(child.peek(region)).isEqualTo(bytes("CHANGED!"));
        assertThat(self.read(pipe.readEnd(), 8)).isEqualTo(bytes("original"));
        assertThatThrownBy(() -> self.peek(region)).isInstanceOf(HarnessException.class).hasMessageContaining("not a buffer of self");
    }
}
