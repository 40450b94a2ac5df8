package org.ipcconformance.spec.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The shape of one catalog YAML file, as written by hand; {@link Catalog} validates and converts it. */
record CatalogFile(
        @JsonProperty(required = true) Mechanism mechanism,
        @JsonProperty(required = true) List<Entry> properties) {

    record Entry(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String title,
            @JsonProperty(required = true) Level level,
            @JsonProperty(required = true) List<Basis> basis,
            @JsonProperty(required = true) List<String> standard,
            @JsonProperty(required = true) String statement,
            @JsonProperty(required = true) List<String> references,
            @JsonProperty(required = true) String evidence) {
    }
}
