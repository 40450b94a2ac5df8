package org.ipcconformance.adapter.jdk.child;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.ipcconformance.adapter.jdk.io.NotHeldException;
import org.ipcconformance.adapter.jdk.io.SharedFile;
import org.ipcconformance.adapter.jdk.io.SharedMemoryOps;

/** The shared memory requests of a child JVM: its open objects live in its slots, its mappings here. */
final class SharedMemoryRequests {
    private final Slots slots;
    private final Map<Long, MappedByteBuffer> mappings = new HashMap<>();

    SharedMemoryRequests(Slots slots) {
        this.slots = slots;
    }

    void execute(byte op, DataInputStream in, DataOutputStream reply) throws IOException {
        switch (op) {
            case Protocol.SHM_CREATE: {
                Path path = Path.of(in.readUTF());
                reply.writeInt(slots.add(SharedMemoryOps.create(path, in.readInt())));
                break;
            }
            case Protocol.SHM_OPEN:
                reply.writeInt(slots.add(SharedMemoryOps.open(Path.of(in.readUTF()))));
                break;
            case Protocol.SHM_ATTACH: {
                SharedFile segment = segment(in.readInt());
                long id = in.readLong();
                MappedByteBuffer mapping = SharedMemoryOps.attach(segment);
                mappings.put(id, mapping);
                reply.writeInt(mapping.capacity());
                break;
            }
            case Protocol.SHM_DETACH: {
                long id = in.readLong();
                MappedByteBuffer mapping = mapping(id);
                mappings.remove(id);
                SharedMemoryOps.detach(mapping);
                break;
            }
            case Protocol.SHM_STATUS: {
                long[] st = SharedMemoryOps.status(segment(in.readInt()));
                reply.writeLong(st[0]);
                reply.writeInt((int) st[1]);
                break;
            }
            case Protocol.SHM_REMOVE:
                SharedMemoryOps.remove(segment(in.readInt()).path());
                break;
            case Protocol.SHM_LOAD: {
                MappedByteBuffer mapping = mapping(in.readLong());
                int offset = in.readInt();
                Protocol.writeBytes(reply, SharedMemoryOps.load(mapping, offset, in.readInt()));
                break;
            }
            case Protocol.SHM_STORE: {
                MappedByteBuffer mapping = mapping(in.readLong());
                int offset = in.readInt();
                SharedMemoryOps.store(mapping, offset, Protocol.readBytes(in));
                break;
            }
            case Protocol.SHM_AWAIT: {
                MappedByteBuffer mapping = mapping(in.readLong());
                int offset = in.readInt();
                reply.writeLong(SharedMemoryOps.awaitValue(mapping, offset, in.readLong()));
                break;
            }
            case Protocol.SHM_INCREMENT: {
                MappedByteBuffer mapping = mapping(in.readLong());
                int offset = in.readInt();
                SharedMemoryOps.incrementUnsynchronized(mapping, offset, in.readInt());
                break;
            }
            default:
                throw new IOException("unknown shared memory request " + op + " on the control channel");
        }
    }

    private SharedFile segment(int slot) throws NotHeldException {
        return slots.get(slot, SharedFile.class, "a shared memory object");
    }

    /** A detached mapping is gone from the table before it is unmapped: touching it would crash the JVM. */
    private MappedByteBuffer mapping(long id) throws NotHeldException {
        MappedByteBuffer m = mappings.get(id);
        if (m == null) {
            throw new NotHeldException("this child has no mapping " + id + " (never attached, or detached)");
        }
        return m;
    }
}
