package org.ipcconformance.reports.baseline;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ipcconformance.spec.catalog.Catalog;
import org.ipcconformance.spec.catalog.CatalogException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a baseline file. The format:
 *
 * <pre>
 * deviations:
 *   - property: PIPE-EOF               # a catalog ID
 *     adapter: jdk                     # one adapter id (simulator:FAULT for a planted fault)
 *     platform:                        # optional: where the deviation holds (default: anywhere)
 *       os: Linux                      #   os.name, ignoring case; macos also matches Mac OS X
 *       kernel: "&gt;=5.10 &lt;6.2"          #   see KernelRange
 *     reason: why it deviates          # required
 *     link: https://...                # optional: the issue or bug report
 * </pre>
 *
 * The YAML is read as a node tree (SnakeYAML) rather than bound to classes, so that every error
 * names its line. An empty file is an empty baseline.
 */
public final class BaselineReader {
    static final Set<String> TOP_KEYS = Set.of("deviations");
    static final List<String> ENTRY_KEYS = List.of("property", "adapter", "platform", "reason", "link");
    static final List<String> PLATFORM_KEYS = List.of("os", "kernel");
    static final String SHAPE = "a baseline is a YAML mapping with one key, 'deviations', holding a list of entries "
            + "with the keys " + String.join(", ", ENTRY_KEYS) + " (platform: os, kernel; property, adapter and reason "
            + "required)";

    private final String file;
    private final Catalog catalog;
    private final Function<String, Optional<String>> adapterProblem;

    /**
     * @param adapterProblem for an adapter id, why it is not one (naming the known ones), or empty
     */
    private BaselineReader(String file, Catalog catalog, Function<String, Optional<String>> adapterProblem) {
        this.file = file;
        this.catalog = catalog;
        this.adapterProblem = adapterProblem;
    }

    /** Reads and checks a baseline file; {@link BaselineException} names the file, the line and what is accepted. */
    public static Baseline read(Path path, Catalog catalog, Function<String, Optional<String>> adapterProblem) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BaselineException("baseline " + path + " does not exist");
        } catch (IOException | UncheckedIOException e) {
            throw new BaselineException("baseline " + path + " cannot be read: " + e.getMessage());
        }
        return parse(path.toString(), text, catalog, adapterProblem);
    }

    public static Baseline parse(String file, String text, Catalog catalog, Function<String, Optional<String>> adapterProblem) {
        return new BaselineReader(file, catalog, adapterProblem).parse(new StringReader(text));
    }

    private Baseline parse(Reader text) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new BaselineException(file + (mark == null ? "" : " line " + (mark.getLine() + 1)) + ": not valid YAML: "
                    + (e.getProblem() == null ? e.getMessage() : e.getProblem()) + "; " + SHAPE);
        } catch (YAMLException e) {
            throw new BaselineException(file + ": not valid YAML: " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ")
                    + "; " + SHAPE);
        }
        if (root == null) {
            return new Baseline(file, List.of());
        }
        Map<String, NodeTuple> top = mapping(root, "the file", TOP_KEYS.stream().toList());
        NodeTuple deviations = top.get("deviations");
        if (deviations == null) {
            throw error(root, "the key 'deviations' is missing; " + SHAPE);
        }
        Node list = deviations.getValueNode();
        if (list instanceof ScalarNode s && s.getValue().isEmpty()) {
            return new Baseline(file, List.of());
        }
        if (!(list instanceof SequenceNode seq)) {
            throw error(list, "'deviations' must be a list of entries (each starting with '- property: ID'); " + SHAPE);
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (Node item : seq.getValue()) {
            BaselineEntry entry = entry(item);
            for (BaselineEntry earlier : entries) {
                if (earlier.property().equals(entry.property()) && earlier.adapter().equals(entry.adapter())
                        && earlier.platform().toString().equals(entry.platform().toString())) {
                    throw error(item, entry.property() + " on " + entry.adapter() + " (" + entry.platform()
                            + ") is listed already at line " + earlier.line() + "; give each deviation once");
                }
            }
            entries.add(entry);
        }
        return new Baseline(file, entries);
    }

    private BaselineEntry entry(Node item) {
        Map<String, NodeTuple> keys = mapping(item, "an entry of 'deviations'", ENTRY_KEYS);
        String property = requiredScalar(item, keys, "property");
        try {
            catalog.get(property);
        } catch (CatalogException e) {
            throw error(keys.get("property").getValueNode(), e.getMessage());
        }
        String adapter = requiredScalar(item, keys, "adapter");
        adapterProblem.apply(adapter).ifPresent(problem -> {
            throw error(keys.get("adapter").getValueNode(), problem + " (one adapter id per entry)");
        });
        String reason = requiredScalar(item, keys, "reason");
        String link = optionalScalar(keys, "link");
        PlatformMatch platform = PlatformMatch.ANY;
        if (keys.containsKey("platform")) {
            platform = platform(keys.get("platform").getValueNode());
        }
        return new BaselineEntry(property, adapter, platform, reason, link, line(item));
    }

    private PlatformMatch platform(Node node) {
        Map<String, NodeTuple> keys = mapping(node, "'platform'", PLATFORM_KEYS);
        String os = optionalScalar(keys, "os");
        KernelRange kernel = null;
        String range = optionalScalar(keys, "kernel");
        if (range != null) {
            try {
                kernel = KernelRange.parse(range);
            } catch (IllegalArgumentException e) {
                throw error(keys.get("kernel").getValueNode(), e.getMessage());
            }
        }
        return new PlatformMatch(os, kernel);
    }

    /** The keys of a mapping node; an unknown or repeated key is an error naming the accepted ones. */
    private Map<String, NodeTuple> mapping(Node node, String what, List<String> accepted) {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping of keys (" + String.join(", ", accepted) + ")"
                    + (node == null ? "" : ", not " + describe(node)) + "; " + SHAPE);
        }
        Map<String, NodeTuple> keys = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || !accepted.contains(key)) {
                throw error(t.getKeyNode(), "unknown key " + (key == null ? describe(t.getKeyNode()) : "'" + key + "'")
                        + " in " + what + "; accepted keys: " + String.join(", ", accepted));
            }
            if (keys.put(key, t) != null) {
                throw error(t.getKeyNode(), "key '" + key + "' given twice in " + what);
            }
        }
        return keys;
    }

    private String requiredScalar(Node entry, Map<String, NodeTuple> keys, String key) {
        String value = optionalScalar(keys, key);
        if (value == null) {
            throw error(entry, "the entry has no '" + key + "'; property, adapter and reason are required (accepted keys: "
                    + String.join(", ", ENTRY_KEYS) + ")");
        }
        return value;
    }

    private String optionalScalar(Map<String, NodeTuple> keys, String key) {
        NodeTuple t = keys.get(key);
        if (t == null) {
            return null;
        }
        Node v = t.getValueNode();
        if (!(v instanceof ScalarNode s)) {
            throw error(v, "'" + key + "' must be a single value, not " + describe(v));
        }
        String value = s.getValue().strip();
        if (value.isEmpty()) {
            throw error(v, "'" + key + "' is empty");
        }
        return value;
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return node instanceof ScalarNode s ? "'" + s.getValue() + "'" : "that";
    }

    private BaselineException error(Node at, String message) {
        return new BaselineException(file + (at == null ? "" : " line " + line(at)) + ": " + message);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
