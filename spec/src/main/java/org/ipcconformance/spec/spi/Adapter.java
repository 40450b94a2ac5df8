package org.ipcconformance.spec.spi;

import java.util.Map;
import org.ipcconformance.spec.run.SandboxContext;
import org.apiguardian.api.API;

/** One implementation under certification, opened once per run and shared by all specs. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface Adapter extends AutoCloseable {

    /** The id shown in reports: the provider's id, plus {@code :fault} for a planted fault. */
    String id();

    /** The version of what is certified (a library's version, the kernel release...). */
    String version();

    Features features();

    /** Facts for the report's header: libc, compiler, JDK of the children... */
    Map<String, String> environment();

    Sandbox openSandbox(SandboxContext context);

    @Override
    default void close() {
    }
}
