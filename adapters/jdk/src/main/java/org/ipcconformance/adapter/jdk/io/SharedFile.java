package org.ipcconformance.adapter.jdk.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A shared memory object as the JDK holds it: the open file that shm_open would have returned
 * (on Linux, shm_open("/name") is open("/dev/shm/name")) and its path, for unlink.
 *
 * @param mode the permission bits read when it was opened: the JDK has no fstat, and an
 *             unlinked object keeps the mode it had (nobody can chmod it by name any more)
 */
public record SharedFile(Path path, FileChannel channel, int mode) implements Closeable {
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
