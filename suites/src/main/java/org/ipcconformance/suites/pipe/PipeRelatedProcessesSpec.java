package org.ipcconformance.suites.pipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.suites.engine.Bytes.bytes;
import static org.ipcconformance.suites.engine.Bytes.readFully;

import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;

/** Seed §1: a pipe has no name, so only a process that inherits an end from its creator can use it. */
class PipeRelatedProcessesSpec {

    @Property("PIPE-RELATED-PROCESSES")
    @Requires({Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.PIPES})
    void aChildThatInheritsTheWriteEndTalksToItsParent(Sandbox box) {
        Pipe pipe = box.self().pipes().pipe();
        Proc child = box.self().spawnChild(ChildOptions.inheriting(pipe.writeEnd()));
        child.pipes().write(pipe.writeEnd(), bytes("hello from the child"));
        assertThat(readFully(box.self(), pipe.readEnd(), 20)).asString().isEqualTo("hello from the child");
    }

    @Property("PIPE-RELATED-PROCESSES")
    @Requires({Feature.MULTI_PROCESS, Feature.CHILD_STDIO_PIPES, Feature.PIPES})
    void aChildStartedOnPipesTalksBothWaysOverItsStandardStreams(Sandbox box) {
        PipedChild piped = box.self().spawnPipedChild();
        Proc child = piped.child();

        box.self().pipes().write(piped.toChild(), bytes("ping"));
        assertThat(readFully(child, piped.childStdin(), 4)).asString().isEqualTo("ping");

        child.pipes().write(piped.childStdout(), bytes("pong"));
        assertThat(readFully(box.self(), piped.fromChild(), 4)).asString().isEqualTo("pong");
    }
}
