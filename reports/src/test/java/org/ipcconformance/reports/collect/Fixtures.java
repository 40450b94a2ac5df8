package org.ipcconformance.reports.collect;

import org.ipcconformance.reports.collect.FixtureAdapters.AdapterName;
import org.ipcconformance.reports.collect.FixtureAdapters.VariantName;
import org.ipcconformance.spec.run.ReportKeys;
import org.ipcconformance.spec.run.SpecTimeoutException;
import org.ipcconformance.spec.spi.IpcError;
import org.ipcconformance.spec.spi.IpcException;
import org.ipcconformance.suites.engine.Property;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Spec classes that the collector tests run through the JUnit Platform on purpose: they fail,
 * abort and break in every way a real spec can. Static nested classes, so that no build runs them
 * on its own.
 */
final class Fixtures {
    private Fixtures() {
    }

    static class MixedSpec {
        @TestTemplate
        @ExtendWith(FixtureAdapters.class)
        @Property("PIPE-BYTE-STREAM")
        void twoWritesComeBackInOneRead(TestReporter reporter) {
            reporter.publishEntry(ReportKeys.EVIDENCE_PREFIX + "read", "abcd");
        }

        @TestTemplate
        @ExtendWith(FixtureAdapters.class)
        @Property("PIPE-BYTE-STREAM")
        void oneWriteGoesOutInSeveralReads(AdapterName adapter) {
            Assumptions.assumeTrue(FixtureAdapters.isNative(adapter), "simulator lacks PROCESS_STATE: modelled elsewhere");
        }

        @TestTemplate
        @ExtendWith(FixtureAdapters.class)
        @Property("PIPE-EOF")
        void eofAfterTheLastWriterCloses(AdapterName adapter) {
            if (FixtureAdapters.isNative(adapter)) {
                throw new AssertionError("expected EOF but the read blocked");
            }
        }

        @TestTemplate
        @ExtendWith(FixtureAdapters.class)
        @Property("PIPE-ORDER")
        void bytesArriveInOrder(AdapterName adapter) {
            if (FixtureAdapters.isNative(adapter)) {
                throw new SpecTimeoutException("PIPE-ORDER on native ran past 5 s");
            }
            Object missing = null;
            missing.hashCode();
        }

        @TestTemplate
        @ExtendWith(FixtureAdapters.class)
        @Property("FIFO-NONBLOCK-OPEN")
        void nonBlockingWriteOpenWithoutReaderFails() {
            throw new IpcException(IpcError.OTHER, "open(f, WRITE|NONBLOCK) in self", "errno 22 (EINVAL)");
        }

        @Disabled("a fixture: shows that a disabled spec is reported as NOT_APPLICABLE with its reason")
        @TestTemplate
        @ExtendWith(FixtureAdapters.class)
        @Property("FIFO-MEMORY-CONTENT")
        void disabled() {
        }
    }

    static class VariantSpec {
        @TestTemplate
        @ExtendWith(FixtureAdapters.class)
        @FixtureAdapters.Variants({"System V", "POSIX"})
        @Property("SHM-NO-COPY")
        void aStoreIsSeenWithoutACopy(AdapterName adapter, VariantName variant, TestReporter reporter) {
            reporter.publishEntry(ReportKeys.EVIDENCE_PREFIX + "seen", variant.title() + " on " + adapter.id());
            if (FixtureAdapters.isNative(adapter) && variant.title().equals("POSIX")) {
                throw new AssertionError("the store was not seen");
            }
        }
    }

    static class BeforeAllFailsSpec {
        @BeforeAll
        static void cannotPrepare() {
            throw new IllegalStateException("the scratch folder is read-only");
        }

        @TestTemplate
        @ExtendWith(FixtureAdapters.class)
        @Property("FIFO-FILESYSTEM-NAME")
        void aFifoHasANameOfTypeFifo() {
        }

        @TestTemplate
        @ExtendWith(FixtureAdapters.class)
        @Property("FIFO-UNLINK-KEEPS-OPEN-ENDS")
        void unlinkKeepsOpenEnds() {
        }
    }

    static class ConstructorFailsSpec {
        ConstructorFailsSpec() {
            throw new IllegalStateException("cannot construct the spec");
        }

        @TestTemplate
        @ExtendWith(FixtureAdapters.class)
        @Property("IPC-KERNEL-COPY")
        void theKernelCopies() {
        }
    }

    static class ExplodingProviderSpec {
        @TestTemplate
        @ExtendWith(ExplodingAdapters.class)
        @Property("IPC-ADDRESS-ISOLATION")
        void isolated() {
        }
    }

    /** A provider that fails for the whole template, like an adapter list that cannot be parsed. */
    public static class ExplodingAdapters extends FixtureAdapters {
        @Override
        public java.util.stream.Stream<org.junit.jupiter.api.extension.TestTemplateInvocationContext>
                provideTestTemplateInvocationContexts(org.junit.jupiter.api.extension.ExtensionContext context) {
            throw new IllegalStateException("unknown adapter 'bogus'; known adapters: native, simulator");
        }
    }
}
