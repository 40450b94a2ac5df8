package org.ipcconformance.spec.spi;

import java.util.OptionalLong;
import org.apiguardian.api.API;

/** The process's own memory ({@link Facet#MEMORY}, feature {@link Feature#PROCESS_MEMORY}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface MemoryCalls {

    /** Allocates a buffer in this process's memory holding {@code content}. */
    Region allocate(byte[] content);

    /** Stores bytes into one of this process's buffers. */
    void poke(Region region, int offset, byte[] data);

    /** Reads one of this process's buffers. */
    byte[] peek(Region region);

    /** One write(2) straight from a buffer of this process; returns the count written. */
    int writeFrom(Handle handle, Region region);

    /** A global variable of the program this process runs, initially 0. */
    long readGlobal();

    void writeGlobal(long value);

    /**
     * The virtual address of that global in this process, or empty where the adapter cannot tell:
     * evidence that two processes use one address for two different values.
     */
    OptionalLong globalAddress();
}
