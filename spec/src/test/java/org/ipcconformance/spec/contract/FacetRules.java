package org.ipcconformance.spec.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipcconformance.spec.contract.Contract.check;
import static org.ipcconformance.spec.contract.Contract.notChecked;
import static org.ipcconformance.spec.contract.Contract.requires;
import static org.ipcconformance.spec.contract.Contract.within;

import java.util.ArrayList;
import java.util.List;
import org.ipcconformance.spec.spi.ChildOptions;
import org.ipcconformance.spec.spi.Facet;
import org.ipcconformance.spec.spi.Feature;
import org.ipcconformance.spec.spi.FeatureMissingException;
import org.ipcconformance.spec.spi.Features;
import org.ipcconformance.spec.spi.Proc;
import org.junit.jupiter.api.Test;

/**
 * Facets agree with features: a process offers the facet of every feature the adapter declares
 * (self all but signal handlers, mask and faults, which only started processes need; a started
 * process all but spawning, piped children and terminals, which only self needs), and a facet
 * whose feature is missing is NOT_APPLICABLE with the adapter's own reason.
 */
public interface FacetRules extends ContractFixture {

    @Test
    default void selfOffersTheFacetOfEveryDeclaredFeatureButSignalHandling() {
        List<String> problems = missingFacets(sandbox().self(), false);
        assertThat(problems).as("facets the adapter declares but self does not offer; %s",
                check("that the self Proc's facets() registers, with Facets.with, the facet of every feature declared (signal"
                        + " handlers, mask and faults may be left out)")).isEmpty();
    }

    @Test
    default void startedProcessesOfferTheSameFacetsButSpawningAndTerminals() {
        requires(this, "started processes offer the declared facets", Feature.MULTI_PROCESS);
        Proc self = sandbox().self();
        Proc child = within(this, "spawnChild", check("SpawnCalls.spawnChild"), () -> self.spawnChild(ChildOptions.inheriting()));
        List<String> problems = missingFacets(child, true);
        if (!child.isStarted()) {
            problems.add("lifecycle (every started process offers it)");
        }
        assertThat(problems).as("facets the adapter declares but a started process does not offer; %s",
                check("that the started Proc's facets() registers every declared facet but spawning, piped children and"
                        + " terminals, and Facet.LIFECYCLE")).isEmpty();
    }

    @Test
    default void aFacetWhoseFeatureIsMissingIsNotApplicableWithTheAdaptersReason() {
        Features features = features();
        List<Facet<?>> lacking = AllFacets.list().stream().filter(f -> f.feature() != null && !features.has(f.feature())).toList();
        if (lacking.isEmpty()) {
            notChecked("a missing feature is NOT_APPLICABLE", "adapter " + features.adapterId() + " declares every feature");
        }
        List<Proc> procs = new ArrayList<>(List.of(sandbox().self()));
        if (features.has(Feature.MULTI_PROCESS)) {
            procs.add(sandbox().self().spawnChild(ChildOptions.inheriting()));
        }
        List<String> problems = new ArrayList<>();
        for (Proc p : procs) {
            for (Facet<?> facet : lacking) {
                String reason = features.reasonMissing(facet.feature()).orElseThrow();
                try {
                    p.facet(facet);
                    problems.add(p + " " + facet + ": no exception, expected FeatureMissingException(" + facet.feature() + ")");
                } catch (FeatureMissingException e) {
                    if (e.feature() != facet.feature() || !e.getMessage().contains(reason)) {
                        problems.add(p + " " + facet + ": " + e.getMessage() + " (expected " + facet.feature() + " and the reason '"
                                + reason + "')");
                    }
                } catch (RuntimeException e) {
                    problems.add(p + " " + facet + ": " + e + ", expected FeatureMissingException(" + facet.feature() + ")");
                }
            }
        }
        assertThat(problems).as("facets of missing features that are not NOT_APPLICABLE with the adapter's reason; %s",
                check("that facets() registers no facet whose feature the adapter lacks, and that Features.lacks gives the reason"))
                .isEmpty();
    }

    /** The facets {@code p} should offer and does not, one line each. */
    private List<String> missingFacets(Proc p, boolean started) {
        Features features = features();
        List<String> problems = new ArrayList<>();
        for (Facet<?> facet : AllFacets.list()) {
            boolean declared = facet == Facet.SOCKETS
                    ? AllFacets.SOCKET_FEATURES.stream().anyMatch(features::has)
                    : facet.feature() != null && features.has(facet.feature());
            if (!declared || (started ? AllFacets.SELF_ONLY : AllFacets.STARTED_ONLY).contains(facet)) {
                continue;
            }
            try {
                p.facet(facet);
            } catch (RuntimeException e) {
                problems.add(p + " " + facet + ": " + e.getMessage());
            }
        }
        return problems;
    }
}
