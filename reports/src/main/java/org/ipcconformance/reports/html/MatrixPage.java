package org.ipcconformance.reports.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.spec.catalog.Catalog;

/**
 * Renders {@code index.html}: the conformance matrix, one self-contained page that reads on a
 * laptop screen and on paper. Header with the environment and each column's score, filters, the
 * matrix (rows by mechanism, a column per adapter and host), where adapters disagree, a legend,
 * and a detail view per cell. Style and script are inline; a Content-Security-Policy allows
 * exactly those two blocks (by hash) and nothing else, so the page cannot make any request.
 */
public final class MatrixPage {
    public static final String FILE_NAME = "index.html";

    private static final String CSS = resource("matrix.css");
    private static final String JS = resource("matrix.js");
    /** default-src 'none': no fetch, image, font, frame or connection of any kind. */
    static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(JS)
            + "'; base-uri 'none'; form-action 'none'";

    private MatrixPage() {
    }

    /** Writes {@code dir/index.html}, creating the folder, and returns the file. */
    public static Path write(ConformanceReport report, Path dir) {
        return write(report, CatalogView.of(Catalog.standard()), dir);
    }

    public static Path write(ConformanceReport report, CatalogView catalog, Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            Files.writeString(file, render(report, catalog));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The page, with statements and references from the shipped catalog. */
    public static String render(ConformanceReport report) {
        return render(report, CatalogView.of(Catalog.standard()));
    }

    public static String render(ConformanceReport report, CatalogView catalog) {
        Grid grid = Grid.of(report, catalog);
        List<Disagreement> disagreements = Disagreement.of(grid);
        String host = report.run() == null ? "" : report.run().isMerged() ? " – merged" : " – " + report.run().host();
        StringBuilder h = new StringBuilder(65_536);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>IPC conformance matrix").append(Html.escape(host)).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>IPC conformance matrix</h1>\n");
        HeaderSection.environment(h, report.run());
        HeaderSection.scores(h, grid, report);
        h.append("</header>\n<main>\n<h2 class=\"matrix-title\">Matrix</h2>\n");
        Sections.filters(h, grid, !disagreements.isEmpty());
        MatrixTable.write(h, grid, disagreements);
        Sections.disagreements(h, disagreements);
        Sections.legend(h);
        h.append("</main>\n");
        Sections.dialog(h);
        h.append("<script type=\"application/json\" id=\"ipc-data\">").append(PageData.json(grid)).append("</script>\n")
                .append("<script>").append(JS).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String resource(String name) {
        try (InputStream in = MatrixPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report's " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report's " + name + ": " + e.getMessage(), e);
        }
    }

    /** A CSP hash source: the browser hashes the element's text exactly as written. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
