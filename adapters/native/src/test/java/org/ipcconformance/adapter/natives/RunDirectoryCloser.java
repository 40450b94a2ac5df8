package org.ipcconformance.adapter.natives;

import org.ipcconformance.spec.run.RunDirectory;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Removes the tests' run directory when the test JVM is done, as the harness does after a run. */
public class RunDirectoryCloser implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        RunDirectory.current().close();
    }
}
