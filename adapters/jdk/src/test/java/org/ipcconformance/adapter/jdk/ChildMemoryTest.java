package org.ipcconformance.adapter.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Region;
import org.junit.jupiter.api.Test;

/** Each child JVM has its own memory: its own global and its own buffers. */
class ChildMemoryTest extends SandboxFixture {

    @Test
    void globalsAreSeparateBetweenTwoChildren() {
        Proc a = box.self().spawnChild(ChildOptions.inheriting());
        Proc b = box.self().spawnUnrelated();
        assertThat(a.pid()).isNotEqualTo(b.pid());
        a.memory().writeGlobal(42);
        assertThat(a.memory().readGlobal()).isEqualTo(42);
        assertThat(b.memory().readGlobal()).isZero();
        b.memory().writeGlobal(5);
        assertThat(a.memory().readGlobal()).isEqualTo(42);
        assertThat(b.memory().readGlobal()).isEqualTo(5);
    }

    @Test
    void aChildsWriteFromItsBufferIsCopiedAtWriteTime() {
        PipedChild pc = box.self().spawnPipedChild();
        Region region = pc.child().memory().allocate(bytes("original"));
        assertThat(pc.child().memory().writeFrom(pc.childStdout(), region)).isEqualTo(8);
        pc.child().memory().poke(region, 0, bytes("CHANGED!"));
        assertThat(pc.child().memory().peek(region)).isEqualTo(bytes("CHANGED!"));
        assertThat(box.self().pipes().read(pc.fromChild(), 8)).isEqualTo(bytes("original"));
    }

    @Test
    void aRegionBelongsToTheProcessThatAllocatedIt() {
        Proc child = box.self().spawnUnrelated();
        Region inChild = child.memory().allocate(bytes("x"));
        Region inSelf = box.self().memory().allocate(bytes("y"));
        assertThatThrownBy(() -> box.self().memory().peek(inChild)).isInstanceOf(HarnessException.class);
        assertThatThrownBy(() -> child.memory().peek(inSelf)).isInstanceOf(HarnessException.class);
    }
}
