package org.ipcconformance.spec.spi;

import java.nio.file.Path;
import org.apiguardian.api.API;

/** Named pipes ({@link Facet#FIFOS}, feature {@link Feature#FIFO}); opened through {@link FileCalls#open}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface FifoCalls {

    /** mkfifo(3) with mode 0600. */
    void mkfifo(Path path);
}
