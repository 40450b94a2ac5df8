package org.ipcconformance.adapter.natives.ipc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.agent.Op;
import org.ipcconformance.adapter.natives.agent.Reply;
import org.ipcconformance.adapter.natives.agent.Request;
import org.ipcconformance.spec.spi.HarnessException;
import org.ipcconformance.spec.spi.Timed;
import org.ipcconformance.spec.spi.ipc.Deadline;
import org.ipcconformance.spec.spi.ipc.SegmentStatus;
import org.ipcconformance.spec.spi.ipc.SemaphoreOp;

/** The primitives carried out by an agent (agent-ipc.c), one request each. */
final class AgentIpcCalls implements IpcCalls {
    private static final Op SHMGET = Op.SHMGET;
    private static final Op SHMAT = Op.SHMAT;
    private static final Op SHMDT = Op.SHMDT;
    private static final Op SHMSTAT = Op.SHMSTAT;
    private static final Op SHMRMID = Op.SHMRMID;
    private static final Op SHMOPEN = Op.SHMOPEN;
    private static final Op FTRUNCATE = Op.FTRUNCATE;
    private static final Op MMAP = Op.MMAP;
    private static final Op MUNMAP = Op.MUNMAP;
    private static final Op SHMUNLINK = Op.SHMUNLINK;
    private static final Op FSTAT = Op.FSTAT;
    private static final Op LOAD = Op.LOAD;
    private static final Op STORE = Op.STORE;
    private static final Op AWAIT = Op.AWAIT;
    private static final Op INC_RACY = Op.INC_RACY;
    private static final Op INC_SYSV = Op.INC_SYSV;
    private static final Op INC_POSIX = Op.INC_POSIX;
    private static final Op SEMGET = Op.SEMGET;
    private static final Op SEMOP = Op.SEMOP;
    private static final Op GETVAL = Op.GETVAL;
    private static final Op SEMRMID = Op.SEMRMID;
    private static final Op SEMOPEN = Op.SEMOPEN;
    private static final Op SEMPOST = Op.SEMPOST;
    private static final Op SEMWAIT = Op.SEMWAIT;
    private static final Op SEMTRYWAIT = Op.SEMTRYWAIT;
    private static final Op SEMGETVALUE = Op.SEMGETVALUE;
    private static final Op SEMCLOSE = Op.SEMCLOSE;
    private static final Op SEMUNLINK = Op.SEMUNLINK;
    private static final Op CLOSEFD = Op.CLOSEFD;
    private static final int SHM_DEST = 01000;

    private final AgentProc agent;

    AgentIpcCalls(AgentProc agent) {
        this.agent = agent;
    }

    private Reply call(String what, Request request) {
        return agent.call(what, request);
    }

    private static Request named(Op opcode, String name) {
        return new Request(opcode).blob(name.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int shmget(String what, int key, long size, boolean create) {
        return call(what, new Request(SHMGET).i32(key).i64(size).i32(create ? 1 : 0)).i32();
    }

    @Override
    public long shmat(String what, int id) {
        return call(what, new Request(SHMAT).i32(id)).i64();
    }

    @Override
    public void shmdt(String what, long address) {
        call(what, new Request(SHMDT).i64(address));
    }

    @Override
    public SegmentStatus shmStat(String what, int id) {
        Reply r = call(what, new Request(SHMSTAT).i32(id));
        long size = r.i64();
        long attached = r.i64();
        int mode = r.i32();
        return new SegmentStatus(size, attached, (mode & SHM_DEST) != 0, mode & 0777);
    }

    @Override
    public void shmRemove(String what, int id) {
        call(what, new Request(SHMRMID).i32(id));
    }

    @Override
    public int shmOpen(String what, String name, boolean create) {
        return call(what, named(SHMOPEN, name).i32(create ? 1 : 0)).i32();
    }

    @Override
    public void ftruncate(String what, int fd, long size) {
        call(what, new Request(FTRUNCATE).i32(fd).i64(size));
    }

    @Override
    public long mmap(String what, int fd, long size) {
        return call(what, new Request(MMAP).i32(fd).i64(size)).i64();
    }

    @Override
    public void munmap(String what, long address, long size) {
        call(what, new Request(MUNMAP).i64(address).i64(size));
    }

    @Override
    public void shmUnlink(String what, String name) {
        call(what, named(SHMUNLINK, name));
    }

    @Override
    public SegmentStatus fstat(String what, int fd) {
        Reply r = call(what, new Request(FSTAT).i32(fd));
        long size = r.i64();
        return new SegmentStatus(size, -1, false, r.i32() & 0777);
    }

    @Override
    public void closeFd(String what, int fd) {
        call(what, new Request(CLOSEFD).i32(fd));
    }

    @Override
    public byte[] load(String what, long address, int offset, int length) {
        return call(what, new Request(LOAD).i64(address).i32(offset).i32(length)).rest();
    }

    @Override
    public void store(String what, long address, int offset, byte[] data) {
        call(what, new Request(STORE).i64(address).i32(offset).blob(data));
    }

    @Override
    public long awaitValue(String what, long address, int offset, long expected) {
        return call(what, new Request(AWAIT).i64(address).i32(offset).i64(expected)).i64();
    }

    @Override
    public void incrementUnsynchronized(String what, long address, int offset, int times) {
        call(what, new Request(INC_RACY).i64(address).i32(offset).i32(times));
    }

    @Override
    public void incrementGuardedSysv(String what, long address, int offset, int times, int semid) {
        call(what, new Request(INC_SYSV).i64(address).i32(offset).i32(times).i32(semid));
    }

    @Override
    public void incrementGuardedPosix(String what, long address, int offset, int times, long semaphore) {
        call(what, new Request(INC_POSIX).i64(address).i32(offset).i32(times).i32((int) semaphore));
    }

    @Override
    public int semget(String what, int key, int count, boolean create, int initial) {
        return call(what, new Request(SEMGET).i32(key).i32(count).i32(create ? 1 : 0).i32(initial)).i32();
    }

    @Override
    public void semop(String what, int id, List<SemaphoreOp> ops, boolean nonBlocking) {
        Request r = new Request(SEMOP).i32(id).i32(nonBlocking ? 1 : 0).i32(ops.size());
        for (SemaphoreOp op : ops) {
            r.i32(op.index()).i32(op.delta()).i32(op.undo() ? 1 : 0);
        }
        call(what, r);
    }

    @Override
    public Timed<Void> semTimedWait(String what, long semaphore, Deadline deadline) {
        return call(what, new Request(Op.SEM_TIMEDWAIT).i32((int) semaphore).deadline(deadline)).timed(what, () -> null);
    }

    @Override
    public Timed<Void> semTimedop(String what, int id, List<SemaphoreOp> ops, Deadline timeout) {
        if (!timeout.relative()) {
            throw new HarnessException(what + ": semtimedop's timeout is an interval, not " + timeout);
        }
        Request r = new Request(Op.SEMTIMEDOP).i32(id).deadline(timeout).i32(ops.size());
        for (SemaphoreOp op : ops) {
            r.i32(op.index()).i32(op.delta()).i32(op.undo() ? 1 : 0);
        }
        return call(what, r).timed(what, () -> null);
    }

    @Override
    public int getval(String what, int id, int index) {
        return call(what, new Request(GETVAL).i32(id).i32(index)).i32();
    }

    @Override
    public void semRemove(String what, int id) {
        call(what, new Request(SEMRMID).i32(id));
    }

    @Override
    public long semOpen(String what, String name, boolean create, int initial) {
        return call(what, named(SEMOPEN, name).i32(create ? 1 : 0).i32(initial)).i32();
    }

    @Override
    public void semPost(String what, long semaphore) {
        call(what, new Request(SEMPOST).i32((int) semaphore));
    }

    @Override
    public void semWait(String what, long semaphore) {
        call(what, new Request(SEMWAIT).i32((int) semaphore));
    }

    @Override
    public void semTryWait(String what, long semaphore) {
        call(what, new Request(SEMTRYWAIT).i32((int) semaphore));
    }

    @Override
    public int semGetValue(String what, long semaphore) {
        return call(what, new Request(SEMGETVALUE).i32((int) semaphore)).i32();
    }

    @Override
    public void semClose(String what, long semaphore) {
        call(what, new Request(SEMCLOSE).i32((int) semaphore));
    }

    @Override
    public void semUnlink(String what, String name) {
        call(what, named(SEMUNLINK, name));
    }
}
