package org.ipcconformance.spec.catalog;

/** The catalog data is malformed or refers to something that does not exist; the message says where. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
