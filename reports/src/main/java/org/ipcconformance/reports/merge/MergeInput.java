package org.ipcconformance.reports.merge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ipcconformance.reports.json.ConformanceJson;
import org.ipcconformance.reports.model.ConformanceReport;

/**
 * One run to merge: where it was read from and what it holds.
 *
 * @param source the folder or file given on the command line
 */
public record MergeInput(Path source, ConformanceReport report) {

    /**
     * Reads each folder's (or file's) {@code conformance.json}. The first problem stops the reading
     * with an {@link IllegalArgumentException} that names the file and what was wrong with it.
     */
    public static List<MergeInput> read(List<Path> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge: give the folders of one or more runs");
        }
        List<MergeInput> inputs = new ArrayList<>();
        for (Path source : sources) {
            inputs.add(new MergeInput(source, ConformanceJson.read(source)));
        }
        return inputs;
    }
}
