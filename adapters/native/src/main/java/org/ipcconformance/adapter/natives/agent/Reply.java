package org.ipcconformance.adapter.natives.agent;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ipcconformance.spec.spi.FileType;
import org.ipcconformance.adapter.natives.libc.Errno;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Timed;

/** One reply body: i32 errno (0 = success), then the payload's fields. */
public final class Reply {
    /** AGENT_FILE_TYPE code to the spec's constant of the same name. */
    private static final Map<Integer, FileType> FILE_TYPES = WireTable.definition()
            .bind(WireTable.FILE_TYPE, FileType.class).entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private final ByteBuffer body;
    private final int errno;

    Reply(byte[] body) {
        this.body = ByteBuffer.wrap(body).order(ByteOrder.nativeOrder());
        this.errno = this.body.getInt();
    }

    /**
     * A timed wait's reply (agent_begin_timed): i32 errno of the call and i64 called, deadline and
     * returned, in nanoseconds of the call's clock; then, when the call succeeded, what
     * {@code result} reads.
     */
    public <T> Timed<T> timed(String what, Supplier<T> result) {
        int callErrno = i32();
        long called = i64();
        long deadline = i64();
        long returned = i64();
        if (callErrno != 0) {
            return new Timed<>(null, Errno.failure(what, callErrno), called, deadline, returned);
        }
        return new Timed<>(result.get(), null, called, deadline, returned);
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

    /** A file type as STAT sends it: an AGENT_FILE_TYPE code. */
    public FileType fileType() {
        int code = i32();
        FileType type = FILE_TYPES.get(code);
        if (type == null) {
            throw new HarnessException("the agent sent file type " + code + ", which agent-ops.def does not define");
        }
        return type;
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
