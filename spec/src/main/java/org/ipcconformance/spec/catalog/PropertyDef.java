package org.ipcconformance.spec.catalog;

import java.util.List;

/**
 * One catalog entry: a stable ID and everything a report needs to explain a verdict on it.
 *
 * @param id         stable identifier, e.g. {@code PIPE-BYTE-STREAM}; reports and baselines refer to it
 * @param mechanism  the mechanism the property belongs to
 * @param title      a short name for tables
 * @param level      MUST, SHOULD or MAY
 * @param basis      where the claim comes from
 * @param standard   which standards promise the behaviour, one or more, in catalog order (see {@link Standard})
 * @param statement  the normative statement
 * @param references the source document's section, POSIX or man pages
 * @param evidence   what the executable spec observes to decide
 */
public record PropertyDef(
        String id,
        Mechanism mechanism,
        String title,
        Level level,
        List<Basis> basis,
        List<Standard> standard,
        String statement,
        List<String> references,
        String evidence) {

    public PropertyDef {
        basis = List.copyOf(basis);
        standard = List.copyOf(standard);
        references = List.copyOf(references);
    }
}
