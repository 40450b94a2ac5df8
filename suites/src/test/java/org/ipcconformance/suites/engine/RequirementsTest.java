package org.ipcconformance.suites.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipcconformance.spec.run.ReportKeys;
import org.ipcconformance.spec.spi.Feature;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.ReflectionSupport;

/** The index of requirements that {@code list --requirements} prints, checked against the suites themselves. */
class RequirementsTest {
    private final List<Requirement> all = Requirements.all();

    @Test
    void theIndexHasEveryPropertyMethodOnceSortedByIdThenMethod() {
        List<Method> methods = propertyMethods(ReportKeys.SUITES_PACKAGE);
        assertThat(all).hasSize(methods.size());
        assertThat(all).extracting(r -> r.specClass() + "." + r.specMethod()).containsExactlyInAnyOrderElementsOf(
                methods.stream().map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName()).toList());
        assertThat(all).isSortedAccordingTo(Comparator.comparing(Requirement::propertyId).thenComparing(Requirement::specClass)
                .thenComparing(Requirement::specMethod));
    }

    @Test
    void everySpecMethodIsDeclaredSoThatTheEngineCanRunIt() {
        // A wrongly declared method would fail only when the suites run against adapters: fail the build instead.
        propertyMethods(ReportKeys.SUITES_PACKAGE).forEach(Declarations::check);
    }

    @Test
    void aMethodRunPerFamilyNeedsEachFamilysFeature() {
        Requirement noCopy = only("SHM-NO-COPY");
        assertThat(noCopy.variants()).isEqualTo(Variants.IPC_FAMILY);
        Map<String, List<Feature>> expected = new LinkedHashMap<>();
        expected.put("System V", List.of(Feature.MULTI_PROCESS, Feature.SYSV_SHARED_MEMORY));
        expected.put("POSIX", List.of(Feature.MULTI_PROCESS, Feature.POSIX_SHARED_MEMORY));
        assertThat(noCopy.featuresPerVariant()).containsExactlyEntriesOf(expected);
    }

    @Test
    void aMethodRunPerDomainNeedsEachDomainsFeature() {
        assertThat(all).filteredOn(r -> r.propertyId().equals("SOCK-STREAM-RELIABLE")).hasSize(2).allSatisfy(r -> {
            assertThat(r.variants()).isEqualTo(Variants.SOCKET_DOMAIN);
            assertThat(r.featuresPerVariant()).containsExactly(
                    Map.entry("UNIX", List.of(Feature.MULTI_PROCESS, Feature.UNIX_STREAM_SOCKETS)),
                    Map.entry("INET", List.of(Feature.MULTI_PROCESS, Feature.INET_STREAM_SOCKETS)));
        });
    }

    @Test
    void aMethodWithoutVariantsHasOneEntryUnderTheEmptyKey() {
        assertThat(all).filteredOn(r -> r.specMethod().equals("oneOpenWriteEndAnywhereKeepsEndOfFileAway")).singleElement()
                .satisfies(r -> assertThat(r.featuresPerVariant())
                        .containsExactly(Map.entry("", List.of(Feature.MULTI_PROCESS, Feature.HANDLE_INHERITANCE, Feature.PIPES))));
        assertThat(all).filteredOn(r -> r.specMethod().equals("twoWritesComeBackInOneRead")).singleElement()
                .satisfies(r -> assertThat(r.featuresPerVariant()).containsExactly(Map.entry("", List.of(Feature.PIPES))));
    }

    @Test
    void aFeatureDeclaredTwiceIsListedOnce() {
        Requirement r = new Requirement("SHM-NO-COPY", "Spec", "spec", Variants.IPC_FAMILY,
                List.of(Feature.POSIX_SHARED_MEMORY), List.of(VariantFeature.SHARED_MEMORY));
        assertThat(r.featuresPerVariant().get("POSIX")).containsExactly(Feature.POSIX_SHARED_MEMORY);
        assertThat(r.featuresPerVariant().get("System V")).containsExactly(Feature.POSIX_SHARED_MEMORY, Feature.SYSV_SHARED_MEMORY);
    }

    @Test
    void theTwinsAreGone() {
        // Each of these was two methods differing only in the family or the domain.
        for (String id : List.of("SHM-NO-COPY", "SHM-SHARED-ACCESS", "SHM-NEEDS-SYNCHRONIZATION", "SEM-BLOCKING-WAIT", "SEM-COUNTER",
                "SEM-MUTUAL-EXCLUSION", "MQ-NO-WAITING-READER", "MQ-PERSISTENCE")) {
            assertThat(only(id).variants()).as(id).isEqualTo(Variants.IPC_FAMILY);
        }
    }

    @Test
    void theIndexOfAnotherPackageListsItsMethodsWhateverTheirDeclarations() {
        assertThat(Requirements.in("org.ipcconformance.enginefixtures")).extracting(Requirement::propertyId)
                .contains("NO-SUCH-PROPERTY", "SHM-NO-COPY", "PIPE-EOF");
    }

    private Requirement only(String id) {
        List<Requirement> found = all.stream().filter(r -> r.propertyId().equals(id)).toList();
        assertThat(found).as("methods of %s", id).hasSize(1);
        return found.get(0);
    }

    private static List<Method> propertyMethods(String packageName) {
        return ReflectionSupport.findAllClassesInPackage(packageName, type -> true, name -> true).stream()
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods())).filter(m -> m.isAnnotationPresent(Property.class))
                .toList();
    }
}
