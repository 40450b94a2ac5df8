package org.ipcconformance.adapter.natives.agent;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** One reply body: i32 errno (0 = success), then the payload's fields. */
final class Reply {
    private final ByteBuffer body;
    private final int errno;

    Reply(byte[] body) {
        this.body = ByteBuffer.wrap(body).order(ByteOrder.nativeOrder());
        this.errno = this.body.getInt();
    }

    int errno() {
        return errno;
    }

    int i32() {
        return body.getInt();
    }

    long i64() {
        return body.getLong();
    }

    String string() {
        byte[] bytes = new byte[body.getInt()];
        body.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Everything not read yet. */
    byte[] rest() {
        byte[] out = new byte[body.remaining()];
        body.get(out);
        return out;
    }
}
