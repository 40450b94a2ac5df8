package org.ipcconformance.adapter.natives.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The state letter of /proc/.../stat (field 3): R, S, D, T, t, Z, X, I... */
public final class TaskState {
    private TaskState() {
    }

    /** Empty when the task is gone (reaped). */
    public static Optional<Character> read(Path statFile) {
        String text;
        try {
            text = Files.readString(statFile);
        } catch (IOException e) {
            return Optional.empty();
        }
        // The command name in field 2 may hold spaces and parentheses: the state follows the last ')'.
        int close = text.lastIndexOf(')');
        if (close < 0 || close + 2 >= text.length()) {
            return Optional.empty();
        }
        return Optional.of(text.charAt(close + 2));
    }
}
