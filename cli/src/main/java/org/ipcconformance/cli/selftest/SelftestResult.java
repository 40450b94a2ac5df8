package org.ipcconformance.cli.selftest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.spec.catalog.PropertyDef;

/**
 * What the selftest found; written as {@code selftest.json}:
 * <pre>
 * {"clean": {"PIPE-EOF": "PASS", ...},                 the clean simulator's verdict per property
 *  "mutants": {"pipe-keeps-boundaries": {"description": "...",
 *              "killed": ["PIPE-BYTE-STREAM"],          FAIL or TIMEOUT under this fault
 *              "timedOut": [],                          those of "killed" that were TIMEOUT
 *              "broken": []}},                          BROKEN under it (a harness problem, no kill)
 *  "properties": {"PIPE-BYTE-STREAM": ["pipe-keeps-boundaries"], ...}, executable ones: their killers
 *  "ok": true,                                          clean passes everything and nothing survives
 *  "survivors": [], "cleanFailures": []}
 * </pre>
 */
@JsonPropertyOrder({"clean", "mutants", "properties", "ok", "survivors", "cleanFailures"})
public record SelftestResult(
        Map<String, Verdict> clean,
        Map<String, Mutant> mutants,
        Map<String, List<String>> properties,
        boolean ok,
        List<String> survivors,
        List<String> cleanFailures) {

    public static final String FILE_NAME = "selftest.json";

    /** One planted fault: what it does and the properties it made fail. */
    @JsonPropertyOrder({"description", "killed", "timedOut", "broken"})
    public record Mutant(String description, List<String> killed, List<String> timedOut, List<String> broken) {
    }

    /**
     * @param clean  the id of the clean adapter ({@code simulator})
     * @param faults fault name to description, as the provider declares them
     */
    public static SelftestResult of(List<PropertyResult> results, CatalogView catalog, String clean, Map<String, String> faults) {
        Map<String, Verdict> cleanVerdicts = new LinkedHashMap<>();
        for (PropertyDef p : catalog.properties()) {
            verdict(results, p.id(), clean).ifPresent(v -> cleanVerdicts.put(p.id(), v));
        }
        Map<String, Mutant> mutants = new LinkedHashMap<>();
        Map<String, List<String>> killers = new LinkedHashMap<>();
        List<PropertyDef> executable = catalog.properties().stream().filter(p -> !catalog.isPending(p.id())).toList();
        executable.forEach(p -> killers.put(p.id(), new ArrayList<>()));
        faults.forEach((fault, description) -> {
            String adapter = clean + ":" + fault;
            List<String> killed = new ArrayList<>();
            List<String> timedOut = new ArrayList<>();
            List<String> broken = new ArrayList<>();
            for (PropertyDef p : catalog.properties()) {
                verdict(results, p.id(), adapter).ifPresent(v -> {
                    if (v.isFailure()) {
                        killed.add(p.id());
                        if (v == Verdict.TIMEOUT) {
                            timedOut.add(p.id());
                        }
                        killers.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(fault);
                    } else if (v == Verdict.BROKEN) {
                        broken.add(p.id());
                    }
                });
            }
            mutants.put(fault, new Mutant(description, killed, timedOut, broken));
        });
        List<String> survivors = executable.stream().map(PropertyDef::id)
                .filter(id -> killers.getOrDefault(id, List.of()).isEmpty()).toList();
        List<String> cleanFailures = executable.stream().map(PropertyDef::id)
                .filter(id -> cleanVerdicts.get(id) != Verdict.PASS).toList();
        return new SelftestResult(cleanVerdicts, mutants, killers, survivors.isEmpty() && cleanFailures.isEmpty(),
                survivors, cleanFailures);
    }

    private static java.util.Optional<Verdict> verdict(List<PropertyResult> results, String property, String adapter) {
        return results.stream().filter(r -> r.property().equals(property) && r.adapter().equals(adapter))
                .map(PropertyResult::verdict).findFirst();
    }

    /** Writes {@code dir/selftest.json}, creating the folder, and returns the file. */
    public Path write(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(this) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
