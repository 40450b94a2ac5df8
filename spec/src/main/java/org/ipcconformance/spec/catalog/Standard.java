package org.ipcconformance.spec.catalog;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which standard promises a property's behaviour, written in the catalog as {@code standard:}
 * beside {@code basis} (where the claim comes from). The tags mirror the Open POSIX Test Suite's
 * {@code pt:} tags so that an adapter for a system without an option, or a non-Linux system, can
 * be told apart from one that fails: POSIX base, a POSIX option (message passing, semaphores,
 * shared memory objects, timeouts, realtime signals), the X/Open System Interfaces option (System
 * V IPC, killpg, sigaltstack), or Linux (a Linux extension, or a Linux outcome where POSIX is
 * silent or differs). An option keeps its tag even where a later POSIX made it mandatory, as the
 * suites that anchor the catalog tag it.
 *
 * <p>A property lists one or more: a property checked in both IPC families lists each family's
 * standard (System V: {@link #XSI}; POSIX: the option), and one whose check binds a Linux outcome
 * beside a POSIX rule lists both. A platform conforms to the property only where it offers every
 * listed standard for the part of the check that standard covers.
 */
public enum Standard {
    /** POSIX.1 base (including the CX extensions to ISO C). */
    POSIX("posix", "POSIX base"),
    /** POSIX option MSG: message passing ({@code mq_*}). */
    POSIX_MSG("posix-option:MSG", "POSIX message passing option"),
    /** POSIX option SEM: semaphores ({@code sem_*}). */
    POSIX_SEM("posix-option:SEM", "POSIX semaphores option"),
    /** POSIX option SHM: shared memory objects ({@code shm_open}). */
    POSIX_SHM("posix-option:SHM", "POSIX shared memory objects option"),
    /** POSIX option TMO: timeouts (the timed variants). */
    POSIX_TMO("posix-option:TMO", "POSIX timeouts option"),
    /** POSIX option RTS: realtime signals ({@code sigqueue}, queued signals). */
    POSIX_RTS("posix-option:RTS", "POSIX realtime signals option"),
    /** The X/Open System Interfaces option: System V IPC, killpg, sigaltstack, SA_NOCLDWAIT... */
    XSI("xsi", "X/Open System Interfaces (XSI) option"),
    /** A Linux extension, or a Linux outcome where POSIX is silent or differs. */
    LINUX("linux", "Linux");

    private final String notation;
    private final String title;

    Standard(String notation, String title) {
        this.notation = notation;
        this.title = title;
    }

    /** How the catalog, {@code conformance.json} and the matrix write it: {@code posix-option:MSG}. */
    public String notation() {
        return notation;
    }

    /** A few words for legends: {@code POSIX message passing option}. */
    public String title() {
        return title;
    }

    /** The option tag ({@code MSG}) of a POSIX option, empty for the others. */
    public Optional<String> optionTag() {
        int colon = notation.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(notation.substring(colon + 1));
    }

    /** The standard written {@code notation}, in any case as the catalog's other keys ({@code posix-option:msg}). */
    public static Optional<Standard> parse(String notation) {
        return notation == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.notation.equalsIgnoreCase(notation.strip())).findFirst();
    }

    /** Every accepted notation, for error messages: {@code posix, posix-option:MSG, ...}. */
    public static String accepted() {
        return Arrays.stream(values()).map(Standard::notation).collect(Collectors.joining(", "));
    }
}
