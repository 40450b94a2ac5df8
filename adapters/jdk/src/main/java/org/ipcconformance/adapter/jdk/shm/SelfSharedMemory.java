package org.ipcconformance.adapter.jdk.shm;

import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ipcconformance.adapter.jdk.core.SandboxScope;
import org.ipcconformance.adapter.jdk.core.SelfEnds;
import org.ipcconformance.adapter.jdk.error.Calls;
import org.ipcconformance.adapter.jdk.io.SharedFile;
import org.ipcconformance.adapter.jdk.io.SharedMemoryOps;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.spec.spi.ipc.SegmentStatus;

/** POSIX shared memory in the harness JVM; its open objects are self's handles, its mappings are unmapped at close. */
public final class SelfSharedMemory extends JdkSharedMemory {
    private final SelfEnds self;
    private final Map<Long, MappedByteBuffer> mappings = new ConcurrentHashMap<>();

    public SelfSharedMemory(SandboxScope scope, SelfEnds self) {
        super(scope);
        this.self = self;
    }

    @Override
    public Handle create(String name, int size) {
        Path path = SegmentNames.beforeCreate(scope, name);
        SharedFile f = Calls.io("shm create(" + name + ", " + size + ") in self", () -> SharedMemoryOps.create(path, size));
        return hold(f, "shm " + name + " (in self)");
    }

    @Override
    public Handle open(String name) {
        Path path = SegmentNames.path(scope, name);
        SharedFile f = Calls.io("shm open(" + name + ") in self", () -> SharedMemoryOps.open(path));
        return hold(f, "shm " + name + " (in self)");
    }

    @Override
    public Mapping attach(Handle segment) {
        String op = "mmap(" + segment + ") in self";
        SharedFile f = self.end(segment, SharedFile.class, "shared memory object", op);
        MappedByteBuffer buffer = Calls.io(op, () -> SharedMemoryOps.attach(f));
        long id = self.nextId();
        mappings.put(id, buffer);
        return mapping(id, buffer.capacity(), segment, "self");
    }

    @Override
    public void detach(Mapping mapping) {
        MappedByteBuffer buffer = buffer(mapping);
        mappings.remove(mapping.id());
        SharedMemoryOps.detach(buffer);
    }

    @Override
    public SegmentStatus status(Handle segment) {
        String op = "fstat(" + segment + ") in self";
        SharedFile f = self.end(segment, SharedFile.class, "shared memory object", op);
        long[] st = Calls.io(op, () -> SharedMemoryOps.status(f));
        return new SegmentStatus(st[0], -1, false, (int) st[1]);
    }

    @Override
    public void remove(Handle segment) {
        String op = "shm_unlink(" + segment + ") in self";
        SharedFile f = self.end(segment, SharedFile.class, "shared memory object", op);
        Calls.io(op, () -> {
            SharedMemoryOps.remove(f.path());
            return null;
        });
    }

    @Override
    public void close(Handle segment) {
        self.close(segment);
    }

    @Override
    public byte[] load(Mapping mapping, int offset, int length) {
        return SharedMemoryOps.load(buffer(mapping), offset, length);
    }

    @Override
    public void store(Mapping mapping, int offset, byte[] data) {
        SharedMemoryOps.store(buffer(mapping), offset, data);
    }

    @Override
    public long awaitValue(Mapping mapping, int offset, long expected) {
        return SharedMemoryOps.awaitValue(buffer(mapping), offset, expected);
    }

    @Override
    public void incrementUnsynchronized(Mapping mapping, int offset, int times) {
        SharedMemoryOps.incrementUnsynchronized(buffer(mapping), offset, times);
    }

    /** Unmaps what self still has mapped: the harness JVM lives on after the sandbox. */
    public void closeAll() {
        for (Long id : mappings.keySet()) {
            MappedByteBuffer b = mappings.remove(id);
            if (b != null) {
                SharedMemoryOps.detach(b);
            }
        }
    }

    private Handle hold(SharedFile f, String description) {
        Handle h = new Handle(self.nextId(), description);
        self.put(h, f);
        return h;
    }

    private MappedByteBuffer buffer(Mapping mapping) {
        MappedByteBuffer b = mappings.get(mapping.id());
        if (b == null) {
            throw new HarnessException(mapping + " is not mapped in self: a mapping is usable only by the process that attached it,"
                    + " until it detaches it");
        }
        return b;
    }
}
