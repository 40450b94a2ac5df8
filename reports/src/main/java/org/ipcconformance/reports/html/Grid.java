package org.ipcconformance.reports.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipcconformance.reports.Verdict;
import org.ipcconformance.reports.aggregate.CatalogView;
import org.ipcconformance.reports.model.ConformanceReport;
import org.ipcconformance.reports.model.PropertyResult;
import org.ipcconformance.spec.catalog.Mechanism;
import org.ipcconformance.spec.catalog.PropertyDef;
import org.ipcconformance.spec.catalog.Standard;

/**
 * The matrix as data: rows (properties, grouped by mechanism in catalog order), columns (adapter
 * and host), and the result in each cell, numbered in page order for the detail view.
 */
final class Grid {
    /** A group of rows under one mechanism's heading; {@code mechanism} null for IDs outside the catalog. */
    record Group(Mechanism mechanism, String title, List<Row> rows) {
    }

    /** {@code standard}: as the catalog writes them ({@code posix-option:MSG}); empty where nothing says. */
    record Row(String id, String title, String level, List<String> standard, Mechanism mechanism, PropertyDef def,
               List<Cell> cells) {
        Cell cell(Column c) {
            return cells.get(c.index());
        }
    }

    /** One verdict; {@code result} null where the property was not run on that column. */
    record Cell(int number, Column column, PropertyResult result) {
        /** A pass on which some spec methods were not applicable or found their option absent: less than a full pass. */
        boolean partialPass() {
            return result != null && result.verdict() == Verdict.PASS && result.methods().stream()
                    .anyMatch(m -> m.verdict() == Verdict.NOT_APPLICABLE || m.verdict() == Verdict.UNSUPPORTED);
        }

        String label() {
            return result == null ? "–" : result.verdict().label() + (partialPass() ? "*" : "");
        }
    }

    final List<Column> columns;
    final List<Group> groups;
    final List<Cell> cells = new ArrayList<>();

    private Grid(List<Column> columns, List<Group> groups) {
        this.columns = columns;
        this.groups = groups;
    }

    static Grid of(ConformanceReport report, CatalogView catalog) {
        List<Column> columns = Column.of(report);
        Map<String, Integer> columnIndex = new HashMap<>();
        columns.forEach(c -> columnIndex.put(c.id(), c.index()));
        Map<String, PropertyResult[]> byProperty = new LinkedHashMap<>();
        for (PropertyResult r : report.results()) {
            byProperty.computeIfAbsent(r.property(), k -> new PropertyResult[columns.size()])[columnIndex.get(r.adapter())] = r;
        }
        Map<String, PropertyDef> defs = catalog.byId();
        // Catalog order first (the catalog is grouped by mechanism), then what the catalog does not know.
        Map<Mechanism, List<String>> ids = new LinkedHashMap<>();
        List<String> outside = new ArrayList<>();
        for (PropertyDef def : catalog.properties()) {
            if (byProperty.containsKey(def.id())) {
                ids.computeIfAbsent(def.mechanism(), k -> new ArrayList<>()).add(def.id());
            }
        }
        for (Map.Entry<String, PropertyResult[]> e : byProperty.entrySet()) {
            if (!defs.containsKey(e.getKey())) {
                Mechanism m = first(e.getValue()).mechanism();
                if (m == null) {
                    outside.add(e.getKey());
                } else {
                    ids.computeIfAbsent(m, k -> new ArrayList<>()).add(e.getKey());
                }
            }
        }
        Grid grid = new Grid(columns, new ArrayList<>());
        for (Mechanism m : Mechanism.values()) {
            if (ids.containsKey(m)) {
                grid.groups.add(new Group(m, m.title(), grid.rows(ids.get(m), byProperty, defs)));
            }
        }
        if (!outside.isEmpty()) {
            grid.groups.add(new Group(null, "Not in this tool's catalog", grid.rows(outside, byProperty, defs)));
        }
        return grid;
    }

    private List<Row> rows(List<String> ids, Map<String, PropertyResult[]> byProperty, Map<String, PropertyDef> defs) {
        List<Row> rows = new ArrayList<>();
        for (String id : ids) {
            PropertyResult[] results = byProperty.get(id);
            PropertyResult any = first(results);
            PropertyDef def = defs.get(id);
            List<Cell> rowCells = new ArrayList<>();
            for (Column c : columns) {
                Cell cell = new Cell(cells.size(), c, results[c.index()]);
                cells.add(cell);
                rowCells.add(cell);
            }
            String title = any.title().isBlank() && def != null ? def.title() : any.title();
            String level = any.level() != null ? any.level().name() : def == null ? "" : def.level().name();
            // This tool's catalog first, so that a report written before the field existed still shows it.
            List<String> standard = def != null ? def.standard().stream().map(Standard::notation).toList() : any.standard();
            rows.add(new Row(id, title, level, standard, any.mechanism(), def, rowCells));
        }
        return rows;
    }

    private static PropertyResult first(PropertyResult[] results) {
        for (PropertyResult r : results) {
            if (r != null) {
                return r;
            }
        }
        throw new IllegalStateException("a row without results");
    }

    List<Row> rows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }
}
