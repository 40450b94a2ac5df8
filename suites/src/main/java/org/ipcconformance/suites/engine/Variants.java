package org.ipcconformance.suites.engine;

import java.util.List;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.socket.Domain;

/**
 * What a property method is run once per: nothing, each IPC family, each socket domain that a
 * spec can connect (UNIX, INET), or each kind of pipe. The method takes the variant as a parameter
 * ({@link IpcFamily}, {@link Domain} or {@link PipeKind}); its invocations are named
 * {@code [native] SHM-NO-COPY (POSIX)}, and the report carries the variant as a field.
 */
public enum Variants {
    NONE(null, List.of()),
    IPC_FAMILY(IpcFamily.class, List.of(IpcFamily.SYSTEM_V, IpcFamily.POSIX)),
    SOCKET_DOMAIN(Domain.class, List.of(Domain.UNIX, Domain.INET)),
    /** An anonymous pipe and a FIFO, for the pipe properties that hold for named pipes too. */
    PIPE_KIND(PipeKind.class, List.of(PipeKind.ANONYMOUS, PipeKind.FIFO));

    private final Class<?> type;
    private final List<Object> values;

    Variants(Class<?> type, List<Object> values) {
        this.type = type;
        this.values = values;
    }

    /** The type of the method's variant parameter; null for {@link #NONE}, whose methods take none. */
    public Class<?> type() {
        return type;
    }

    /** The variants in the order they run; empty for {@link #NONE}. */
    public List<Object> each() {
        return values;
    }

    /** How a variant is named in display names and reports: {@code System V}, {@code POSIX}, {@code UNIX}, {@code INET}, {@code pipe}, {@code FIFO}. */
    public static String title(Object variant) {
        return variant instanceof IpcFamily family ? family.title() : String.valueOf(variant);
    }
}
