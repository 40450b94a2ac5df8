package org.ipcconformance.reports.junit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.baseline.Baseline;
import org.ipcconformance.reports.model.AdapterInfo;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.MethodResult;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.reports.model.RunInfo;

/**
 * JUnit XML, one file per adapter ({@code DIR/junit/TEST-<adapter>.xml}), for CI tools that show
 * test results. A test case is one spec method invocation on one adapter, named {@code [adapter] ID
 * SpecClass.method}, or {@code [adapter] ID SpecClass.method (POSIX)} for a method run once per
 * variant, with class name {@code adapter.SpecClass}, so that tools keep adapters and variants
 * apart. FAIL, TIMEOUT and XPASS are failures (type = the verdict), BROKEN an error,
 * NOT_APPLICABLE, UNSUPPORTED and XFAIL skipped with the reason (the message says which). UNTESTED properties have no test case.
 */
public final class JUnitXml {
    public static final String FOLDER = "junit";

    private JUnitXml() {
    }

    /** Writes one file per adapter of the report and returns them in adapter order. */
    public static List<Path> write(ConformanceReport report, Path dir) {
        Path folder = dir.resolve(FOLDER);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (String adapter : report.adapterIds()) {
                Path file = folder.resolve(fileName(adapter));
                try (OutputStream out = Files.newOutputStream(file)) {
                    writeSuite(report, adapter, out);
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JUnit XML under " + folder + ": " + e.getMessage(), e);
        }
        return files;
    }

    /** {@code TEST-native.xml}; characters a file name should not carry become '_' ({@code simulator_early-eof}). */
    public static String fileName(String adapter) {
        return "TEST-" + adapter.replaceAll("[^A-Za-z0-9._-]", "_") + ".xml";
    }

    private record Case(String name, String className, long millis, Verdict verdict, String message, String detail,
                        Map<String, String> evidence) {
    }

    static void writeSuite(ConformanceReport report, String adapter, OutputStream out) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (PropertyResult r : report.results()) {
            if (!r.adapter().equals(adapter) || r.verdict() == Verdict.UNTESTED) {
                continue;
            }
            if (r.methods().isEmpty()) {
                cases.add(new Case("[" + adapter + "] " + r.property(), adapter + ".catalog", r.durationMillis(), r.verdict(),
                        r.message(), null, r.evidence()));
                continue;
            }
            for (MethodResult m : r.methods()) {
                Verdict v = Baseline.methodVerdict(r.verdict(), m.verdict());
                String message = v == m.verdict() ? m.message() : r.message();
                String specClass = m.name().contains(".") ? m.name().substring(0, m.name().indexOf('.')) : m.name();
                cases.add(new Case("[" + adapter + "] " + r.property() + " " + m.label(), adapter + "." + specClass,
                        m.durationMillis(), v, message, m.detail(), r.evidence()));
            }
        }
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "ipc-conformance [" + adapter + "]");
            x.writeAttribute("tests", String.valueOf(cases.size()));
            x.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> isFailure(c.verdict())).count()));
            x.writeAttribute("errors", String.valueOf(cases.stream().filter(c -> c.verdict() == Verdict.BROKEN).count()));
            x.writeAttribute("skipped", String.valueOf(cases.stream().filter(c -> isSkipped(c.verdict())).count()));
            x.writeAttribute("time", seconds(cases.stream().mapToLong(Case::millis).sum()));
            RunInfo run = report.run();
            if (run != null) {
                x.writeAttribute("timestamp", clean(run.startedAt()));
                x.writeAttribute("hostname", clean(run.host()));
            }
            x.writeCharacters("\n  ");
            writeProperties(x, run, adapter, report.baseline());
            for (Case c : cases) {
                x.writeCharacters("\n  ");
                writeCase(x, c);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    private static void writeProperties(XMLStreamWriter x, RunInfo run, String adapter, String baseline)
            throws XMLStreamException {
        x.writeStartElement("properties");
        property(x, "adapter", adapter);
        if (run != null) {
            run.adapters().stream().filter(a -> a.id().equals(adapter)).map(AdapterInfo::version).findFirst()
                    .ifPresent(v -> property(x, "adapter.version", v));
            property(x, "os", run.os());
            property(x, "kernel", run.kernel());
            property(x, "libc", run.libc());
            property(x, "jdk", run.jdk());
        }
        if (baseline != null) {
            property(x, "baseline", baseline);
        }
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) {
        try {
            x.writeEmptyElement("property");
            x.writeAttribute("name", name);
            x.writeAttribute("value", clean(value));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeCase(XMLStreamWriter x, Case c) throws XMLStreamException {
        x.writeStartElement("testcase");
        x.writeAttribute("name", clean(c.name()));
        x.writeAttribute("classname", clean(c.className()));
        x.writeAttribute("time", seconds(c.millis()));
        String firstLine = c.message() == null ? "" : c.message().lines().findFirst().orElse("");
        if (isFailure(c.verdict())) {
            x.writeStartElement("failure");
            x.writeAttribute("type", c.verdict().name());
            x.writeAttribute("message", clean(c.verdict() + ": " + firstLine));
            x.writeCharacters(clean(c.message()));
            x.writeEndElement();
        } else if (c.verdict() == Verdict.BROKEN) {
            x.writeStartElement("error");
            x.writeAttribute("type", "BROKEN");
            x.writeAttribute("message", clean("BROKEN: " + firstLine));
            x.writeCharacters(clean(c.detail() == null ? c.message() : c.message() + "\n\n" + c.detail()));
            x.writeEndElement();
        } else if (isSkipped(c.verdict())) {
            x.writeEmptyElement("skipped");
            x.writeAttribute("message", clean(c.verdict() + ": " + c.message().replaceAll("\\s*\\R\\s*", " ")));
        }
        if (!c.evidence().isEmpty()) {
            x.writeStartElement("system-out");
            StringBuilder sb = new StringBuilder();
            c.evidence().forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
            x.writeCharacters(clean(sb.toString()));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static boolean isFailure(Verdict v) {
        return v == Verdict.FAIL || v == Verdict.TIMEOUT || v == Verdict.XPASS;
    }

    private static boolean isSkipped(Verdict v) {
        return v == Verdict.NOT_APPLICABLE || v == Verdict.UNSUPPORTED || v == Verdict.XFAIL;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** XML 1.0 cannot carry most control characters: they become '?'. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            sb.appendCodePoint(ok ? cp : '?');
        });
        return sb.toString();
    }
}
