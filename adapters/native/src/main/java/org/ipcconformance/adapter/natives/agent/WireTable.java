package org.ipcconformance.adapter.natives.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * agent-ops.def as the harness reads it: the agent's wire definition, the same file the C agent
 * includes, shipped in this jar beside the C sources. Java constants are bound to its rows by
 * name ({@link #bind}), so the codes on the wire come from the table and never from an enum's order.
 */
final class WireTable {
    static final String RESOURCE = "agent-ops.def";
    static final String OP = "AGENT_OP";
    static final String FILE_TYPE = "AGENT_FILE_TYPE";
    static final String OPEN_MODE = "AGENT_OPEN_MODE";
    static final String MSGRCV_FLAG = "AGENT_MSGRCV_FLAG";
    private static final List<String> KINDS = List.of(OP, FILE_TYPE, OPEN_MODE, MSGRCV_FLAG);

    /** A row: KIND(NAME, code, ...); the columns after the code are C's business. */
    private static final Pattern ROW = Pattern.compile(
            "(AGENT_[A-Z_]+)\\(\\s*([A-Z][A-Z0-9_]*)\\s*,\\s*([0-9]+)\\s*(?:,\\s*[A-Za-z0-9_]+\\s*)*\\)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private static WireTable definition;

    /** Per kind, NAME to code, in the table's order. */
    private final Map<String, Map<String, Integer>> rows;

    private WireTable(Map<String, Map<String, Integer>> rows) {
        this.rows = rows;
    }

    /** The table in this jar, read once. */
    static synchronized WireTable definition() {
        if (definition == null) {
            try (InputStream in = WireTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the native adapter's jar");
                }
                definition = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
        return definition;
    }

    /** Reads the rows; anything else but comments, blank and preprocessor lines is an error with its line. */
    static WireTable parse(String text) {
        // Comments become as many line breaks as they held, so that line numbers stay right.
        Matcher comments = COMMENT.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (comments.find()) {
            comments.appendReplacement(plain, "\n".repeat((int) comments.group().chars().filter(ch -> ch == '\n').count()));
        }
        comments.appendTail(plain);
        Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
        KINDS.forEach(kind -> rows.put(kind, new LinkedHashMap<>()));
        List<String> errors = new ArrayList<>();
        String[] lines = plain.toString().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher row = ROW.matcher(line);
            String where = RESOURCE + " line " + (i + 1) + ": ";
            if (!row.matches()) {
                errors.add(where + "not a row: " + line);
                continue;
            }
            Map<String, Integer> kind = rows.get(row.group(1));
            if (kind == null) {
                errors.add(where + "unknown kind " + row.group(1) + " (known: " + KINDS + ")");
                continue;
            }
            String name = row.group(2);
            int code = Integer.parseInt(row.group(3));
            if (row.group(1).equals(OP) && (code < 1 || code > 255)) {
                errors.add(where + name + "'s code " + code + " does not fit the wire's opcode byte (1 to 255)");
            }
            if (kind.containsValue(code)) {
                errors.add(where + name + " reuses code " + code + " of " + nameOf(kind, code));
            }
            if (kind.putIfAbsent(name, code) != null) {
                errors.add(where + name + " is defined twice");
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException(String.join("\n", errors));
        }
        return new WireTable(rows);
    }

    /** NAME to code for one kind of row, in the table's order. */
    Map<String, Integer> rows(String kind) {
        Map<String, Integer> found = rows.get(kind);
        if (found == null) {
            throw new IllegalArgumentException("no kind " + kind + " in " + RESOURCE);
        }
        return Map.copyOf(found);
    }

    /**
     * Each constant of {@code type} with the code of its row of {@code kind}. Every constant must
     * have a row and every row a constant; the error names each one that does not.
     */
    <E extends Enum<E>> Map<E, Integer> bind(String kind, Class<E> type) {
        Map<String, Integer> table = rows(kind);
        Map<E, Integer> bound = new EnumMap<>(type);
        TreeSet<String> noRow = new TreeSet<>();
        for (E constant : type.getEnumConstants()) {
            Integer code = table.get(constant.name());
            if (code == null) {
                noRow.add(constant.name());
            } else {
                bound.put(constant, code);
            }
        }
        TreeSet<String> noConstant = new TreeSet<>(table.keySet());
        bound.keySet().forEach(constant -> noConstant.remove(constant.name()));
        if (!noRow.isEmpty() || !noConstant.isEmpty()) {
            throw new IllegalStateException("the agent's wire definition and " + type.getName() + " disagree: "
                    + (noRow.isEmpty() ? "" : "constants without a " + kind + " row in " + RESOURCE + ": " + noRow
                            + (noConstant.isEmpty() ? "" : "; "))
                    + (noConstant.isEmpty() ? "" : kind + " rows without a constant: " + noConstant));
        }
        return bound;
    }

    private static String nameOf(Map<String, Integer> kind, int code) {
        return kind.entrySet().stream().filter(e -> e.getValue() == code).map(Map.Entry::getKey).findFirst().orElse("?");
    }
}
