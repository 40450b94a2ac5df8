package org.ipcconformance.spec.contract;

import static org.ipcconformance.spec.contract.Contract.check;
import static org.ipcconformance.spec.contract.Contract.within;

import java.util.Optional;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.Pipe;
import org.ipcconformance.spec.spi.PipedChild;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;

/**
 * A started process with a pipe that only the sandbox's own process writes: the way to hold a
 * child in a blocking read for as long as a rule needs. The child gets its end by inheritance
 * when the adapter has {@link Feature#HANDLE_INHERITANCE}, otherwise as its standard input
 * ({@link Feature#CHILD_STDIO_PIPES}).
 *
 * @param child    the started process
 * @param readEnd  the child's read end
 * @param writeEnd self's write end
 */
record ChildReading(Proc child, Handle readEnd, Handle writeEnd) {

    /** Why no such child can be had from this adapter. */
    static final String NEEDS = "a started process with a pipe from self, which needs PIPES with MULTI_PROCESS and"
            + " HANDLE_INHERITANCE, or CHILD_STDIO_PIPES";

    /** Starts one in {@code box}, or empty when the adapter has no way to. */
    static Optional<ChildReading> start(ContractFixture fixture, Sandbox box) {
        Features features = fixture.features();
        Proc self = box.self();
        if (!features.has(Feature.PIPES)) {
            return Optional.empty();
        }
        if (features.has(Feature.MULTI_PROCESS) && features.has(Feature.HANDLE_INHERITANCE)) {
            Pipe pipe = self.pipes().pipe();
            Proc child = within(fixture, "spawnChild", check("SpawnCalls.spawnChild with inherited handles"),
                    () -> self.spawnChild(ChildOptions.inheriting(pipe.readEnd())));
            return Optional.of(new ChildReading(child, pipe.readEnd(), pipe.writeEnd()));
        }
        if (features.has(Feature.CHILD_STDIO_PIPES)) {
            PipedChild piped = within(fixture, "spawnPipedChild", check("PipedChildCalls.spawnPipedChild"), self::spawnPipedChild);
            return Optional.of(new ChildReading(piped.child(), piped.childStdin(), piped.toChild()));
        }
        return Optional.empty();
    }
}
