package org.ipcconformance.cli.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipcconformance.spec.catalog.Catalog;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.junit.jupiter.api.Test;

/** The requirements listing and table on requirements written here, independent of what the suites declare. */
class RequirementsTest {
    private static final List<PropertyNeeds.MethodNeeds> METHODS = List.of(
            new PropertyNeeds.MethodNeeds("PIPE-EOF", "PipeEofSpec.a", Map.of("", List.of(Feature.PIPES, Feature.MULTI_PROCESS))),
            new PropertyNeeds.MethodNeeds("PIPE-EOF", "PipeEofSpec.b", Map.of("", List.of(Feature.PIPES, Feature.NONBLOCKING_IO))),
            new PropertyNeeds.MethodNeeds("PIPE-ORDER", "PipeOrderSpec.a", Map.of("", List.of(Feature.PIPES))),
            new PropertyNeeds.MethodNeeds("SHM-NO-COPY", "ShmNoCopySpec.a", inOrder(
                    "System V", List.of(Feature.MULTI_PROCESS, Feature.SYSV_SHARED_MEMORY),
                    "POSIX", List.of(Feature.MULTI_PROCESS, Feature.POSIX_SHARED_MEMORY))),
            new PropertyNeeds.MethodNeeds("SOCK-STREAM-RELIABLE", "StreamSpec.a", inOrder(
                    "UNIX", List.of(Feature.UNIX_STREAM_SOCKETS), "INET", List.of(Feature.INET_STREAM_SOCKETS))));

    private final List<PropertyNeeds> needs = PropertyNeeds.of(Catalog.standard(), METHODS);

    /** Variants in the order they run, as the suites give them. */
    private static Map<String, List<Feature>> inOrder(String first, List<Feature> a, String second, List<Feature> b) {
        Map<String, List<Feature>> m = new LinkedHashMap<>();
        m.put(first, a);
        m.put(second, b);
        return m;
    }

    private PropertyNeeds of(String id) {
        return needs.stream().filter(n -> n.property().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyFeatureThatDeclaresAFacetFindsIt() {
        assertThat(FacetIndex.of(Feature.PIPES)).containsSame(Facet.PIPES);
        assertThat(FacetIndex.of(Feature.SIGNAL_MASK)).containsSame(Facet.SIGNAL_MASK);
        assertThat(FacetIndex.of(Feature.SYSV_SHARED_MEMORY)).containsSame(Facet.sharedMemory(IpcFamily.SYSTEM_V));
        assertThat(FacetIndex.of(Feature.POSIX_MESSAGE_QUEUES)).containsSame(Facet.messageQueues(IpcFamily.POSIX));
        for (Feature socket : List.of(Feature.UNIX_STREAM_SOCKETS, Feature.UNIX_DATAGRAM_SOCKETS, Feature.INET_STREAM_SOCKETS,
                Feature.INET_DATAGRAM_SOCKETS, Feature.RAW_SOCKETS)) {
            assertThat(FacetIndex.of(socket)).as("facet of %s", socket).containsSame(Facet.SOCKETS);
        }
        assertThat(FacetIndex.of(Feature.NONBLOCKING_IO)).isEmpty();
        assertThat(FacetIndex.of(Feature.HANDLE_INHERITANCE)).isEmpty();
    }

    @Test
    void aPropertysNeedsAreTheUnionOfItsMethodsPerVariantInCatalogOrder() {
        assertThat(needs).hasSize(Catalog.standard().properties().size());
        assertThat(needs.get(0).property().id()).isEqualTo(Catalog.standard().properties().get(0).id());
        PropertyNeeds eof = of("PIPE-EOF");
        assertThat(eof.methods()).isEqualTo(2);
        assertThat(eof.hasVariants()).isFalse();
        assertThat(eof.perVariant().get(PropertyNeeds.NO_VARIANT))
                .containsExactly(Feature.PIPES, Feature.MULTI_PROCESS, Feature.NONBLOCKING_IO);
        PropertyNeeds shm = of("SHM-NO-COPY");
        assertThat(shm.hasVariants()).isTrue();
        assertThat(shm.perVariant().get("POSIX")).containsExactly(Feature.MULTI_PROCESS, Feature.POSIX_SHARED_MEMORY);
        assertThat(shm.all()).containsExactly(Feature.MULTI_PROCESS, Feature.SYSV_SHARED_MEMORY, Feature.POSIX_SHARED_MEMORY);
        assertThat(of("SHM-FASTEST").executable()).isFalse(); // no method of it among METHODS
    }

    @Test
    void theListingNamesEachFeatureWithItsFacetPerVariant() {
        StringWriter text = new StringWriter();
        RequirementsListing.print(new PrintWriter(text), needs);
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l.strip()).startsWith("PIPE-EOF ")
                .endsWith("PIPES [pipes], MULTI_PROCESS [spawning], NONBLOCKING_IO"));
        int shm = lines.indexOf("    SHM-NO-COPY");
        assertThat(shm).isPositive();
        assertThat(lines.get(shm + 1).strip()).startsWith("System V").endsWith("SYSV_SHARED_MEMORY [System V shared memory]");
        assertThat(lines.get(shm + 2).strip()).startsWith("POSIX").endsWith("POSIX_SHARED_MEMORY [POSIX shared memory]");
        // METHODS has none of SHM-FASTEST, which the catalog no longer lists as pending (issue 16)
        assertThat(lines).anySatisfy(l -> assertThat(l.strip()).startsWith("SHM-FASTEST ")
                .endsWith("no spec method found, though the catalog does not list it as pending"));
        assertThat(lines).contains("  Shared memory", "  Pipe");
    }

    @Test
    void theTableCountsThePropertiesOfEachMechanismThatNeedEachFeature() {
        String md = RequirementsTable.markdown(needs);
        List<String> rows = md.lines().toList();
        assertThat(rows.get(0)).startsWith("| Mechanism |");
        assertThat(rows.get(1)).isEqualTo("|---|---|---|---|");
        String pipes = rows.stream().filter(r -> r.startsWith("| Pipe |")).findFirst().orElseThrow();
        int pipeProperties = Catalog.standard().of(org.ipcconformance.spec.catalog.Mechanism.PIPE).size();
        assertThat(pipes).isEqualTo("| Pipe | 2 of " + pipeProperties + " | pipes (`PIPES`): 2 · spawning (`MULTI_PROCESS`): 1"
                + " | `NONBLOCKING_IO`: 1 |");
        String sockets = rows.stream().filter(r -> r.startsWith("| Socket |")).findFirst().orElseThrow();
        assertThat(sockets).contains("sockets (`INET_STREAM_SOCKETS`): 1 · sockets (`UNIX_STREAM_SOCKETS`): 1", "| – |");
        assertThat(md).endsWith("|\n");
    }
}
