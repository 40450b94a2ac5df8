package org.ipcconformance.reports.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ipcconformance.spec.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineReaderTest {
    private static final Set<String> ADAPTERS = Set.of("native", "simulator", "jdk", "simulator:early-eof");
    private static final Function<String, Optional<String>> CHECK = id -> ADAPTERS.contains(id) ? Optional.empty()
            : Optional.of("unknown adapter '" + id + "'; known adapters: native, simulator, jdk");

    private static Baseline parse(String yaml) {
        return BaselineReader.parse("known.yaml", yaml, Catalog.standard(), CHECK);
    }

    @Test
    void entriesCarryTheirLinePlatformReasonAndLink() {
        Baseline b = parse("""
                # known deviations of our CI machines
                deviations:
                  - property: PIPE-EOF
                    adapter: jdk
                    reason: child JVMs cannot hold a write end
                    link: https://example.org/issues/7
                  - property: FIFO-NONBLOCK-OPEN
                    adapter: native
                    platform:
                      os: linux
                      kernel: ">=5.10 <6.2"
                    reason: old kernels
                """);
        assertThat(b.entries()).hasSize(2);
        BaselineEntry first = b.entries().get(0);
        assertThat(first.property()).isEqualTo("PIPE-EOF");
        assertThat(first.adapter()).isEqualTo("jdk");
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.link()).isEqualTo("https://example.org/issues/7");
        assertThat(first.platform()).isEqualTo(PlatformMatch.ANY);
        BaselineEntry second = b.entries().get(1);
        assertThat(second.line()).isEqualTo(7);
        assertThat(second.link()).isNull();
        assertThat(second.platform().matches(new Platform("Linux", "6.1.0-18-amd64"))).isTrue();
        assertThat(second.platform().matches(new Platform("Linux", "6.2.0"))).isFalse();
        assertThat(second.platform().matches(new Platform("Mac OS X", "6.1"))).isFalse();
    }

    @Test
    void anEmptyFileOrListIsAnEmptyBaseline() {
        assertThat(parse("").isEmpty()).isTrue();
        assertThat(parse("# nothing known\n").isEmpty()).isTrue();
        assertThat(parse("deviations: []\n").isEmpty()).isTrue();
        assertThat(parse("deviations:\n").isEmpty()).isTrue();
    }

    @Test
    void anUnknownPropertyNamesTheLineAndTheCatalogsSuggestion() {
        assertThatThrownBy(() -> parse("""
                deviations:
                  - property: PIPE-EOF
                    adapter: jdk
                    reason: r
                  - property: PIPE-EOFF
                    adapter: jdk
                    reason: r
                """))
                .isInstanceOf(BaselineException.class)
                .hasMessageStartingWith("known.yaml line 5: unknown property 'PIPE-EOFF'")
                .hasMessageContaining("known PIPE-* properties:")
                .hasMessageContaining("PIPE-EOF,");
    }

    @Test
    void anUnknownAdapterNamesTheLineAndTheKnownAdapters() {
        assertThatThrownBy(() -> parse("""
                deviations:
                  - property: PIPE-EOF
                    adapter: natve
                    reason: r
                """))
                .hasMessageStartingWith("known.yaml line 3: unknown adapter 'natve'; known adapters: native, simulator, jdk");
    }

    @Test
    void aBadKernelRangeNamesTheLineAndTheAcceptedForm() {
        assertThatThrownBy(() -> parse("""
                deviations:
                  - property: PIPE-EOF
                    adapter: native
                    reason: r
                    platform:
                      kernel: "from 5.10"
                """))
                .hasMessageStartingWith("known.yaml line 6: bad kernel range 'from 5.10': 'from' is not a comparison")
                .hasMessageContaining("e.g. '>=5.10 <6.2'");
    }

    @Test
    void anUnknownKeyNamesTheLineAndTheAcceptedKeys() {
        assertThatThrownBy(() -> parse("""
                deviations:
                  - property: PIPE-EOF
                    adapter: native
                    reasn: typo
                """))
                .hasMessage("known.yaml line 4: unknown key 'reasn' in an entry of 'deviations'; accepted keys: "
                        + "property, adapter, platform, reason, link");
        assertThatThrownBy(() -> parse("baseline:\n  - property: PIPE-EOF\n"))
                .hasMessageStartingWith("known.yaml line 1: unknown key 'baseline' in the file; accepted keys: deviations");
    }

    @Test
    void aMissingReasonAWrongShapeAndBrokenYamlAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> parse("""
                deviations:
                  - property: PIPE-EOF
                    adapter: native
                """))
                .hasMessageStartingWith("known.yaml line 2: the entry has no 'reason'");
        assertThatThrownBy(() -> parse("deviations:\n  property: PIPE-EOF\n"))
                .hasMessageStartingWith("known.yaml line 2: 'deviations' must be a list of entries");
        assertThatThrownBy(() -> parse("deviations:\n  - property: [PIPE-EOF\n    adapter: native\n"))
                .hasMessageStartingWith("known.yaml line ")
                .hasMessageContaining("not valid YAML")
                .hasMessageContaining("a baseline is a YAML mapping with one key, 'deviations'");
        assertThatThrownBy(() -> parse("deviations:\n  - property: PIPE-EOF\n    adapter: native\n    reason: r\n"
                + "  - property: PIPE-EOF\n    adapter: native\n    reason: again\n"))
                .hasMessageStartingWith("known.yaml line 5: PIPE-EOF on native (any platform) is listed already at line 2");
    }

    @Test
    void aFileThatIsNotThereIsNamed(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> BaselineReader.read(missing, Catalog.standard(), CHECK))
                .isInstanceOf(BaselineException.class).hasMessage("baseline " + missing + " does not exist");
        Path file = dir.resolve("b.yaml");
        Files.writeString(file, "deviations:\n  - property: NOPE-X\n    adapter: native\n    reason: r\n");
        assertThatThrownBy(() -> BaselineReader.read(file, Catalog.standard(), CHECK))
                .hasMessageStartingWith(file + " line 2: unknown property 'NOPE-X' (no catalog property starts with NOPE-)");
    }
}
