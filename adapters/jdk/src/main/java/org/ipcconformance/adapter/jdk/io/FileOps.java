package org.ipcconformance.adapter.jdk.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The file-system primitives through java.nio.file, shared by the harness and the child agent. */
public final class FileOps {
    private FileOps() {
    }

    /** open(2) of an existing path, blocking (the JDK has no O_NONBLOCK option). */
    public static FileChannel open(Path path, boolean read, boolean write) throws IOException {
        List<OpenOption> options = new ArrayList<>();
        if (read) {
            options.add(StandardOpenOption.READ);
        }
        if (write) {
            options.add(StandardOpenOption.WRITE);
        }
        return FileChannel.open(path, options.toArray(OpenOption[]::new));
    }

    /** stat(2): st_mode and st_size; follows symbolic links as stat does. */
    public static Stat stat(Path path) throws IOException {
        try {
            Map<String, Object> attrs = Files.readAttributes(path, "unix:mode,size");
            return new Stat((Integer) attrs.get("mode"), (Long) attrs.get("size"));
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            // Platforms without the "unix" view: rebuild the mode from the portable views.
            PosixFileAttributes a = Files.readAttributes(path, PosixFileAttributes.class);
            int type = a.isDirectory() ? 0040000 : a.isRegularFile() ? 0100000 : a.isSymbolicLink() ? 0120000 : 0;
            return new Stat(type | permissionBits(a.permissions()), a.size());
        }
    }

    public static List<String> list(Path directory) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path p : entries) {
                names.add(p.getFileName().toString());
            }
        }
        Collections.sort(names);
        return names;
    }

    public static void unlink(Path path) throws IOException {
        Files.delete(path);
    }

    /** What stat(2) returned. */
    public record Stat(int mode, long size) {
    }

    private static int permissionBits(Set<PosixFilePermission> perms) {
        int bits = 0;
        for (PosixFilePermission p : perms) {
            bits |= 1 << (8 - p.ordinal());
        }
        return bits;
    }
}
