package org.ipcconformance.spec.spi;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * Readiness of one descriptor as poll(2) reports it ({@link Facet#READINESS}, feature
 * {@link Feature#POLL}): the process calls poll with one pollfd, {@code events} asked, and gets
 * back its {@code revents}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface ReadinessCalls {

    /** poll(2) with a zero timeout: the descriptor's readiness now (empty when nothing asked is ready). */
    Set<PollEvent> poll(Handle handle, Set<PollEvent> events);

    /** poll(2) with no timeout (-1): sleeps until something asked, or ERR, HUP or NVAL, is reported; never empty. */
    Set<PollEvent> pollWaiting(Handle handle, Set<PollEvent> events);
}
