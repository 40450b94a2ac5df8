package org.ipcconformance.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.ipcconformance.adapter.simulator.fault.Fault;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The model's own proof of its purpose: clean, it passes every property; each fault fails its own. */
class PropertyMatrixTest extends ModelTestSupport {

    @Test
    void theCleanModelPassesEveryProperty() {
        assertThat(failures(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void everyFaultFailsItsOwnPropertyAndOnlyTheKnownCollateral(Fault fault) {
        Map<String, String> failed = failures(fault.id());
        assertThat(failed).containsKey(fault.property());
        Set<String> expected = new TreeSet<>(COLLATERAL.getOrDefault(fault, Set.of()));
        expected.add(fault.property());
        assertThat(new TreeSet<>(failed.keySet())).as("failing properties: %s", failed).isEqualTo(expected);
    }

    /**
     * What else a fault breaks, and why it must: without inheritance no spec with a child can run;
     * a wrong end-of-file also cuts short the atomic-write check, which drains the pipe to EOF; the
     * stalled 1 MiB write of the finite-buffer check arrives reordered too.
     */
    private static final Map<Fault, Set<String>> COLLATERAL = Map.of(
            Fault.NO_INHERITANCE, Set.of("IPC-KERNEL-COPY", "PIPE-FINITE-BUFFER", "PIPE-ORDER", "PIPE-ATOMIC-WRITE",
                    "PIPE-EOF", "PIPE-BROKEN"),
            Fault.EARLY_EOF, Set.of("PIPE-ATOMIC-WRITE"),
            Fault.EOF_DROPS_DATA, Set.of("PIPE-ATOMIC-WRITE"),
            Fault.REORDERING_PIPE, Set.of("PIPE-FINITE-BUFFER"));

    /** Runs every scenario on a fresh sandbox; returns the failing properties with what went wrong. */
    static Map<String, String> failures(String fault) {
        Map<String, String> failed = new LinkedHashMap<>();
        for (Map.Entry<String, Consumer<Sandbox>> e : PropertyScenarios.all().entrySet()) {
            String outcome = run(fault, e.getValue());
            if (outcome != null) {
                failed.put(e.getKey(), outcome);
            }
        }
        return failed;
    }

    /** null when the scenario passed; a bounded wait so that a fault that hangs shows as a timeout. */
    private static String run(String fault, Consumer<Sandbox> scenario) {
        Sandbox box = sandbox(fault);
        try {
            CompletableFuture.runAsync(() -> scenario.accept(box)).get(10, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause().toString();
        } catch (TimeoutException e) {
            return "TIMEOUT";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } finally {
            box.close();
        }
    }

    /** Prints which properties each fault fails: the collateral is worth knowing for baselines. */
    public static void main(String[] args) {
        List<String> lines = new ArrayList<>();
        for (Fault f : Fault.values()) {
            lines.add(f.id() + " -> " + failures(f.id()).keySet());
        }
        lines.forEach(System.out::println);
    }
}
