package org.ipcconformance.spec.spi.signal;

import org.apiguardian.api.API;

/** The {@code how} of sigprocmask(2). */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public enum MaskChange {
    /** SIG_BLOCK: the mask becomes its union with the set. */
    BLOCK,
    /** SIG_UNBLOCK: the set's signals leave the mask. */
    UNBLOCK,
    /** SIG_SETMASK: the mask becomes the set. */
    SET_MASK,
    /** A value no system defines for {@code how}, which sigprocmask must refuse with EINVAL. */
    INVALID
}
