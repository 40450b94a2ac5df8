package org.ipcconformance.adapter.natives.agent;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.ipcconformance.spec.spi.OpenMode;
import org.ipcconformance.spec.spi.ipc.Deadline;

/**
 * One request frame: u32 length, u8 opcode, then fields in host byte order (see ipc-agent.c).
 * The opcode and the enumerations a request carries are codes of agent-ops.def.
 */
public final class Request {
    private static final Map<OpenMode, Integer> OPEN_MODES = WireTable.definition().bind(WireTable.OPEN_MODE, OpenMode.class);

    private ByteBuffer buffer = ByteBuffer.allocate(64).order(ByteOrder.nativeOrder());

    public Request(Op op) {
        buffer.putInt(0);
        buffer.put((byte) op.code());
    }

    public Request i32(int value) {
        room(4).putInt(value);
        return this;
    }

    public Request i64(long value) {
        room(8).putLong(value);
        return this;
    }

    /** A timed wait's deadline (agent_get_deadline): i32 relative, i64 tv_sec, i64 tv_nsec. */
    public Request deadline(Deadline deadline) {
        return i32(deadline.relative() ? 1 : 0).i64(deadline.seconds()).i64(deadline.nanoseconds());
    }

    public Request blob(byte[] bytes) {
        room(4 + bytes.length).putInt(bytes.length).put(bytes);
        return this;
    }

    /** An open(2) access mode as OPEN reads it: its AGENT_OPEN_MODE code. */
    public Request openMode(OpenMode mode) {
        return i32(OPEN_MODES.get(mode));
    }

    public Request path(Path path) {
        return blob(path.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The whole frame, its length filled in. */
    byte[] frame() {
        buffer.putInt(0, buffer.position() - 4);
        byte[] out = new byte[buffer.position()];
        buffer.flip();
        buffer.get(out);
        return out;
    }

    private ByteBuffer room(int n) {
        if (buffer.remaining() < n) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + n))
                    .order(ByteOrder.nativeOrder());
            buffer.flip();
            bigger.put(buffer);
            buffer = bigger;
        }
        return buffer;
    }
}
