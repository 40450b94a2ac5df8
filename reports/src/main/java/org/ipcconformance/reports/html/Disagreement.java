package org.ipcconformance.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ipcconformance.reports.Verdict;

/**
 * A cell whose verdict differs from its reference: the native adapter on the same host (else the
 * host's first column); a native column on another host is compared with the first native column.
 * Only definite verdicts are compared: NOT_APPLICABLE, UNSUPPORTED and UNTESTED say what could not be checked,
 * not how an implementation behaves, and a missing cell says nothing.
 */
record Disagreement(Grid.Row row, Grid.Cell cell, Grid.Cell reference) {

    static List<Disagreement> of(Grid grid) {
        List<Disagreement> found = new ArrayList<>();
        for (Grid.Row row : grid.rows()) {
            for (Column c : grid.columns) {
                Optional<Column> ref = referenceOf(c, grid.columns);
                if (ref.isEmpty()) {
                    continue;
                }
                Grid.Cell cell = row.cell(c);
                Grid.Cell reference = row.cell(ref.get());
                if (definite(cell) && definite(reference) && cell.result().verdict() != reference.result().verdict()) {
                    found.add(new Disagreement(row, cell, reference));
                }
            }
        }
        return found;
    }

    static Optional<Column> referenceOf(Column c, List<Column> columns) {
        if (c.isReference()) {
            return columns.stream().filter(Column::isReference).findFirst().filter(first -> first != c);
        }
        Optional<Column> sameHostNative = columns.stream()
                .filter(o -> o.isReference() && o.host().equals(c.host())).findFirst();
        if (sameHostNative.isPresent()) {
            return sameHostNative;
        }
        return columns.stream().filter(o -> o.host().equals(c.host())).findFirst().filter(first -> first != c);
    }

    private static boolean definite(Grid.Cell cell) {
        return cell.result() != null && cell.result().verdict() != Verdict.NOT_APPLICABLE
                && cell.result().verdict() != Verdict.UNSUPPORTED
                && cell.result().verdict() != Verdict.UNTESTED;
    }
}
