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
        a.memory().writeGlobal(42);
        assertThat(a.memory().readGlobal()).isEqualTo(42);
        assertThat(b.memory().readGlobal()).isZero();
        b.memory().writeGlobal(5);
        assertThat(a.memory().readGlobal()).isEqualTo(42);
        assertThat(a.memory().globalAddress()).isPresent().isEqualTo(b.memory().globalAddress());
        assertThat(self.memory().readGlobal()).isZero();
    }

    @Test
    void aChildWritesStraightFromItsOwnBuffer() {
        Pipe pipe = self.pipes().pipe();
        Proc child = self.spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        Region region = child.memory().allocate(bytes("original"));
        assertThat(child.memory().writeFrom(pipe.writeEnd(), region)).isEqualTo(8);
        child.memory().poke(region, 0, bytes("CHANGED!"));
        assertThat(child.memory().peek(region)).isEqualTo(bytes("CHANGED!"));
        assertThat(self.pipes().read(pipe.readEnd(), 8)).isEqualTo(bytes("original"));
        assertThatThrownBy(() -> self.memory().peek(region)).isInstanceOf(HarnessException.class).hasMessageContaining("not a buffer of self");
    }
}
