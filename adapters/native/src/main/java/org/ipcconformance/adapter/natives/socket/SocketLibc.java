package org.ipcconformance.adapter.natives.socket;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The socket calls of the harness JVM, by JNA direct mapping. Each returns -1 and leaves errno
 * as the C function does; socklen_t* arguments are 4-byte buffers, size_t/ssize_t are long (LP64).
 */
final class SocketLibc {
    static {
        Native.register(Platform.C_LIBRARY_NAME);
    }

    private SocketLibc() {
    }

    static native int socket(int domain, int type, int protocol);

    static native int bind(int fd, Pointer address, int length);

    static native int getsockname(int fd, Pointer address, Pointer length);

    static native int listen(int fd, int backlog);

    static native int accept4(int fd, Pointer address, Pointer length, int flags);

    static native int connect(int fd, Pointer address, int length);

    static native long send(int fd, Pointer buf, long length, int flags);

    static native long sendto(int fd, Pointer buf, long length, int flags, Pointer to, int toLength);

    static native long recv(int fd, Pointer buf, long length, int flags);

    static native long recvfrom(int fd, Pointer buf, long length, int flags, Pointer from, Pointer fromLength);

    static native int setsockopt(int fd, int level, int name, Pointer value, int length);

    static native int getsockopt(int fd, int level, int name, Pointer value, Pointer length);

    static native int shutdown(int fd, int how);
}
