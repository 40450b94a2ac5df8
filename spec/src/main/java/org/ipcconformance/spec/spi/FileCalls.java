package org.ipcconformance.spec.spi;

import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/** The file system as one process sees it ({@link Facet#FILES}, feature {@link Feature#FILES}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface FileCalls {

    /** open(2) of an existing path; the handle's other calls are {@link PipeCalls}' read, write, close. */
    Handle open(Path path, OpenMode mode, boolean nonBlocking);

    /** stat(2) of a path; {@link IpcError#NO_SUCH_FILE} when it does not exist. */
    FileStat stat(Path path);

    /** The names in a directory (readdir), without "." and "..". */
    List<String> list(Path directory);

    /** unlink(2). */
    void unlink(Path path);
}
