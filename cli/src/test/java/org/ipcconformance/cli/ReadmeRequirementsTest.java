package org.ipcconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README.md's table of what an adapter must offer is made from the specs' {@code @Requires}, not
 * written by hand: it must be exactly what {@code list --requirements --markdown} prints.
 */
class ReadmeRequirementsTest {
    static final String BEGIN = "<!-- requirements:begin -->";
    static final String END = "<!-- requirements:end -->";

    @Test
    void theReadmesTableOfWhatAnAdapterMustOfferIsTheGeneratedOne() throws IOException {
        Cli cli = Cli.run("list", "--requirements", "--markdown");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        Path readme = readme();
        String text = Files.readString(readme);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertThat(begin).as("%s holds the marker %s", readme, BEGIN).isNotNegative();
        assertThat(end).as("%s holds the marker %s after %s", readme, END, BEGIN).isGreaterThan(begin);
        String written = text.substring(begin + BEGIN.length(), end).strip();
        assertThat(written).as("%s's table between %s and %s is not what the specs' @Requires give: regenerate it with"
                        + " `./ipc-conformance list --requirements --markdown` and put its output between the markers",
                        readme, BEGIN, END)
                .isEqualTo(cli.out().strip());
    }

    /** The project's README: the tests run in the module's folder, below it. */
    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir.resolve("README.md");
            }
        }
        throw new AssertionError("no README.md beside mvnw above " + Path.of("").toAbsolutePath());
    }
}
