package org.ipcconformance.spec.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The property catalog: one YAML file per mechanism under {@code catalog/}, plus
 * {@code catalog/pending.txt}, the IDs that have no executable spec yet (reported as UNTESTED).
 * Loading validates everything, so a typo fails with the file and entry that hold it.
 */
public final class Catalog {
    static final String PENDING_RESOURCE = "catalog/pending.txt";
    private static final Pattern ID_SHAPE = Pattern.compile("[A-Z]+(-[A-Z0-9]+)+");
    private static volatile Catalog standard;

    private final Map<String, PropertyDef> byId;
    private final Set<String> pending;

    Catalog(Map<String, PropertyDef> byId, Set<String> pending) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
        this.pending = Collections.unmodifiableSet(new LinkedHashSet<>(pending));
    }

    /** The catalog shipped in this module, loaded once. */
    public static Catalog standard() {
        Catalog c = standard;
        if (c == null) {
            synchronized (Catalog.class) {
                if (standard == null) {
                    standard = load(Catalog.class.getClassLoader());
                }
                c = standard;
            }
        }
        return c;
    }

    static Catalog load(ClassLoader loader) {
        ObjectMapper yaml = YAMLMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        Map<String, PropertyDef> byId = new LinkedHashMap<>();
        for (Mechanism mechanism : Mechanism.values()) {
            String resource = mechanism.resourceName();
            CatalogFile file;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new CatalogException("catalog file " + resource + " is missing from the class path");
                }
                file = yaml.readValue(in, CatalogFile.class);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                throw new CatalogException("catalog file " + resource + (at == null ? "" : " line " + at.getLineNr())
                        + " is malformed" + pathOf(e) + ": " + e.getOriginalMessage()
                        + " (accepted keys: mechanism, properties; per property: id, title, level, basis, standard, statement,"
                        + " references, evidence)", e);
            } catch (IOException e) {
                throw new CatalogException("catalog file " + resource + " cannot be read: " + e.getMessage(), e);
            }
            if (file.mechanism() != mechanism) {
                throw new CatalogException("catalog file " + resource + " declares mechanism " + file.mechanism()
                        + " but must hold " + mechanism);
            }
            for (CatalogFile.Entry e : file.properties()) {
                if (e == null) {
                    throw new CatalogException("catalog file " + resource + ": an empty property entry");
                }
                PropertyDef def = validate(resource, mechanism, e);
                if (byId.putIfAbsent(def.id(), def) != null) {
                    throw new CatalogException("catalog file " + resource + ": property " + def.id() + " is defined twice");
                }
            }
        }
        return new Catalog(byId, readPending(loader, byId));
    }

    /** Where in the file Jackson stopped, as {@code properties[2].level}; empty for syntax errors. */
    private static String pathOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder(" at ");
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() > 4 ? "." : "").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static PropertyDef validate(String resource, Mechanism mechanism, CatalogFile.Entry e) {
        String where = "catalog file " + resource + ", property " + e.id();
        if (!ID_SHAPE.matcher(e.id()).matches()) {
            throw new CatalogException(where + ": an ID is upper-case words joined by dashes, e.g. PIPE-BYTE-STREAM");
        }
        if (!e.id().startsWith(mechanism.idPrefix() + "-")) {
            throw new CatalogException(where + ": IDs of " + mechanism + " start with " + mechanism.idPrefix() + "-");
        }
        if (e.basis().contains(null) || e.references().contains(null)) {
            throw new CatalogException(where + ": basis and references must not contain empty items");
        }
        if (e.basis().isEmpty() || e.references().isEmpty()) {
            throw new CatalogException(where + ": basis and references must name at least one source");
        }
        if (e.title().isBlank() || e.statement().isBlank() || e.evidence().isBlank()) {
            throw new CatalogException(where + ": title, statement and evidence must not be blank");
        }
        return new PropertyDef(e.id(), mechanism, e.title().strip(), e.level(), e.basis(), standards(where, e.standard()),
                e.statement().strip(), e.references(), e.evidence().strip());
    }

    /** The {@code standard} list: at least one, each known, none twice. */
    private static List<Standard> standards(String where, List<String> written) {
        if (written.isEmpty() || written.contains(null)) {
            throw new CatalogException(where + ": standard must list one or more of " + Standard.accepted()
                    + ", without empty items");
        }
        List<Standard> standards = new ArrayList<>();
        for (String notation : written) {
            Standard s = Standard.parse(notation).orElseThrow(() -> new CatalogException(where + ": unknown standard '"
                    + notation + "'; accepted: " + Standard.accepted()));
            if (standards.contains(s)) {
                throw new CatalogException(where + ": standard " + s.notation() + " is listed twice");
            }
            standards.add(s);
        }
        return standards;
    }

    private static Set<String> readPending(ClassLoader loader, Map<String, PropertyDef> byId) {
        Set<String> pending = new LinkedHashSet<>();
        try (InputStream in = loader.getResourceAsStream(PENDING_RESOURCE)) {
            if (in == null) {
                return pending;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                String id = line.replaceFirst("#.*", "").strip();
                if (id.isEmpty()) {
                    continue;
                }
                if (!byId.containsKey(id)) {
                    throw new CatalogException(PENDING_RESOURCE + " line " + lineNo + ": " + id
                            + " is not a catalog property" + suggestion(id, byId.keySet()));
                }
                pending.add(id);
            }
        } catch (IOException e) {
            throw new CatalogException("cannot read " + PENDING_RESOURCE + ": " + e.getMessage(), e);
        }
        return pending;
    }

    /** All properties in catalog order (by mechanism, then as written). */
    public List<PropertyDef> properties() {
        return List.copyOf(byId.values());
    }

    public Optional<PropertyDef> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The property with this ID, or a {@link CatalogException} that names the closest known IDs. */
    public PropertyDef get(String id) {
        PropertyDef def = byId.get(id);
        if (def == null) {
            throw new CatalogException("unknown property '" + id + "'" + suggestion(id, byId.keySet()));
        }
        return def;
    }

    /** IDs with no executable spec yet: every adapter reports them as UNTESTED. */
    public Set<String> pending() {
        return pending;
    }

    public boolean isPending(String id) {
        return pending.contains(id);
    }

    public List<PropertyDef> of(Mechanism mechanism) {
        return byId.values().stream().filter(p -> p.mechanism() == mechanism).collect(Collectors.toList());
    }

    static String suggestion(String id, Set<String> known) {
        List<String> close = new ArrayList<>();
        String prefix = id.contains("-") ? id.substring(0, id.indexOf('-') + 1) : id;
        for (String k : known) {
            if (k.startsWith(prefix)) {
                close.add(k);
            }
        }
        return close.isEmpty() ? " (no catalog property starts with " + prefix + ")"
                : "; known " + prefix + "* properties: " + String.join(", ", close);
    }
}
