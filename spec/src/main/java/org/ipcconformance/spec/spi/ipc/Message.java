package org.ipcconformance.spec.spi.ipc;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * One queued message: its body, and its System V type (mtype, at least 1) or its POSIX priority
 * (0 or more) in {@code tag}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Message(long tag, byte[] body) {
    public Message {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && m.tag == tag && Arrays.equals(m.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(tag) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "Message[tag=" + tag + ", " + body.length + " bytes]";
    }
}
