package org.ipcconformance.reports.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipcconformance.reports.model.ConformanceReport;

/**
 * Writes and reads {@code conformance.json}, the machine-readable result of a run that scripts and
 * CI depend on. The contract (schema version 1; fields are only ever added within a version):
 *
 * <pre>
 * {
 *   "schemaVersion": 1,
 *   "run": {
 *     "startedAt":  "2026-01-31T09:15:02.412Z",   ISO-8601 instant, UTC
 *     "finishedAt": "2026-01-31T09:15:04.977Z",
 *     "host":   "build-7",                        host name
 *     "os":     "Linux",                          os.name
 *     "arch":   "amd64",                          os.arch
 *     "kernel": "6.1.0-18-amd64",                 /proc/sys/kernel/osrelease, else os.version
 *     "libc":   "glibc 2.36",                     the native adapter's report, else the first
 *                                                 line of `ldd --version`, else "unknown"
 *     "jdk":    "Debian 17.0.15",                 java.vendor + java.version
 *     "adapters": [ {"id": "native", "version": "...", "environment": {"name": "value", ...}}, ... ],
 *                                                 merged reports: id "native@host", plus "adapter",
 *                                                 "host", "os", "kernel" of that column
 *     "wallMillis": 2565,                         wall time of the whole run
 *     "timeoutSeconds": 30,                       each spec's time limit (null: the suite default)
 *     "sources": [ {run object}, ... ]            merged reports only: each merged run, input order
 *   },
 *   "leftovers": [ "/dev/shm/ipcc-run-42-0-s3-x" ],  kernel objects the run could not remove (verified
 *                                                 still there; its ledger keeps them for the next run's
 *                                                 sweep); [] when none; merged: "host: object"; absent
 *                                                 from reports written before the field
 *   "results": [                                  one per property and adapter, catalog order,
 *     {                                           adapters in the order of run.adapters
 *       "property": "PIPE-BYTE-STREAM",           catalog ID
 *       "mechanism": "PIPE",                      GENERAL, PIPE, FIFO, SIGNAL, MESSAGE_QUEUE,
 *                                                 SHARED_MEMORY, SEMAPHORE, SOCKET (null: not in catalog)
 *       "title": "...", "level": "MUST",          MUST, SHOULD or MAY (null: not in catalog)
 *       "standard": ["xsi", "posix-option:MSG"],  the standards that promise it: posix, posix-option:MSG,
 *                                                 posix-option:SEM, posix-option:SHM, posix-option:TMO,
 *                                                 posix-option:RTS, xsi, linux; one per IPC family for a
 *                                                 property checked in both ([]: not in catalog, or a
 *                                                 report written before the field)
 *       "adapter": "simulator",                   an id of run.adapters ("simulator:fault" for a mutant)
 *       "verdict": "PASS",                        PASS, FAIL, NOT_APPLICABLE, UNSUPPORTED, BROKEN,
 *                                                 TIMEOUT, XFAIL, XPASS or UNTESTED
 *       "message": "",                            why; "" when there is nothing to say
 *       "durationMillis": 3,                      summed over the property's spec methods
 *       "evidence": {"name": "value"},            what the specs recorded (ipc.evidence.* entries)
 *       "methods": [                              the spec methods behind the verdict ([] for UNTESTED)
 *         {"name": "ShmNoCopySpec.aStoreIsSeen",  SpecClass.method
 *          "variant": "POSIX",                    the invocation's variant (System V, POSIX, UNIX,
 *                                                 INET): a method run once per variant gives one
 *                                                 entry per variant; absent for a method without
 *          "verdict": "PASS", "message": "",
 *          "durationMillis": 3, "detail": "...",  detail only for BROKEN: exception + first frames
 *          "evidence": {"read": "42"}}            what this invocation recorded (absent when nothing)
 *       ]
 *     }
 *   ]
 * }
 * </pre>
 *
 * A property's verdict combines its methods: any FAIL, else any TIMEOUT, else any BROKEN, else any
 * PASS, else UNSUPPORTED, else NOT_APPLICABLE. An UNSUPPORTED method names the option the implementation
 * reports absent in its evidence ({@code "absent option": "posix-option:MSG"}). The reader ignores fields it does not know, so newer minor additions
 * stay readable; it refuses a newer schema version.
 */
public final class ConformanceJson {
    public static final String FILE_NAME = "conformance.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .build();

    private ConformanceJson() {
    }

    public static String toJson(ConformanceReport report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the report: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes {@code dir/conformance.json}, creating the folder, and returns the file. */
    public static Path write(ConformanceReport report, Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            Files.writeString(file, toJson(report));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses and checks a report: {@link IllegalArgumentException} naming the line and column of
     * a syntax error, or the result that lacks a property, adapter or known verdict.
     */
    public static ConformanceReport fromJson(String json) {
        ConformanceReport report;
        try {
            report = MAPPER.readValue(json, ConformanceReport.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new IllegalArgumentException("not a conformance report" + where + ": " + e.getOriginalMessage(), e);
        }
        if (report == null) {
            throw new IllegalArgumentException("not a conformance report: the file is empty or holds only null");
        }
        if (report.schemaVersion() > ConformanceReport.SCHEMA_VERSION) {
            throw new IllegalArgumentException("conformance report of schema version " + report.schemaVersion()
                    + "; this tool reads up to " + ConformanceReport.SCHEMA_VERSION + ": use a newer ipc-conformance");
        }
        ReportChecks.check(report);
        return report;
    }

    /**
     * Reads a {@code conformance.json} file, or the one in a report folder. Every problem is an
     * {@link IllegalArgumentException} whose message starts with the file.
     */
    public static ConformanceReport read(Path fileOrDir) {
        Path file = Files.isDirectory(fileOrDir) ? fileOrDir.resolve(FILE_NAME) : fileOrDir;
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(file + ": no such file ("
                    + (Files.isDirectory(fileOrDir) ? "the folder holds no " + FILE_NAME + "; " : "")
                    + "give a folder written by 'run --out' or 'merge --out', or its " + FILE_NAME + ")");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
        try {
            return fromJson(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
