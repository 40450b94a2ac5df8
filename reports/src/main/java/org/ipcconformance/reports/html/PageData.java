package org.ipcconformance.reports.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.model.MethodResult;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.spec.catalog.PropertyDef;

/**
 * What the detail view shows, as JSON inside the page ({@code <script type="application/json">}):
 * the catalog text of each property once, and each cell's verdict, message, duration, evidence and
 * spec methods, by the cell's number. The page's script reads it and builds the view with text
 * nodes only, so nothing from a result is ever parsed as markup.
 */
final class PageData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageData() {
    }

    static String json(Grid grid) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> verdicts = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            verdicts.put(v.name(), Map.of("label", v.label(), "meaning", v.meaning()));
        }
        data.put("verdicts", verdicts);
        List<Object> columns = new ArrayList<>();
        for (Column c : grid.columns) {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("id", c.id());
            col.put("adapter", c.adapter());
            col.put("host", c.host());
            col.put("os", c.os());
            col.put("kernel", c.kernel());
            col.put("version", c.version());
            columns.add(col);
        }
        data.put("columns", columns);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Grid.Row row : grid.rows()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("title", row.title());
            p.put("mechanism", row.mechanism() == null ? "" : row.mechanism().title());
            p.put("level", row.level());
            p.put("standard", row.standard());
            PropertyDef def = row.def();
            if (def != null) {
                p.put("statement", def.statement());
                p.put("basis", def.basis().stream().map(Enum::name).toList());
                p.put("references", def.references());
                p.put("checks", def.evidence());
            }
            properties.put(row.id(), p);
        }
        data.put("properties", properties);
        List<Object> cells = new ArrayList<>();
        for (Grid.Cell cell : grid.cells) {
            cells.add(cell(cell));
        }
        data.put("cells", cells);
        try {
            return forScriptElement(JSON.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the page data: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> cell(Grid.Cell cell) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("column", cell.column().index());
        PropertyResult r = cell.result();
        if (r == null) {
            return c;
        }
        c.put("property", r.property());
        c.put("verdict", r.verdict().name());
        c.put("label", cell.label());
        c.put("message", r.message());
        c.put("durationMillis", r.durationMillis());
        // The property's evidence is the union of its methods': sent once, where the methods lack it (older runs).
        if (r.methods().stream().allMatch(m -> m.evidence().isEmpty())) {
            c.put("evidence", r.evidence());
        }
        List<Object> methods = new ArrayList<>();
        for (MethodResult m : r.methods()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("name", m.name());
            if (m.variant() != null) {
                mm.put("variant", m.variant());
            }
            mm.put("verdict", m.verdict() == null ? "" : m.verdict().name());
            mm.put("message", m.message());
            mm.put("durationMillis", m.durationMillis());
            if (m.detail() != null) {
                mm.put("detail", m.detail());
            }
            mm.put("evidence", m.evidence());
            methods.add(mm);
        }
        c.put("methods", methods);
        return c;
    }

    /**
     * JSON is safe inside a script element once no "</script" or "<!--" can appear: every '<',
     * '>' and '&' (only ever inside strings) becomes its \\u escape, which JSON.parse reads back.
     */
    static String forScriptElement(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
