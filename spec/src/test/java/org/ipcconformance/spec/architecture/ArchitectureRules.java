package org.ipcconformance.spec.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The architecture rules every module's {@code ArchitectureTest} applies (model: JUnit's own
 * {@code ArchUnitTests}). Each rule imports the main classes of the module that runs it, never
 * its tests nor another module's classes, and throws an {@link AssertionError} that lists every
 * violation (for cycles: each cycle, with the dependencies that make it).
 */
public final class ArchitectureRules {
    /** The SPI: its public types are what an adapter compiles against. */
    public static final String SPI_PACKAGE = "org.ipcconformance.spec.spi";

    private ArchitectureRules() {
    }

    /**
     * Packages of {@code rootPackage} (the root itself and every package below it) do not import
     * each other in a circle: each package is a slice of its own.
     */
    public static void noPackageCycles(String rootPackage) {
        slices().assignedFrom(eachPackageUnder(rootPackage)).should().beFreeOfCycles()
                .as("the packages of " + rootPackage + " are free of cycles")
                .check(mainClasses(rootPackage));
    }

    /** Every public top-level type of the SPI ({@value #SPI_PACKAGE} and below) carries apiguardian's {@code @API}. */
    public static void spiTypesCarryApiStatus() {
        classes().that().resideInAPackage(SPI_PACKAGE + "..").and().arePublic().and().areTopLevelClasses()
                .should().beAnnotatedWith(API.class)
                .as("every public top-level type of the SPI carries a stability status (@API)")
                .check(mainClasses(SPI_PACKAGE));
    }

    /**
     * One slice per package. (Slices {@code matching(root + ".(**)")} would leave out the root
     * package itself, where an adapter's entry classes live and most cycles start.)
     */
    private static SliceAssignment eachPackageUnder(String rootPackage) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                return pkg.equals(rootPackage) || pkg.startsWith(rootPackage + ".") ? SliceIdentifier.of(pkg) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "each package under " + rootPackage;
            }
        };
    }

    /** The main classes of the one module that holds {@code rootPackage}: its class folder, tests and jars left out. */
    private static JavaClasses mainClasses(String rootPackage) {
        Path folder = classFolderOf(rootPackage);
        // The rules look at the module's own classes only: importing every JDK and library class they
        // reference from the class path would cost seconds per rule and change no verdict.
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        JavaClasses imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(folder);
        if (imported.isEmpty()) {
            throw new AssertionError("no class imported from " + folder + " for " + rootPackage);
        }
        return imported;
    }

    /** The class folder (a module's target/classes) that holds {@code rootPackage}; exactly one must. */
    private static Path classFolderOf(String rootPackage) {
        String resource = rootPackage.replace('.', '/');
        List<Path> folders = new ArrayList<>();
        List<URL> all;
        try {
            all = Collections.list(ArchitectureRules.class.getClassLoader().getResources(resource));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the class path entries of " + rootPackage, e);
        }
        for (URL url : all) {
            if (!"file".equals(url.getProtocol())) {
                continue;
            }
            try {
                Path packageFolder = Path.of(url.toURI());
                Path folder = packageFolder;
                for (int i = 0; i < rootPackage.split("\\.").length; i++) {
                    folder = folder.getParent();
                }
                if (!folder.endsWith("test-classes")) {
                    folders.add(folder);
                }
            } catch (URISyntaxException e) {
                throw new IllegalStateException("a class path URL that is no URI: " + url, e);
            }
        }
        if (folders.size() != 1) {
            throw new AssertionError("expected one class folder (the module's target/classes) holding " + rootPackage
                    + ", found " + folders + " among " + all);
        }
        return folders.get(0);
    }
}
