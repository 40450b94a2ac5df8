package org.ipcconformance.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.ipcconformance.spec.catalog.Catalog;
import org.ipcconformance.spec.catalog.Mechanism;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private final Catalog catalog = Catalog.standard();

    @Test
    void nothingChosenMeansTheWholeCatalog() {
        assertThat(Selection.of(catalog, null, null)).isNull();
        assertThat(Selection.of(catalog, List.of(), List.of())).isNull();
    }

    @Test
    void propertiesAreTakenInCatalogOrderWhateverTheCase() {
        Set<String> s = Selection.of(catalog, List.of("fifo-nonblock-open", " PIPE-EOF "), null);
        assertThat(s).containsExactly("PIPE-EOF", "FIFO-NONBLOCK-OPEN");
    }

    @Test
    void aMechanismIsNamedByItsNameOrItsIdPrefix() {
        assertThat(Selection.mechanism("message-queue")).isEqualTo(Mechanism.MESSAGE_QUEUE);
        assertThat(Selection.mechanism("MESSAGE_QUEUE")).isEqualTo(Mechanism.MESSAGE_QUEUE);
        assertThat(Selection.mechanism("mq")).isEqualTo(Mechanism.MESSAGE_QUEUE);
        assertThat(Selection.mechanism("Pipe")).isEqualTo(Mechanism.PIPE);
        assertThat(Selection.of(catalog, null, List.of("fifo")))
                .containsExactlyElementsOf(catalog.of(Mechanism.FIFO).stream().map(p -> p.id()).toList());
    }

    @Test
    void unknownNamesSayWhatIsAccepted() {
        assertThatThrownBy(() -> Selection.mechanism("dbus")).hasMessageContaining("unknown mechanism 'dbus'")
                .hasMessageContaining("message-queue");
        assertThatThrownBy(() -> Selection.of(catalog, List.of("PIPE-NOPE"), null))
                .hasMessageContaining("unknown property 'PIPE-NOPE'").hasMessageContaining("PIPE-EOF");
    }
}
