package org.ipcconformance.spec.spi;

import org.apiguardian.api.API;

/**
 * How a process ended, as wait(2) reports it: either a normal exit with a code, or death by a
 * signal (number and name, e.g. 13 SIGPIPE).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record ExitStatus(Integer code, Integer signal, String signalName) {
    public static ExitStatus exited(int code) {
        return new ExitStatus(code, null, null);
    }

    public static ExitStatus killedBy(int signal, String signalName) {
        return new ExitStatus(null, signal, signalName);
    }

    public boolean killedBySignal() {
        return signal != null;
    }

    @Override
    public String toString() {
        return signal != null ? "killed by signal " + signal + " (" + signalName + ")" : "exited with code " + code;
    }
}
