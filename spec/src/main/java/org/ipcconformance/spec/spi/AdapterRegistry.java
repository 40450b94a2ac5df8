package org.ipcconformance.spec.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.ipcconformance.spec.run.RunDirectory;
import org.apiguardian.api.API;

/**
 * The adapters found on the class path (ServiceLoader), the parsing of an adapter list such as
 * {@code native,simulator:pipe-keeps-boundaries}, and one open instance per selected id for the
 * whole run.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class AdapterRegistry {
    private static AdapterRegistry shared;
    /** Where {@link #shared()} looks for providers; null: the thread's context class loader. */
    private static ClassLoader loader;

    private final Map<String, AdapterProvider> providers = new LinkedHashMap<>();
    private final Map<String, Adapter> open = new LinkedHashMap<>();

    AdapterRegistry(Iterable<AdapterProvider> found) {
        for (AdapterProvider p : found) {
            AdapterProvider before = providers.putIfAbsent(p.id(), p);
            if (before != null) {
                throw new IllegalStateException("two adapters on the class path are both called " + p.id() + ": "
                        + before.getClass().getName() + " and " + p.getClass().getName());
            }
        }
    }

    /** The registry of this JVM, shared by the CLI and the JUnit extension. */
    public static synchronized AdapterRegistry shared() {
        if (shared == null) {
            AdapterRegistry registry = new AdapterRegistry(loader == null ? ServiceLoader.load(AdapterProvider.class)
                    : ServiceLoader.load(AdapterProvider.class, loader));
            // Adapters are shared by every spec of the run and closed once, when the JVM ends,
            // unless the driver closes them earlier (the CLI does, after writing its reports).
            Runtime.getRuntime().addShutdownHook(new Thread(registry::closeAll, "ipc-adapters-cleanup"));
            shared = registry;
        }
        return shared;
    }

    /**
     * Makes {@link #shared()} look for providers through {@code source} (null: the context class
     * loader), as the CLI's adapter path does. A different source discards the registry found so far,
     * after closing its open adapters, so that one JVM can run with one adapter path after another.
     */
    public static synchronized void useLoader(ClassLoader source) {
        if (source == loader) {
            return;
        }
        if (shared != null) {
            shared.closeAll();
            shared = null;
        }
        loader = source;
    }

    public List<AdapterProvider> providers() {
        return List.copyOf(providers.values());
    }

    /** The ids used when no list is given: every available adapter, planted faults excluded. */
    public List<String> defaultSelection() {
        return providers.values().stream()
                .filter(p -> p.unavailableReason().isEmpty())
                .map(AdapterProvider::id)
                .collect(Collectors.toList());
    }

    /**
     * Parses a comma-separated list ({@code all} or blank means {@link #defaultSelection()}).
     *
     * @throws UnknownAdapterException naming the unknown entry and every accepted one
     */
    public List<String> parse(String list) {
        if (list == null || list.isBlank() || list.strip().equals("all")) {
            return defaultSelection();
        }
        List<String> ids = new ArrayList<>();
        for (String raw : list.split(",")) {
            String id = raw.strip();
            if (id.isEmpty()) {
                continue;
            }
            String base = id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
            AdapterProvider p = providers.get(base);
            if (p == null) {
                throw new UnknownAdapterException("unknown adapter '" + id + "'; known adapters: "
                        + String.join(", ", providers.keySet()) + " (or 'all')");
            }
            if (id.contains(":")) {
                String fault = id.substring(id.indexOf(':') + 1);
                if (!p.faults().containsKey(fault)) {
                    throw new UnknownAdapterException("adapter " + base + " has no planted fault '" + fault + "'; its faults: "
                            + (p.faults().isEmpty() ? "none" : String.join(", ", p.faults().keySet())));
                }
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            throw new UnknownAdapterException("the adapter list '" + list + "' names no adapter; known adapters: "
                    + String.join(", ", providers.keySet()));
        }
        return ids;
    }

    public AdapterProvider provider(String id) {
        String base = id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
        AdapterProvider p = providers.get(base);
        if (p == null) {
            throw new UnknownAdapterException("unknown adapter '" + id + "'; known adapters: "
                    + String.join(", ", providers.keySet()));
        }
        return p;
    }

    /** The open adapter for an id from {@link #parse}, opened on first use and kept for the run. */
    public synchronized Adapter open(String id, RunDirectory run) {
        Adapter a = open.get(id);
        if (a == null) {
            String fault = id.contains(":") ? id.substring(id.indexOf(':') + 1) : null;
            AdapterProvider p = provider(id);
            p.unavailableReason().ifPresent(reason -> {
                throw new HarnessException("adapter " + p.id() + " cannot run here: " + reason);
            });
            a = p.open(run, fault);
            open.put(id, a);
        }
        return a;
    }

    /** The adapters opened so far, in order of opening. */
    public synchronized List<Adapter> opened() {
        return List.copyOf(open.values());
    }

    /** Closes every open adapter; the next {@link #open} opens afresh. */
    public synchronized void closeAll() {
        for (Adapter a : open.values()) {
            try {
                a.close();
            } catch (RuntimeException e) {
                System.err.println("ipc-conformance: closing adapter " + a.id() + " failed: " + e);
            }
        }
        open.clear();
    }
}
