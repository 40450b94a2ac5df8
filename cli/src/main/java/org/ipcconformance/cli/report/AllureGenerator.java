package org.ipcconformance.cli.report;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.ipcconformance.cli.version.VersionProvider;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.spi.HarnessException;

/**
 * Generates the Allure HTML report from a results folder with the Allure command line that the
 * build unpacked next to the CLI's jar ({@code cli/target/allure/allure-VERSION}), run with this
 * JVM's java: no global install, no network. Before generating, the history of the report
 * already in the output folder is copied into the results, so that Allure's trends carry over
 * from run to run.
 */
public final class AllureGenerator {
    /** Overrides where the Allure command line is (a folder with lib/ and config/). */
    public static final String HOME_PROPERTY = "ipc.allure.home";
    public static final String HOME_ENV = "IPC_CONFORMANCE_ALLURE_HOME";
    private static final String MAIN_CLASS = "io.qameta.allure.CommandLine";

    private AllureGenerator() {
    }

    /** What a generation did. */
    public record Generated(Path report, boolean historyCarried, long millis) {
    }

    public static Generated generate(Path results, Path report) {
        if (!Files.isDirectory(results)) {
            throw new IllegalArgumentException("no Allure results at " + results + ": run `ipc-conformance run --out DIR` first "
                    + "(every run writes DIR/allure-results)");
        }
        long t0 = System.nanoTime();
        Path home = home();
        boolean history = carryHistory(report, results);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = home.resolve("lib") + File.separator + "*" + File.pathSeparator + home.resolve("lib").resolve("config");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-cp", classPath, MAIN_CLASS,
                "generate", "--clean", "-o", report.toString(), results.toString()))
                .redirectErrorStream(true);
        // The Allure launcher script sets APP_HOME; the generator finds its configuration through it.
        pb.environment().put("APP_HOME", home.toString());
        String output;
        int exit;
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            try (InputStream in = p.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            exit = p.waitFor();
        } catch (IOException e) {
            throw new HarnessException("cannot start the Allure generator (" + java + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted while the Allure report was generated", e);
        }
        if (exit != 0 || !Files.isRegularFile(report.resolve("index.html"))) {
            throw new HarnessException("the Allure generator failed (exit code " + exit + ") on " + results + ": "
                    + tail(output));
        }
        return new Generated(report, history, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * The Allure command line: {@value #HOME_PROPERTY} or {@value #HOME_ENV} when set, else
     * {@code allure/allure-VERSION} beside the jar (or the classes folder) this class came from.
     */
    public static Path home() {
        String configured = System.getProperty(HOME_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(HOME_ENV);
        }
        Path home;
        if (configured != null && !configured.isBlank()) {
            home = Path.of(configured);
        } else {
            String version = VersionProvider.buildProperty("allure.commandline.version");
            home = codeLocation().resolve("allure").resolve("allure-" + (version == null ? "unknown" : version));
        }
        if (!Files.isDirectory(home.resolve("lib"))) {
            throw new HarnessException("the Allure command line is not at " + home + ": the build unpacks it there "
                    + "(./mvnw -pl cli -am package), or set " + HOME_ENV + " to an unpacked allure-commandline");
        }
        return home;
    }

    /** The folder that holds this CLI's jar, or cli/target when running from classes. */
    private static Path codeLocation() {
        try {
            Path here = Path.of(AllureGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return here.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            throw new HarnessException("cannot tell where the CLI was loaded from to find the Allure command line; set "
                    + HOME_ENV, e);
        }
    }

    /** Copies {@code report/history} into {@code results/history}; true when there was one. */
    static boolean carryHistory(Path report, Path results) {
        Path from = report.resolve("history");
        if (!Files.isDirectory(from)) {
            return false;
        }
        Path to = results.resolve("history");
        try {
            RunDirectory.deleteTree(to);
            Files.createDirectories(to);
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot carry the Allure history from " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private static String tail(String output) {
        List<String> lines = output.strip().lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
}
