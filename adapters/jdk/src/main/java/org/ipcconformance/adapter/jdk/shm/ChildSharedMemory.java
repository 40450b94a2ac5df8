package org.ipcconformance.adapter.jdk.shm;

import java.io.DataInputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ipcconformance.adapter.jdk.child.Protocol;
import org.ipcconformance.adapter.jdk.core.Agent;
import org.ipcconformance.adapter.jdk.core.SandboxScope;
import org.ipcconformance.spec.spi.Handle;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.ipc.Mapping;
import org.ipcconformance.spec.spi.ipc.SegmentStatus;

/** POSIX shared memory in a child JVM: each call one request, done there with FileChannel and its MappedByteBuffer. */
public final class ChildSharedMemory extends JdkSharedMemory {
    private final Agent child;
    private final Set<Long> mappings = ConcurrentHashMap.newKeySet();

    public ChildSharedMemory(SandboxScope scope, Agent child) {
        super(scope);
        this.child = child;
    }

    @Override
    public Handle create(String name, int size) {
        Path path = SegmentNames.beforeCreate(scope, name);
        int slot = child.request("shm create(" + name + ", " + size + ") in " + child.name(), out -> {
            out.writeByte(Protocol.SHM_CREATE);
            out.writeUTF(path.toString());
            out.writeInt(size);
        }, DataInputStream::readInt);
        return hold(slot, name);
    }

    @Override
    public Handle open(String name) {
        Path path = SegmentNames.path(scope, name);
        int slot = child.request("shm open(" + name + ") in " + child.name(), out -> {
            out.writeByte(Protocol.SHM_OPEN);
            out.writeUTF(path.toString());
        }, DataInputStream::readInt);
        return hold(slot, name);
    }

    @Override
    public Mapping attach(Handle segment) {
        String op = "mmap(" + segment + ") in " + child.name();
        int slot = child.slot(segment, op);
        long id = child.nextId();
        int size = child.request(op, out -> {
            out.writeByte(Protocol.SHM_ATTACH);
            out.writeInt(slot);
            out.writeLong(id);
        }, DataInputStream::readInt);
        mappings.add(id);
        return mapping(id, size, segment, child.name());
    }

    @Override
    public void detach(Mapping mapping) {
        own(mapping);
        child.request("munmap(" + mapping + ")", out -> {
            out.writeByte(Protocol.SHM_DETACH);
            out.writeLong(mapping.id());
        }, in -> null);
        mappings.remove(mapping.id());
    }

    @Override
    public SegmentStatus status(Handle segment) {
        String op = "fstat(" + segment + ") in " + child.name();
        int slot = child.slot(segment, op);
        return child.request(op, out -> {
            out.writeByte(Protocol.SHM_STATUS);
            out.writeInt(slot);
        }, in -> new SegmentStatus(in.readLong(), -1, false, in.readInt()));
    }

    @Override
    public void remove(Handle segment) {
        String op = "shm_unlink(" + segment + ") in " + child.name();
        int slot = child.slot(segment, op);
        child.request(op, out -> {
            out.writeByte(Protocol.SHM_REMOVE);
            out.writeInt(slot);
        }, in -> null);
    }

    @Override
    public void close(Handle segment) {
        child.close(segment);
    }

    @Override
    public byte[] load(Mapping mapping, int offset, int length) {
        own(mapping);
        return child.request("load(" + mapping + ", " + offset + ", " + length + ")", out -> {
            out.writeByte(Protocol.SHM_LOAD);
            out.writeLong(mapping.id());
            out.writeInt(offset);
            out.writeInt(length);
        }, Protocol::readBytes);
    }

    @Override
    public void store(Mapping mapping, int offset, byte[] data) {
        own(mapping);
        child.request("store(" + mapping + ", " + offset + ", " + data.length + " bytes)", out -> {
            out.writeByte(Protocol.SHM_STORE);
            out.writeLong(mapping.id());
            out.writeInt(offset);
            Protocol.writeBytes(out, data);
        }, in -> null);
    }

    @Override
    public long awaitValue(Mapping mapping, int offset, long expected) {
        own(mapping);
        return child.request("awaitValue(" + mapping + ", " + offset + ", " + expected + ")", out -> {
            out.writeByte(Protocol.SHM_AWAIT);
            out.writeLong(mapping.id());
            out.writeInt(offset);
            out.writeLong(expected);
        }, DataInputStream::readLong);
    }

    @Override
    public void incrementUnsynchronized(Mapping mapping, int offset, int times) {
        own(mapping);
        child.request("incrementUnsynchronized(" + mapping + ", " + offset + ", " + times + ")", out -> {
            out.writeByte(Protocol.SHM_INCREMENT);
            out.writeLong(mapping.id());
            out.writeInt(offset);
            out.writeInt(times);
        }, in -> null);
    }

    private Handle hold(int slot, String name) {
        Handle h = new Handle(child.nextId(), "shm " + name + " (in " + child.name() + ")");
        child.hold(h, slot);
        return h;
    }

    private void own(Mapping mapping) {
        if (!mappings.contains(mapping.id())) {
            throw new HarnessException(mapping + " is not mapped in " + child.name() + ": a mapping is usable only by the process"
                    + " that attached it, until it detaches it");
        }
    }
}
