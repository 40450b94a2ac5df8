package org.ipcconformance.suites.sem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.Sandbox;
import org.ipcconformance.spec.spi.SemaphoreCalls;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.suites.engine.Errors;
import org.ipcconformance.suites.engine.Evidence;
import org.ipcconformance.suites.engine.Property;
import org.ipcconformance.suites.engine.Requires;
import org.ipcconformance.suites.engine.VariantFeature;
import org.ipcconformance.suites.engine.Variants;

/** Seed §6: a semaphore is a counter shared by processes that never goes below zero. */
class SemCounterSpec {

    private record User(Proc proc, SemaphoreCalls calls, Handle handle) {
        int value() {
            return calls.value(handle, 0);
        }
    }

    @Property(value = "SEM-COUNTER", variants = Variants.IPC_FAMILY)
    @Requires(value = Feature.MULTI_PROCESS, ofVariant = VariantFeature.SEMAPHORES)
    void postAddsWaitTakesAndEveryProcessSeesTheSameValue(Sandbox box, Evidence evidence, IpcFamily family) {
        Proc creatorProc = box.self().spawnChild(ChildOptions.inheriting());
        SemaphoreCalls creatorCalls = creatorProc.semaphores(family);
        User creator = new User(creatorProc, creatorCalls, creatorCalls.create("counter", 1, 2));
        User poster = open(box.self().spawnUnrelated(), family);
        User waiter = open(box.self().spawnChild(ChildOptions.inheriting()), family);
        List<User> all = List.of(creator, poster, waiter);
        evidence.record("semaphore", creatorCalls.nameOf("counter"));

        StringBuilder seen = new StringBuilder();
        expect(all, 2, "after creation at 2", seen);
        poster.calls.post(poster.handle);
        expect(all, 3, "after " + poster.proc.name() + " posted", seen);
        for (int expected = 2; expected >= 0; expected--) {
            waiter.calls.await(waiter.handle);
            expect(all, expected, "after " + waiter.proc.name() + " waited", seen);
        }
        Errors.assertFailsWith(IpcError.WOULD_BLOCK, "a non-blocking wait at 0", () -> waiter.calls.tryAwait(waiter.handle));
        expect(all, 0, "after the refused non-blocking wait", seen);
        evidence.record("values", seen + "; the non-blocking wait at 0 failed with EAGAIN");
    }

    private static User open(Proc proc, IpcFamily family) {
        SemaphoreCalls calls = proc.semaphores(family);
        return new User(proc, calls, calls.open("counter"));
    }

    private static void expect(List<User> all, int value, String when, StringBuilder seen) {
        for (User u : all) {
            assertThat(u.value()).as("the value %s reads %s", u.proc.name(), when).isEqualTo(value);
        }
        seen.append(seen.length() == 0 ? "" : ", ").append(value);
    }
}
