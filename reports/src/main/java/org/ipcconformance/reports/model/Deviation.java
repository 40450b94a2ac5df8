package org.ipcconformance.reports.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.ipcconformance.reports.Verdict;

/**
 * The baseline entry that turned a result into XFAIL or XPASS: the {@code baseline} object of a
 * result in {@code conformance.json}.
 *
 * @param observed the verdict the specs gave before the baseline applied (FAIL, TIMEOUT or PASS)
 * @param source   where the entry is written, {@code FILE:LINE}
 * @param link     the entry's link (an issue, a bug report), or null
 */
@JsonPropertyOrder({"observed", "reason", "link", "source"})
public record Deviation(
        Verdict observed,
        String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String link,
        String source) {
}
