package org.ipcconformance.spec.contract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.Pending;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * The rules' shared means: every wait bounded (a broken adapter fails a rule, it never hangs the
 * build), a rule that cannot apply reported as not checked with the reason (never skipped
 * silently), and failure messages that say what to check.
 */
final class Contract {
    private Contract() {
    }

    /** Reports the rule as not checked (a JUnit assumption) unless the adapter declares every feature. */
    static void requires(ContractFixture fixture, String rule, Feature... needed) {
        Features features = fixture.features();
        String missing = Arrays.stream(needed).filter(f -> !features.has(f))
                .map(f -> f + " (" + features.reasonMissing(f).orElse("?") + ")")
                .collect(Collectors.joining(", "));
        Assumptions.assumeTrue(missing.isEmpty(),
                () -> "not checked: " + rule + " needs " + missing + ", which adapter " + features.adapterId() + " lacks");
    }

    /** Reports the rule as not checked, with the reason. */
    static void notChecked(String rule, String reason) {
        Assumptions.abort("not checked: " + rule + ": " + reason);
    }

    /** Runs {@code call} in another thread and fails if it does not return within the bound. */
    static <T> T within(ContractFixture fixture, String what, String check, ThrowingSupplier<T> call) {
        return Assertions.assertTimeoutPreemptively(fixture.bound(), call,
                () -> what + " did not return within " + fixture.bound() + "; " + check);
    }

    static void within(ContractFixture fixture, String what, String check, Executable call) {
        Assertions.assertTimeoutPreemptively(fixture.bound(), call,
                () -> what + " did not return within " + fixture.bound() + "; " + check);
    }

    /** Waits, within the bound, until the operation ended, and returns its result (or throws its exception). */
    static <T> T completed(ContractFixture fixture, Pending<T> pending, String check) {
        awaitDone(fixture.bound(), pending, check);
        return pending.await();
    }

    static void awaitDone(Duration bound, Pending<?> pending, String check) {
        try {
            Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).atMost(bound).until(pending::isDone);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(pending + " did not complete within " + bound + "; " + check, e);
        }
    }

    /** Polls {@code condition} until it holds, within the bound. */
    static void eventually(ContractFixture fixture, String what, String check, Callable<Boolean> condition) {
        try {
            Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).atMost(fixture.bound()).until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + " did not happen within " + fixture.bound() + "; " + check, e);
        }
    }

    static String check(String what) {
        return "if this fails, check " + what;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
