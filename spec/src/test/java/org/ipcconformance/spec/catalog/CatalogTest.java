package org.ipcconformance.spec.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipcconformance.spec.catalog.Basis.LINUX;
import static org.ipcconformance.spec.catalog.Basis.POSIX;
import static org.ipcconformance.spec.catalog.Basis.SEED;
import static org.ipcconformance.spec.catalog.Level.MAY;
import static org.ipcconformance.spec.catalog.Level.MUST;
import static org.ipcconformance.spec.catalog.Level.SHOULD;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    /**
     * The minimum content of shared/CATALOG.md: every ID with its level, standards (as the catalog
     * writes them) and basis, in its order.
     */
    private static final Map<String, Required> REQUIRED = new LinkedHashMap<>();

    private record Required(Level level, List<Standard> standard, Set<Basis> basis) {
    }

    private static void require(String id, Level level, String standards, Basis... basis) {
        List<Standard> standard = Arrays.stream(standards.split(", "))
                .map(n -> Standard.parse(n).orElseThrow(() -> new IllegalArgumentException(n))).toList();
        REQUIRED.put(id, new Required(level, standard, Set.of(basis)));
    }

    static {
        require("IPC-ADDRESS-ISOLATION", MUST, "posix", SEED);
        require("IPC-KERNEL-COPY", MUST, "posix", SEED);

        require("PIPE-UNIDIRECTIONAL", MUST, "linux", SEED, LINUX);
        require("PIPE-RELATED-PROCESSES", MUST, "posix", SEED);
        require("PIPE-FINITE-BUFFER", MUST, "posix", SEED, POSIX);
        require("PIPE-BYTE-STREAM", MUST, "posix", SEED);
        require("PIPE-ORDER", MUST, "posix", POSIX);
        require("PIPE-ATOMIC-WRITE", MUST, "posix", POSIX);
        require("PIPE-EOF", MUST, "posix", POSIX);
        require("PIPE-BROKEN", MUST, "posix", POSIX);

        require("FIFO-FILESYSTEM-NAME", MUST, "posix", SEED);
        require("FIFO-UNRELATED-PROCESSES", MUST, "posix", SEED);
        require("FIFO-MEMORY-CONTENT", MUST, "posix, linux", SEED);
        require("FIFO-OPEN-RENDEZVOUS", MUST, "posix", POSIX);
        require("FIFO-NONBLOCK-OPEN", MUST, "posix", POSIX);
        require("FIFO-UNLINK-KEEPS-OPEN-ENDS", MUST, "posix", POSIX);

        require("SIG-SEND-ANY-STATE", MUST, "posix", SEED);
        require("SIG-STOPPED-PENDING", MUST, "posix", SEED);
        require("SIG-BLOCKED-DEFERRED", MUST, "posix", SEED, POSIX);
        require("SIG-STANDARD-COALESCE", MUST, "linux", POSIX, LINUX);
        require("SIG-REALTIME-QUEUED", MUST, "posix-option:RTS", POSIX);
        require("SIG-UNCATCHABLE", MUST, "posix", POSIX);
        require("SIG-HARDWARE-SOURCE", MUST, "posix", SEED);
        require("SIG-SOFTWARE-SOURCE", MUST, "posix", SEED);

        require("MQ-IDENTIFIED-LIST", MUST, "xsi, posix-option:MSG", SEED);
        require("MQ-PERSISTENCE", MUST, "xsi, posix-option:MSG", SEED);
        require("MQ-NO-WAITING-READER", MUST, "xsi, posix-option:MSG", SEED);
        require("MQ-SELECTIVE-RECEIVE", MUST, "xsi, posix-option:MSG", SEED, POSIX);
        require("MQ-CAPACITY", MUST, "xsi, posix-option:MSG", POSIX);
        require("MQ-REMOVAL", MUST, "xsi, posix-option:MSG", POSIX, LINUX);

        require("SHM-SHARED-ACCESS", MUST, "xsi, posix-option:SHM", SEED);
        require("SHM-NO-COPY", MUST, "xsi, posix-option:SHM", SEED);
        require("SHM-FASTEST", SHOULD, "xsi, posix-option:SHM", SEED);
        require("SHM-NEEDS-SYNCHRONIZATION", MUST, "xsi, posix-option:SHM, posix-option:SEM", SEED);
        require("SHM-LIFETIME", MUST, "xsi, posix-option:SHM, linux", POSIX, LINUX);

        require("SEM-COUNTER", MUST, "xsi, posix-option:SEM", SEED);
        require("SEM-BLOCKING-WAIT", MUST, "xsi, posix-option:SEM", SEED, POSIX);
        require("SEM-MUTUAL-EXCLUSION", MUST, "xsi, posix-option:SEM", SEED);
        require("SEM-ATOMIC-SET", MUST, "xsi", POSIX);
        require("SEM-UNDO-ON-EXIT", SHOULD, "xsi", POSIX);

        require("SOCK-DOMAIN-TYPE-PROTOCOL", MUST, "posix, linux", SEED);
        require("SOCK-UNIX-FILESYSTEM-ADDRESS", MUST, "posix", SEED);
        require("SOCK-INET-PORTS", MUST, "posix", SEED);
        require("SOCK-RESERVED-PORTS", SHOULD, "linux", SEED);
        require("SOCK-STREAM-RELIABLE", MUST, "posix", SEED);
        require("SOCK-DGRAM-MESSAGES", MUST, "posix", SEED);
        require("SOCK-DGRAM-UNRELIABLE", MAY, "posix", SEED);
        require("SOCK-RAW-ACCESS", MUST, "linux", SEED);
        require("SOCK-RAW-VS-STANDARD", MUST, "linux", SEED);
    }

    /** Prefixes of the mechanisms whose properties have executable specs from the start. */
    private static final List<String> EXECUTABLE_PREFIXES = List.of("IPC-", "PIPE-", "FIFO-");

    @Nested
    class TheStandardCatalog {
        private final Catalog catalog = Catalog.standard();

        @Test
        void holdsEveryRequiredIdWithItsLevelStandardAndBasis() {
            for (Map.Entry<String, Required> e : REQUIRED.entrySet()) {
                PropertyDef def = catalog.get(e.getKey());
                assertThat(def.level()).as("level of %s", e.getKey()).isEqualTo(e.getValue().level());
                assertThat(def.standard()).as("standard of %s", e.getKey()).isEqualTo(e.getValue().standard());
                assertThat(Set.copyOf(def.basis())).as("basis of %s", e.getKey()).isEqualTo(e.getValue().basis());
            }
        }

        @Test
        void givesEveryPropertyAtLeastOneStandardEachOnce() {
            assertThat(catalog.properties()).allSatisfy(p -> assertThat(p.standard()).as("standard of %s", p.id())
                    .isNotEmpty().doesNotHaveDuplicates());
        }

        @Test
        void tagsEveryPropertyCheckedInBothFamiliesWithXsiAndThePosixOption() {
            Map<Mechanism, Standard> option = Map.of(Mechanism.MESSAGE_QUEUE, Standard.POSIX_MSG,
                    Mechanism.SHARED_MEMORY, Standard.POSIX_SHM, Mechanism.SEMAPHORE, Standard.POSIX_SEM);
            Set<String> systemVOnly = Set.of("SEM-ATOMIC-SET", "SEM-UNDO-ON-EXIT");
            // Calls System V lacks (timed waits): the POSIX option first, and no XSI.
            Set<String> posixOnly = Set.of("MQ-TIMED-RECEIVE", "MQ-TIMED-SEND");
            for (PropertyDef p : catalog.properties()) {
                Standard posix = option.get(p.mechanism());
                if (posix != null && posixOnly.contains(p.id())) {
                    assertThat(p.standard()).as("standard of %s", p.id()).startsWith(posix).doesNotContain(Standard.XSI);
                } else if (posix != null && !systemVOnly.contains(p.id())) {
                    assertThat(p.standard()).as("standard of %s", p.id()).startsWith(Standard.XSI, posix);
                }
            }
        }

        @Test
        void keepsTheRequiredIdsInCatalogOrder() {
            List<String> ids = catalog.properties().stream().map(PropertyDef::id).collect(Collectors.toList());
            assertThat(ids).containsSubsequence(List.copyOf(REQUIRED.keySet()));
        }

        @Test
        void isTheSameObjectOnEveryCall() {
            assertThat(Catalog.standard()).isSameAs(catalog);
        }

        @Test
        void givesEveryMechanismAtLeastOneProperty() {
            for (Mechanism m : Mechanism.values()) {
                assertThat(catalog.of(m)).as("properties of %s", m).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.id()).startsWith(m.idPrefix() + "-"))
                        .allSatisfy(p -> assertThat(p.mechanism()).isEqualTo(m));
            }
        }

        @Test
        void namesTheSourceOfEachBasisInTheReferences() {
            for (PropertyDef p : catalog.properties()) {
                if (p.basis().contains(SEED)) {
                    assertThat(p.references()).as("seed reference of %s", p.id())
                            .anySatisfy(r -> assertThat(r).startsWith("seed "));
                }
                if (p.basis().contains(POSIX)) {
                    assertThat(p.references()).as("POSIX reference of %s", p.id())
                            .anySatisfy(r -> assertThat(r).startsWith("POSIX.1-2017 "));
                }
                if (p.basis().contains(LINUX)) {
                    assertThat(p.references()).as("Linux reference of %s", p.id())
                            .anySatisfy(r -> assertThat(r).startsWith("Linux "));
                }
            }
        }

        @Test
        void quotesTheSeedInChineseWithAnEnglishGloss() {
            for (PropertyDef p : catalog.properties()) {
                if (p.basis().contains(SEED)) {
                    assertThat(p.references()).as("seed quotation of %s", p.id())
                            .anySatisfy(r -> assertThat(r).startsWith("seed ")
                                    .containsPattern("\\p{IsHan}").containsPattern("\\([A-Za-z][^)]+\\)"));
                }
            }
        }

        @Test
        void stripsTheFoldedTextOfEachProperty() {
            for (PropertyDef p : catalog.properties()) {
                assertThat(List.of(p.title(), p.statement(), p.evidence())).as("text of %s", p.id())
                        .allSatisfy(t -> assertThat(t).isNotBlank().isEqualTo(t.strip()));
            }
        }

        @Test
        void listsOnlyCatalogIdsAsPending() {
            // Empty once every property is executable (SHM-FASTEST was the last, issue 16).
            assertThat(catalog.pending())
                    .allSatisfy(id -> assertThat(catalog.find(id)).as("pending %s", id).isPresent());
        }

        @Test
        void neverListsAnExecutableMechanismAsPending() {
            assertThat(catalog.pending())
                    .noneMatch(id -> EXECUTABLE_PREFIXES.stream().anyMatch(id::startsWith));
            assertThat(catalog.isPending("PIPE-BYTE-STREAM")).isFalse();
        }

        @Test
        void suggestsTheKnownIdsOfAPrefixForAnUnknownId() {
            assertThatThrownBy(() -> catalog.get("PIPE-BYTE-STREEM"))
                    .isInstanceOf(CatalogException.class)
                    .hasMessageContaining("unknown property 'PIPE-BYTE-STREEM'")
                    .hasMessageContaining("PIPE-BYTE-STREAM");
            assertThat(catalog.find("NOPE-X")).isEmpty();
        }
    }

    @Nested
    class MalformedData {
        @TempDir
        Path dir;

        @Test
        void anIntactCopyLoadsInAnIsolatedLoader() {
            Catalog copy = load(withGoodCatalog());
            assertThat(copy.properties()).hasSameSizeAs(Catalog.standard().properties());
            assertThat(copy.pending()).isEqualTo(Catalog.standard().pending());
        }

        @Test
        void aMisspelledKeyNamesTheFileTheMissingKeyAndTheEntry() {
            // Jackson reports the required key as missing before it reports the stray one.
            assertFailure("broken-unknown-key")
                    .hasMessageMatching("(?s)catalog file catalog/pipe.yaml line [0-9]+ is malformed.*")
                    .hasMessageContaining("Missing required creator property 'title'")
                    .hasMessageContaining("at properties[0]");
        }

        @Test
        void anExtraKeyNamesTheFileTheKeyAndTheLine() {
            assertFailure("broken-extra-key")
                    .hasMessageMatching("(?s)catalog file catalog/semaphore.yaml line [0-9]+ is malformed.*")
                    .hasMessageContaining("Unrecognized field \"note\"")
                    .hasMessageContaining(" line 12 ");
        }

        @Test
        void anUnknownLevelNamesTheFileAndTheValue() {
            assertFailure("broken-level")
                    .hasMessageMatching("(?s)catalog file catalog/fifo.yaml line [0-9]+ is malformed.*")
                    .hasMessageContaining("OPTIONAL")
                    .hasMessageContaining(" line 6 ");
        }

        @Test
        void anUnknownBasisNamesTheFileAndTheValue() {
            assertFailure("broken-basis")
                    .hasMessageMatching("(?s)catalog file catalog/signal.yaml line [0-9]+ is malformed.*")
                    .hasMessageContaining("bsd")
                    .hasMessageContaining(" line 7 ");
        }

        @Test
        void anUnknownStandardNamesTheFileTheIdTheValueAndTheAcceptedOnes() {
            Path root = withGoodCatalog();
            rewrite(root, Mechanism.FIFO, "standard: [posix, linux]", "standard: [posix, bsd]");
            assertThatThrownBy(() -> load(root)).isInstanceOf(CatalogException.class)
                    .hasMessage("catalog file catalog/fifo.yaml, property FIFO-MEMORY-CONTENT: unknown standard 'bsd';"
                            + " accepted: posix, posix-option:MSG, posix-option:SEM, posix-option:SHM, posix-option:TMO,"
                            + " posix-option:RTS, xsi, linux");
        }

        @Test
        void anOptionWithoutItsTagIsAnUnknownStandard() {
            Path root = withGoodCatalog();
            rewrite(root, Mechanism.MESSAGE_QUEUE, "standard: [xsi, posix-option:MSG]\n    statement: >\n      A message queue is",
                    "standard: [xsi, posix-option]\n    statement: >\n      A message queue is");
            assertThatThrownBy(() -> load(root)).isInstanceOf(CatalogException.class)
                    .hasMessageStartingWith("catalog file catalog/message-queue.yaml, property MQ-IDENTIFIED-LIST:"
                            + " unknown standard 'posix-option'; accepted: posix, posix-option:MSG");
        }

        @Test
        void anEmptyStandardNamesTheFileTheIdAndTheAcceptedOnes() {
            Path root = withGoodCatalog();
            rewrite(root, Mechanism.SEMAPHORE, "standard: [xsi]\n    statement: >\n      A System V semop(2) with SEM_UNDO",
                    "standard: []\n    statement: >\n      A System V semop(2) with SEM_UNDO");
            assertThatThrownBy(() -> load(root)).isInstanceOf(CatalogException.class)
                    .hasMessageStartingWith("catalog file catalog/semaphore.yaml, property SEM-UNDO-ON-EXIT:"
                            + " standard must list one or more of posix, posix-option:MSG");
        }

        @Test
        void aStandardListedTwiceNamesTheFileTheIdAndTheStandard() {
            Path root = withGoodCatalog();
            rewrite(root, Mechanism.SOCKET, "standard: [posix, linux]", "standard: [posix, LINUX, linux]");
            assertThatThrownBy(() -> load(root)).isInstanceOf(CatalogException.class)
                    .hasMessage("catalog file catalog/socket.yaml, property SOCK-DOMAIN-TYPE-PROTOCOL:"
                            + " standard linux is listed twice");
        }

        @Test
        void aMissingStandardNamesTheFileAndTheField() {
            Path root = withGoodCatalog();
            rewrite(root, Mechanism.GENERAL, "    standard: [posix]\n", "");
            assertThatThrownBy(() -> load(root)).isInstanceOf(CatalogException.class)
                    .hasMessageMatching("(?s)catalog file catalog/general.yaml line [0-9]+ is malformed.*")
                    .hasMessageContaining("'standard'");
        }

        @Test
        void aMissingFieldNamesTheFileAndTheField() {
            assertFailure("broken-missing-field")
                    .hasMessageMatching("(?s)catalog file catalog/shared-memory.yaml line [0-9]+ is malformed.*")
                    .hasMessageContaining("'evidence'");
        }

        @Test
        void invalidYamlNamesTheFileAndTheLine() {
            assertFailure("broken-syntax")
                    .hasMessageMatching("(?s)catalog file catalog/socket.yaml line [0-9]+ is malformed.*")
                    .hasMessageContaining("line");
        }

        @Test
        void aDuplicateIdNamesTheFileAndTheId() {
            assertFailure("broken-duplicate-id")
                    .hasMessage("catalog file catalog/general.yaml: property IPC-KERNEL-COPY is defined twice");
        }

        @Test
        void anIdWithAnotherMechanismsPrefixNamesTheFileTheIdAndThePrefix() {
            assertFailure("broken-wrong-prefix")
                    .hasMessage("catalog file catalog/socket.yaml, property PIPE-SOCKETPAIR: IDs of SOCKET start with SOCK-");
        }

        @Test
        void aMisshapenIdNamesTheFileAndTheId() {
            assertFailure("broken-id-shape")
                    .hasMessageStartingWith("catalog file catalog/semaphore.yaml, property SEM_counter: ")
                    .hasMessageContaining("upper-case words joined by dashes");
        }

        @Test
        void aFileDeclaringAnotherMechanismNamesBoth() {
            assertFailure("broken-mechanism")
                    .hasMessage("catalog file catalog/message-queue.yaml declares mechanism SHARED_MEMORY"
                            + " but must hold MESSAGE_QUEUE");
        }

        @Test
        void aBlankTitleNamesTheFileAndTheId() {
            assertFailure("broken-blank-title")
                    .hasMessage("catalog file catalog/pipe.yaml, property PIPE-ORDER:"
                            + " title, statement and evidence must not be blank");
        }

        @Test
        void anEmptyBasisNamesTheFileAndTheId() {
            assertFailure("broken-no-basis")
                    .hasMessage("catalog file catalog/fifo.yaml, property FIFO-NONBLOCK-OPEN:"
                            + " basis and references must name at least one source");
        }

        @Test
        void anUnknownPendingIdNamesTheLineAndSuggestsKnownIds() {
            assertFailure("broken-pending")
                    .hasMessageStartingWith("catalog/pending.txt line 3: PIPE-BYTE-STREEM is not a catalog property")
                    .hasMessageContaining("PIPE-BYTE-STREAM");
        }

        @Test
        void aMissingFileIsNamed() throws IOException {
            Path root = withGoodCatalog();
            Files.delete(root.resolve(Mechanism.SEMAPHORE.resourceName()));
            assertThatThrownBy(() -> load(root))
                    .isInstanceOf(CatalogException.class)
                    .hasMessage("catalog file catalog/semaphore.yaml is missing from the class path");
        }

        @Test
        void aMissingPendingListMeansNothingIsPending() throws IOException {
            Path root = withGoodCatalog();
            Files.delete(root.resolve(Catalog.PENDING_RESOURCE));
            assertThat(load(root).pending()).isEmpty();
        }

        /** Loads the good catalog with one fixture's files laid over it and expects the load to fail. */
        private AbstractThrowableAssert<?, ? extends Throwable> assertFailure(String fixture) {
            Path root = withGoodCatalog();
            overlay(root, fixture);
            return assertThatThrownBy(() -> load(root)).isInstanceOf(CatalogException.class);
        }

        /** A copy of the shipped catalog under dir, the root of a class path entry. */
        private Path withGoodCatalog() {
            List<String> resources = new ArrayList<>();
            for (Mechanism m : Mechanism.values()) {
                resources.add(m.resourceName());
            }
            resources.add(Catalog.PENDING_RESOURCE);
            for (String resource : resources) {
                try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(resource)) {
                    assertThat(in).as("shipped resource %s", resource).isNotNull();
                    Path target = dir.resolve(resource);
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return dir;
        }

        /** Replaces the first occurrence of {@code from} (which must be there) in a mechanism's file under root. */
        private void rewrite(Path root, Mechanism mechanism, String from, String to) {
            Path file = root.resolve(mechanism.resourceName());
            try {
                String text = Files.readString(file);
                assertThat(text).as("%s holds the text to replace", file).contains(from);
                int at = text.indexOf(from);
                Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Replaces files of root by those of the test resource folder named fixture (broken-*). */
        private void overlay(Path root, String fixture) {
            URL url = CatalogTest.class.getClassLoader().getResource(fixture);
            assertThat(url).as("test fixture %s", fixture).isNotNull();
            try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
                Path base = Path.of(url.toURI());
                for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                    Files.copy(f, root.resolve(base.relativize(f).toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Loads the catalog from root alone: a null parent hides the module's own catalog. */
        private Catalog load(Path root) {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
                return Catalog.load(loader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
