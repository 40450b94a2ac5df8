package org.ipcconformance.reports.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.spec.run.SpecTimeoutException;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ClassifierTest {

    private static Classification failed(Throwable t) {
        return Classifier.classify(TestExecutionResult.failed(t));
    }

    @Test
    void successfulIsPass() {
        Classification c = Classifier.classify(TestExecutionResult.successful());
        assertThat(c.verdict()).isEqualTo(Verdict.PASS);
        assertThat(c.message()).isEmpty();
    }

    @Test
    void abortedIsNotApplicableWithTheFeatureReason() {
        Classification c = Classifier.classify(TestExecutionResult.aborted(
                new TestAbortedException("Assumption failed: jdk lacks FIFO: the JDK cannot create a FIFO")));
        assertThat(c.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(c.message()).isEqualTo("jdk lacks FIFO: the JDK cannot create a FIFO");
    }

    @Test
    void anEscapedFeatureMissingExceptionIsNotApplicableToo() {
        Classification c = failed(new FeatureMissingException(Feature.FIFO, "jdk", "no mkfifo in the JDK"));
        assertThat(c.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(c.message()).contains("no mkfifo in the JDK");
    }

    @Test
    void timeLimitsAreTimeouts() {
        assertThat(failed(new SpecTimeoutException("PIPE-EOF on native ran past 30 s")).verdict()).isEqualTo(Verdict.TIMEOUT);
        assertThat(failed(new TimeoutException("m() timed out after 5 seconds")).verdict()).isEqualTo(Verdict.TIMEOUT);
        assertThat(failed(new CompletionException(new SpecTimeoutException("late"))).verdict()).isEqualTo(Verdict.TIMEOUT);
    }

    @Test
    void assertionsAndIpcErrorsAreFailures() {
        Classification assertion = failed(new AssertionFailedError("\nexpected: \"abcd\"\n but was: \"ab\"\n"));
        assertThat(assertion.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(assertion.message()).isEqualTo("expected: \"abcd\"\n but was: \"ab\"");
        assertThat(assertion.detail()).isNull();
        assertThat(failed(new AssertionError("plain")).verdict()).isEqualTo(Verdict.FAIL);
        Classification ipc = failed(new IpcException(IpcError.BAD_DESCRIPTOR, "write(fd 5) in self", "errno 9 (EBADF)"));
        assertThat(ipc.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(ipc.message()).isEqualTo("write(fd 5) in self failed: BAD_DESCRIPTOR [errno 9 (EBADF)]");
    }

    @Test
    void anythingElseIsBrokenWithTheFirstFramesKept() {
        Classification npe = failed(new NullPointerException());
        assertThat(npe.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(npe.message()).isEqualTo("NullPointerException");
        assertThat(npe.detail()).startsWith("java.lang.NullPointerException\n    at ");
        assertThat(npe.detail().lines().filter(l -> l.startsWith("    at ")).count()).isLessThanOrEqualTo(Messages.FRAMES);

        Classification harness = failed(new HarnessException("no C compiler: install gcc", new IllegalStateException("cc not found")));
        assertThat(harness.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(harness.message()).isEqualTo("no C compiler: install gcc\n(caused by IllegalStateException: cc not found)");
        assertThat(harness.detail()).contains("Caused by: java.lang.IllegalStateException: cc not found");
    }

    @Test
    void anIpcErrorWrappedByTheHarnessIsBrokenNotFail() {
        Classification c = failed(new HarnessException("could not start the child",
                new IpcException(IpcError.OTHER, "posix_spawn", "errno 12 (ENOMEM)")));
        assertThat(c.verdict()).isEqualTo(Verdict.BROKEN);
    }

    @Test
    void longMessagesAreCutToTheirFirstLines() {
        String many = "line\n".repeat(40);
        Classification c = failed(new AssertionError(many));
        assertThat(c.message().lines().count()).isEqualTo(Messages.MAX_LINES);
        assertThat(c.message()).endsWith(" …");
    }
}
