package org.ipcconformance.reports.allure;

import io.qameta.allure.SeverityLevel;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.baseline.Baseline;
import org.ipcconformance.reports.collect.SpecMethods;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.MethodResult;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.spec.catalog.Level;
import org.ipcconformance.spec.catalog.PropertyDef;
import org.ipcconformance.spec.catalog.Standard;
import org.ipcconformance.spec.run.ReportKeys;

/**
 * The catalog's view of one Allure test result: the mechanism as epic, the property (ID and
 * title) as feature and the spec method (with its variant, if any) as story; the level as
 * severity (MUST critical, SHOULD normal, MAY minor); suites by adapter, mechanism and property;
 * the adapter (and the variant) as parameters; the references as links; the evidence as
 * attachments; the status and its message from the verdict after the baseline (the message
 * starts with the verdict, which categories.json matches).
 */
final class AllureMapping {
    /** Labels Allure's listener derives from the Java classes: replaced by the catalog's. */
    private static final Set<String> REPLACED = Set.of("suite", "parentSuite", "subSuite", "epic", "feature", "story",
            "severity");

    private final Map<String, PropertyResult> results = new LinkedHashMap<>();
    private final CatalogView catalog;

    AllureMapping(ConformanceReport report, CatalogView catalog) {
        this.catalog = catalog;
        report.results().forEach(r -> results.put(r.property() + "\u0000" + r.adapter(), r));
    }

    /**
     * Relabels a test that is a spec invocation (it published {@code ipc.property}); leaves any
     * other as Allure wrote it.
     *
     * @return the attachments to write for it, by source file name
     */
    Map<String, byte[]> apply(TestResult test, Map<String, String> published) {
        String property = published.get(ReportKeys.PROPERTY);
        String adapter = published.get(ReportKeys.ADAPTER);
        if (property == null || adapter == null) {
            return Map.of();
        }
        PropertyResult result = results.get(property + "\u0000" + adapter);
        Optional<PropertyDef> def = catalog.find(property);
        String method = SpecMethods.nameOf(AllureRecorder.labelOf(test, "testClass"), AllureRecorder.labelOf(test, "testMethod"));
        String variant = published.get(ReportKeys.VARIANT);
        Optional<MethodResult> run = result == null ? Optional.empty()
                : result.methods().stream().filter(m -> m.name().equals(method) && Objects.equals(m.variant(), variant))
                        .findFirst();
        String invocation = MethodResult.label(method, variant);

        Verdict verdict;
        String message;
        if (run.isPresent()) {
            verdict = Baseline.methodVerdict(result.verdict(), run.get().verdict());
            message = verdict == run.get().verdict() ? run.get().message() : result.message();
        } else if (result != null) {
            verdict = result.verdict();
            message = result.message();
        } else {
            verdict = Verdict.BROKEN;
            message = "no result in the report for " + property + " on " + adapter;
        }

        String title = def.map(PropertyDef::title).orElse("(not in the catalog)");
        test.setName("[" + adapter + "] " + property + " " + invocation);
        // One test case per spec method and variant (a method without variants keeps its key).
        String key = MethodResult.label(test.getFullName() == null ? method : test.getFullName(), variant);
        test.setTestCaseId(md5(key));
        // The same spec method (and variant) on the same adapter is the same test from run to run:
        // Allure's trends and retries follow the history id.
        test.setHistoryId(md5(key + "|" + adapter));

        List<Label> labels = test.getLabels();
        labels.removeIf(l -> REPLACED.contains(l.getName()));
        def.ifPresent(d -> {
            labels.add(ResultsUtils.createEpicLabel(d.mechanism().title()));
            labels.add(ResultsUtils.createSeverityLabel(severity(d.level())));
            labels.add(ResultsUtils.createTagLabel(d.level().name()));
            labels.add(ResultsUtils.createSuiteLabel(d.mechanism().title()));
        });
        labels.add(ResultsUtils.createFeatureLabel(property + ": " + title));
        labels.add(ResultsUtils.createStoryLabel(invocation));
        labels.add(ResultsUtils.createParentSuiteLabel(adapter));
        labels.add(ResultsUtils.createSubSuiteLabel(property + ": " + title));
        labels.add(ResultsUtils.createTagLabel(verdict.name()));
        test.getParameters().add(new Parameter().setName("adapter").setValue(adapter));
        if (variant != null) {
            test.getParameters().add(new Parameter().setName("variant").setValue(variant));
        }

        def.ifPresent(d -> test.getLinks().addAll(ReferenceLinks.of(d.references())));
        if (result != null && result.baseline() != null && result.baseline().link() != null) {
            String link = result.baseline().link();
            test.getLinks().add(new Link().setName("baseline: " + result.baseline().reason())
                    .setUrl(link).setType(link.startsWith("http") ? "issue" : "link"));
        }
        def.ifPresent(d -> test.setDescriptionHtml(description(d)));

        test.setStatus(status(verdict));
        StatusDetails details = test.getStatusDetails() == null ? new StatusDetails() : test.getStatusDetails();
        details.setMessage(verdict.name() + ": " + (message.isBlank() ? verdict.meaning() : message));
        if (verdict == Verdict.XFAIL) {
            details.setKnown(true);
        }
        test.setStatusDetails(details);

        Map<String, byte[]> files = new LinkedHashMap<>();
        published.forEach((k, v) -> {
            if (k.startsWith(ReportKeys.EVIDENCE_PREFIX)) {
                String source = UUID.randomUUID() + "-attachment.txt";
                files.put(source, v.getBytes(StandardCharsets.UTF_8));
                test.getAttachments().add(new Attachment().setName("evidence: " + k.substring(ReportKeys.EVIDENCE_PREFIX.length()))
                        .setSource(source).setType("text/plain"));
            }
        });
        return files;
    }

    static SeverityLevel severity(Level level) {
        return switch (level) {
            case MUST -> SeverityLevel.CRITICAL;
            case SHOULD -> SeverityLevel.NORMAL;
            case MAY -> SeverityLevel.MINOR;
        };
    }

    static Status status(Verdict v) {
        return switch (v) {
            case PASS -> Status.PASSED;
            case FAIL, TIMEOUT, XPASS -> Status.FAILED;
            case BROKEN -> Status.BROKEN;
            case NOT_APPLICABLE, UNSUPPORTED, XFAIL, UNTESTED -> Status.SKIPPED;
        };
    }

    private static String description(PropertyDef d) {
        StringBuilder sb = new StringBuilder();
        sb.append("<p><b>").append(esc(d.id())).append("</b> (").append(d.level()).append(", ")
                .append(esc(d.mechanism().title())).append("): ").append(esc(d.title())).append("</p>");
        sb.append("<p>").append(esc(d.statement())).append("</p>");
        sb.append("<p><b>What the spec checks:</b> ").append(esc(d.evidence())).append("</p>");
        sb.append("<p><b>Basis:</b> ").append(esc(d.basis().toString())).append("</p>");
        sb.append("<p><b>Standard:</b> ").append(esc(String.join(", ", d.standard().stream().map(Standard::notation).toList())))
                .append("</p>");
        sb.append("<p><b>References:</b></p><ul>");
        d.references().forEach(r -> sb.append("<li>").append(esc(r)).append("</li>"));
        sb.append("</ul>");
        return sb.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String md5(String s) {
        return new BigInteger(1, ResultsUtils.getMd5Digest().digest(s.getBytes(StandardCharsets.UTF_8))).toString(16);
    }
}
