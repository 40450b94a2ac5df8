package org.ipcconformance.cli.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.spec.catalog.Basis;
import org.ipcconformance.spec.catalog.Level;
import org.ipcconformance.spec.catalog.Mechanism;
import org.ipcconformance.spec.catalog.PropertyDef;
import org.ipcconformance.spec.catalog.Standard;
import org.junit.jupiter.api.Test;

/** The selftest's verdict rules on made-up results: clean failures, kills, survivors. */
class SelftestResultTest {
    private static final CatalogView CATALOG = new CatalogView(List.of(def("PIPE-EOF"), def("PIPE-ORDER"),
            def("FIFO-NONBLOCK-OPEN"), def("SIG-UNCATCHABLE")), Set.of("SIG-UNCATCHABLE"));
    private static final Map<String, String> FAULTS = new LinkedHashMap<>(Map.of("early-eof", "reads EOF early"));

    private static PropertyDef def(String id) {
        return new PropertyDef(id, id.startsWith("PIPE") ? Mechanism.PIPE : id.startsWith("FIFO") ? Mechanism.FIFO
                : Mechanism.SIGNAL, id, Level.MUST, List.of(Basis.POSIX), List.of(Standard.POSIX), "s", List.of("r"), "e");
    }

    private static PropertyResult r(String id, String adapter, Verdict v) {
        return new PropertyResult(id, Mechanism.PIPE, id, Level.MUST, List.of("posix"), adapter, v, "", 1, Map.of(), List.of());
    }

    private static List<PropertyResult> results(Verdict cleanOrder, Verdict eofUnderFault, Verdict orderUnderFault,
                                                Verdict fifoUnderFault) {
        List<PropertyResult> all = new ArrayList<>();
        all.add(r("PIPE-EOF", "simulator", Verdict.PASS));
        all.add(r("PIPE-ORDER", "simulator", cleanOrder));
        all.add(r("FIFO-NONBLOCK-OPEN", "simulator", Verdict.PASS));
        all.add(r("SIG-UNCATCHABLE", "simulator", Verdict.UNTESTED));
        all.add(r("PIPE-EOF", "simulator:early-eof", eofUnderFault));
        all.add(r("PIPE-ORDER", "simulator:early-eof", orderUnderFault));
        all.add(r("FIFO-NONBLOCK-OPEN", "simulator:early-eof", fifoUnderFault));
        all.add(r("SIG-UNCATCHABLE", "simulator:early-eof", Verdict.UNTESTED));
        return all;
    }

    @Test
    void failAndTimeoutKillWhileBrokenAndPassDoNot() {
        SelftestResult s = SelftestResult.of(results(Verdict.PASS, Verdict.FAIL, Verdict.TIMEOUT, Verdict.BROKEN),
                CATALOG, "simulator", FAULTS);
        SelftestResult.Mutant m = s.mutants().get("early-eof");
        assertThat(m.description()).isEqualTo("reads EOF early");
        assertThat(m.killed()).containsExactly("PIPE-EOF", "PIPE-ORDER");
        assertThat(m.timedOut()).containsExactly("PIPE-ORDER");
        assertThat(m.broken()).containsExactly("FIFO-NONBLOCK-OPEN");
        assertThat(s.properties()).containsOnlyKeys("PIPE-EOF", "PIPE-ORDER", "FIFO-NONBLOCK-OPEN");
        assertThat(s.properties().get("PIPE-EOF")).containsExactly("early-eof");
        assertThat(s.survivors()).containsExactly("FIFO-NONBLOCK-OPEN");
        assertThat(s.cleanFailures()).isEmpty();
        assertThat(s.ok()).isFalse();
    }

    @Test
    void aCleanModelThatDoesNotPassIsNamed() {
        SelftestResult s = SelftestResult.of(results(Verdict.NOT_APPLICABLE, Verdict.FAIL, Verdict.FAIL, Verdict.FAIL),
                CATALOG, "simulator", FAULTS);
        assertThat(s.cleanFailures()).containsExactly("PIPE-ORDER");
        assertThat(s.survivors()).isEmpty();
        assertThat(s.ok()).isFalse();
        assertThat(s.clean()).containsEntry("SIG-UNCATCHABLE", Verdict.UNTESTED);
    }

    @Test
    void allGoodIsOk() {
        SelftestResult s = SelftestResult.of(results(Verdict.PASS, Verdict.FAIL, Verdict.FAIL, Verdict.TIMEOUT),
                CATALOG, "simulator", FAULTS);
        assertThat(s.ok()).isTrue();
    }
}
