package org.ipcconformance.adapter.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.ipcconformance.adapter.natives.agent.AgentBinary;
import org.ipcconformance.adapter.natives.libc.LinuxExtras;
import org.ipcconformance.adapter.natives.libc.Statx;
import org.ipcconformance.spec.run.RunDirectory;
import org.ipcconformance.spec.run.SandboxContext;
import org.ipcconformance.spec.spi.FileStat;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Sandbox;
import org.junit.jupiter.api.Test;

/**
 * A stat that claims success but delivers nothing usable is BROKEN naming the call, never a FIFO of
 * size 0 (what FIFO-MEMORY-CONTENT expects): provoked through the adapter's statx seam, around the
 * real statx of a real FIFO.
 */
class LyingStatTest {

    @Test
    void aStatxThatFillsNothingIsBrokenNamingTheCallAndItsMask() {
        assertThatThrownBy(() -> statOfAFifo((dirfd, path, flags, mask, buf) -> 0))
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("statx reported success but its stx_mask (0x0) lacks STATX_TYPE, STATX_MODE, STATX_SIZE");
    }

    @Test
    void aStatxWhoseMaskLeavesOutTheSizeIsBroken() {
        Statx.Call withoutSize = (dirfd, path, flags, mask, buf) -> {
            int rc = LinuxExtras.statx(dirfd, path, flags, mask, buf);
            buf.setInt(0, buf.getInt(0) & ~0x200);
            return rc;
        };
        assertThatThrownBy(() -> statOfAFifo(withoutSize)).isInstanceOf(HarnessException.class)
                .hasMessageContaining("lacks STATX_SIZE");
    }

    @Test
    void aStatxThatClaimsTheFieldsButLeavesThemUnwrittenIsBroken() {
        Statx.Call maskOnly = (dirfd, path, flags, mask, buf) -> {
            buf.setInt(0, 0x7ff);
            return 0;
        };
        assertThatThrownBy(() -> statOfAFifo(maskOnly)).isInstanceOf(HarnessException.class)
                .hasMessageContaining("statx reported success but gave a size of -1");
    }

    @Test
    void theRealStatxShowsAFifoOfSizeZero() {
        FileStat stat = statOfAFifo(LinuxExtras::statx);
        assertThat(stat.type()).isEqualTo(FileType.FIFO);
        assertThat(stat.size()).isZero();
    }

    private static FileStat statOfAFifo(Statx.Call call) {
        RunDirectory run = RunDirectory.current();
        NativeAdapter adapter = new NativeAdapter(AgentBinary::get, new Statx(call));
        try {
            Sandbox box = adapter.openSandbox(new SandboxContext(run, run.newSandboxDirectory(), "lying statx"));
            try {
                Path fifo = box.directory().resolve("fifo");
                box.self().fifos().mkfifo(fifo);
                return box.self().files().stat(fifo);
            } finally {
                box.close();
            }
        } finally {
            adapter.close();
        }
    }
}
