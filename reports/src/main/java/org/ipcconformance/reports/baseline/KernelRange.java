package org.ipcconformance.reports.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of kernel releases: comparisons joined by spaces, all of which must hold, such as
 * {@code ">=5.10 <6.2"}; a bare version ({@code "6.1"}) matches the releases that start with it
 * (6.1, 6.1.0-18-amd64, but not 6.10). Only the leading numbers of a release count
 * ({@code 6.1.0-18-amd64} is 6.1.0), missing parts are zero.
 */
public final class KernelRange {
    /** What {@link #parse} accepts, for error messages. */
    public static final String ACCEPTED = "comparisons joined by spaces, all of which must hold, e.g. '>=5.10 <6.2', "
            + "or a bare version such as '6.1' for the releases that start with it; operators >=, >, <=, <, =; "
            + "versions are numbers separated by dots";

    private static final Pattern TERM = Pattern.compile("(>=|<=|>|<|=)?(\\d+(?:\\.\\d+){0,3})");
    private static final Pattern RELEASE = Pattern.compile("^(\\d+(?:\\.\\d+)*)");

    private final String text;
    private final List<Term> terms;

    private record Term(String op, int[] version) {
    }

    private KernelRange(String text, List<Term> terms) {
        this.text = text;
        this.terms = List.copyOf(terms);
    }

    /**
     * @throws IllegalArgumentException saying which part is wrong and what is accepted
     */
    public static KernelRange parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty kernel range; accepted: " + ACCEPTED);
        }
        List<Term> terms = new ArrayList<>();
        // Allow "> = 5.10" written with spaces after the operator: glue operators to what follows.
        for (String part : t.replaceAll("(>=|<=|>|<|=)\\s+", "$1").split("\\s+")) {
            Matcher m = TERM.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("bad kernel range '" + t + "': '" + part + "' is not a comparison; accepted: "
                        + ACCEPTED);
            }
            terms.add(new Term(m.group(1) == null ? "" : m.group(1), numbers(m.group(2))));
        }
        return new KernelRange(t, terms);
    }

    /** True when the release's leading version satisfies every comparison; false for a release without numbers. */
    public boolean contains(String release) {
        Optional<int[]> v = leadingVersion(release);
        if (v.isEmpty()) {
            return false;
        }
        for (Term term : terms) {
            int c = compare(v.get(), term.version());
            boolean ok = switch (term.op()) {
                case ">=" -> c >= 0;
                case ">" -> c > 0;
                case "<=" -> c <= 0;
                case "<" -> c < 0;
                case "=" -> c == 0;
                default -> startsWith(v.get(), term.version());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static Optional<int[]> leadingVersion(String release) {
        if (release == null) {
            return Optional.empty();
        }
        Matcher m = RELEASE.matcher(release.strip());
        return m.find() ? Optional.of(numbers(m.group(1))) : Optional.empty();
    }

    private static int[] numbers(String dotted) {
        return Arrays.stream(dotted.split("\\.")).mapToInt(s -> {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }).toArray();
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static boolean startsWith(int[] version, int[] prefix) {
        if (prefix.length > version.length) {
            return compare(version, prefix) == 0;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (version[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }
}
