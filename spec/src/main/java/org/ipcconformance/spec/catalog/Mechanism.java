package org.ipcconformance.spec.catalog;

import java.util.Locale;

/** The IPC mechanisms of the catalog, in the source document's order; each owns an ID prefix. */
public enum Mechanism {
    GENERAL("IPC", "General"),
    PIPE("PIPE", "Pipe"),
    FIFO("FIFO", "FIFO (named pipe)"),
    SIGNAL("SIG", "Signal"),
    MESSAGE_QUEUE("MQ", "Message queue"),
    SHARED_MEMORY("SHM", "Shared memory"),
    SEMAPHORE("SEM", "Semaphore"),
    SOCKET("SOCK", "Socket");

    private final String idPrefix;
    private final String title;

    Mechanism(String idPrefix, String title) {
        this.idPrefix = idPrefix;
        this.title = title;
    }

    /** Every property ID of this mechanism starts with this prefix and a dash. */
    public String idPrefix() {
        return idPrefix;
    }

    public String title() {
        return title;
    }

    /** The catalog resource that holds this mechanism's properties. */
    public String resourceName() {
        return "catalog/" + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".yaml";
    }
}
