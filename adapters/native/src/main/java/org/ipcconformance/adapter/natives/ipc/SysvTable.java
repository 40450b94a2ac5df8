package org.ipcconformance.adapter.natives.ipc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** /proc/sysvipc/shm and /proc/sysvipc/sem: a header line, then "key id perms ..." per object, key in decimal. */
final class SysvTable {
    private SysvTable() {
    }

    /** Key and id of every object listed; empty when the file is missing. */
    static List<int[]> read(Path table) {
        List<String> lines;
        try {
            lines = Files.readAllLines(table);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + table, e);
        }
        List<int[]> rows = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 2) {
                try {
                    rows.add(new int[] {(int) Long.parseLong(f[0]), Integer.parseInt(f[1])});
                } catch (NumberFormatException e) {
                    // not a row
                }
            }
        }
        return rows;
    }
}
