package org.ipcconformance.spec.spi;

import java.util.List;
import org.apiguardian.api.API;

/**
 * How to start a related process.
 *
 * @param inherit handles the child inherits; it refers to them by the same {@link Handle} objects.
 *                Needs {@link Feature#HANDLE_INHERITANCE} unless empty.
 * @param sigpipe the child's SIGPIPE disposition. Specs about SIGPIPE require
 *                {@link Feature#SIGNAL_DISPOSITION}; an adapter without it starts the child with its
 *                natural disposition (a JVM's handler, say) and accepts DEFAULT for that.
 * @param unprivileged the child gives up every privilege before it runs (switches to an
 *                unprivileged user such as nobody, with no capabilities). Needs
 *                {@link Feature#UNPRIVILEGED_CHILD}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record ChildOptions(List<Handle> inherit, SignalDisposition sigpipe, boolean unprivileged) {
    public ChildOptions {
        inherit = List.copyOf(inherit);
    }

    public ChildOptions(List<Handle> inherit, SignalDisposition sigpipe) {
        this(inherit, sigpipe, false);
    }

    public static ChildOptions inheriting(Handle... handles) {
        return new ChildOptions(List.of(handles), SignalDisposition.DEFAULT);
    }

    public ChildOptions withSigpipe(SignalDisposition disposition) {
        return new ChildOptions(inherit, disposition, unprivileged);
    }

    public ChildOptions withoutPrivileges() {
        return new ChildOptions(inherit, sigpipe, true);
    }
}
