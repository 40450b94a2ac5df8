package org.ipcconformance.adapter.natives.mq;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The message-queue calls of the harness JVM, by JNA direct mapping. The mq_* functions live in
 * librt on glibc before 2.34 (later librt is a stub whose lookups reach libc), so librt is bound
 * first and libc only where there is no librt. Each returns -1 and leaves errno
 * ({@link Native#getLastError()}). size_t, ssize_t and long are {@code long}: LP64 Linux only.
 */
final class MqLibc {
    static final int IPC_CREAT = 01000;
    static final int IPC_EXCL = 02000;
    static final int IPC_NOWAIT = 04000;
    static final int IPC_RMID = 0;
    static final int IPC_SET = 1;
    static final int IPC_STAT = 2;
    static final int MSG_NOERROR = 010000;
    static final int MSG_EXCEPT = 020000;

    /** struct msqid_ds on LP64 Linux (x86_64 and aarch64 share it): the fields used, and its size. */
    static final int MSQID_DS_SIZE = 120;
    static final int MSQID_MODE = 20;
    static final int MSQID_QNUM = 80;
    static final int MSQID_QBYTES = 88;

    /** struct mq_attr: four longs (flags, maxmsg, msgsize, curmsgs) and four reserved. */
    static final int MQ_ATTR_SIZE = 64;

    static {
        NativeLibrary library;
        try {
            library = NativeLibrary.getInstance("rt");
        } catch (UnsatisfiedLinkError e) {
            library = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME);
        }
        Native.register(MqLibc.class, library);
    }

    private MqLibc() {
    }

    static native int msgget(int key, int msgflg);

    static native int msgsnd(int msqid, Pointer msgp, long msgsz, int msgflg);

    static native long msgrcv(int msqid, Pointer msgp, long msgsz, long msgtyp, int msgflg);

    static native int msgctl(int msqid, int cmd, Pointer buf);

    /** mq_open is variadic; mode and attr are passed in registers on x86_64 and aarch64 alike. */
    static native int mq_open(String name, int oflag, int mode, Pointer attr);

    static native int mq_send(int mqdes, Pointer msg, long len, int prio);

    static native long mq_receive(int mqdes, Pointer msg, long len, Pointer prio);

    static native int mq_getattr(int mqdes, Pointer attr);

    static native int mq_setattr(int mqdes, Pointer attr, Pointer old);

    static native int mq_unlink(String name);

    static native int mq_close(int mqdes);

    /** mq_timedreceive and mq_timedsend take a struct timespec: two longs (tv_sec, tv_nsec) on LP64. */
    static native long mq_timedreceive(int mqdes, Pointer msg, long len, Pointer prio, Pointer absTimeout);

    static native int mq_timedsend(int mqdes, Pointer msg, long len, int prio, Pointer absTimeout);
}
