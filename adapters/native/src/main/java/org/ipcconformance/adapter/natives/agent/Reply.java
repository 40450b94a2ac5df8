package org.ipcconformance.adapter.natives.agent;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** One reply body: i32 errno (0 = success), then the payload's fields. */
public final class Reply {
    private final ByteBuffer body;
    private final int errno;

    Reply(byte[] body) {
        this.body = ByteBuffer.wrap(body).order(ByteOrder.nativeOrder());
        this.errno = this.body.getInt();
    }

    public int errno() {
        return errno;
    }

    public int i32() {
        return body.getInt();
    }

    public long i64() {
        return body.getLong();
    }

    public String string() {
        byte[] bytes = new byte[body.getInt()];
        body.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A blob: u32 length and the bytes. */
    public byte[] blob() {
        byte[] bytes = new byte[body.getInt()];
        body.get(bytes);
        return bytes;
    }

    /** Everything not read yet. */
    public byte[] rest() {
        byte[] out = new byte[body.remaining()];
        body.get(out);
        return out;
    }
}
