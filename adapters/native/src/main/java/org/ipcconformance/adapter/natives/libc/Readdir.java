package org.ipcconformance.adapter.natives.libc;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;

/** opendir/readdir/closedir of the harness JVM: the names in a directory, without . and .. */
public final class Readdir {
    private Readdir() {
    }

    /** Sorted, so that listings compare across runs (readdir's own order is the filesystem's). */
    public static List<String> names(String directory, String operation) {
        Pointer dir = Libc.opendir(directory);
        if (dir == null) {
            throw Errno.lastFailure(operation);
        }
        List<String> names = new ArrayList<>();
        try {
            // readdir returns NULL at the end; on an open DIR it fails only for a bad stream.
            for (Pointer entry = Libc.readdir(dir); entry != null; entry = Libc.readdir(dir)) {
                String name = entry.getString(LinuxConstants.DIRENT_NAME_OFFSET);
                if (!name.equals(".") && !name.equals("..")) {
                    names.add(name);
                }
            }
        } finally {
            Libc.closedir(dir);
        }
        names.sort(null);
        return names;
    }
}
