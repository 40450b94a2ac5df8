/*
 * ipc-agent: one process of an ipc-conformance run on the native adapter.
 *
 * The harness JVM cannot fork faithfully, so every process other than the harness itself runs
 * this small program, started with posix_spawn and driven over a control socket. Each request
 * is carried out with exactly one call of the primitive it names (one write(2), one read(2)...),
 * so what the spec observes is what the kernel does. Single-threaded: one request at a time.
 *
 * Command line (the run directory is there so that a later run's sweep finds leftovers):
 *   ipc-agent --run DIR --name NAME --control FD [--keep FD,FD...] --sigpipe default|ignore
 *             [--terminal PTS]   (lead a new session on that terminal, see agent-signals.c)
 *             [--unprivileged yes]
 *
 * Wire format, host byte order (both ends run on the same machine):
 *   request: u32 length, then u8 opcode and the opcode's fields
 *   reply:   u32 length, then i32 errno (0 = success) and the payload
 *   fields:  i32, i64, or a blob (u32 length + bytes); paths are blobs without a NUL.
 * Right after start the agent sends a hello reply: i32 pid, i32 PIPE_BUF, u64 &global.
 * EOF on the control socket means the harness is gone: the agent exits.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "agent.h"

#ifndef PIPE_BUF
#define PIPE_BUF 4096
#endif

enum {
    OP_WRITE = 1,
    OP_WRITE_REPEAT = 2,
    OP_READ = 3,
    OP_CLOSE = 4,
    OP_SETNB = 5,
    OP_PIPESZ = 6,
    OP_OPEN = 7,
    OP_STAT = 8,
    OP_LIST = 9,
    OP_UNLINK = 10,
    OP_MKFIFO = 11,
    OP_ALLOC = 12,
    OP_POKE = 13,
    OP_PEEK = 14,
    OP_WRITEFROM = 15,
    OP_GETGLOBAL = 16,
    OP_SETGLOBAL = 17,
    OP_GLOBALADDR = 18,
    OP_EXIT = 19,
    OP_PIPE = 20
};

/* File types in the order of the harness's FileType enum. */
enum { T_REGULAR, T_DIRECTORY, T_FIFO, T_SOCKET, T_CHAR, T_BLOCK, T_SYMLINK, T_OTHER };

/* The program's global variable: two agents running this program each have their own copy. */
static volatile int64_t ipc_global;

int control = -1;
const char *name = "agent";

/* ---- buffers: buffers allocated on request (ALLOC), addressed by index ---- */

struct region {
    unsigned char *data;
    uint32_t size;
};
static struct region *regions;
static uint32_t region_count;

/* ---- the operations: each is one call of the primitive ---- */

static int open_flags(int32_t mode, int32_t nonblocking) {
    int flags = mode == 0 ? O_RDONLY : mode == 1 ? O_WRONLY : O_RDWR;
    if (nonblocking) {
        flags |= O_NONBLOCK;
    }
    return flags | O_CLOEXEC;
}

static int32_t file_type(mode_t m) {
    switch (m & S_IFMT) {
    case S_IFREG: return T_REGULAR;
    case S_IFDIR: return T_DIRECTORY;
    case S_IFIFO: return T_FIFO;
    case S_IFSOCK: return T_SOCKET;
    case S_IFCHR: return T_CHAR;
    case S_IFBLK: return T_BLOCK;
    case S_IFLNK: return T_SYMLINK;
    default: return T_OTHER;
    }
}

static struct region *region_at(int32_t index) {
    if (index < 0 || (uint32_t) index >= region_count) {
        return NULL;
    }
    return &regions[index];
}

static void op_list(struct reply *r, const char *path) {
    DIR *d = opendir(path);
    if (d == NULL) {
        fail(r, errno);
        return;
    }
    struct reply names = {0};
    int32_t count = 0;
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            put_blob(&names, e->d_name, (uint32_t) strlen(e->d_name));
            count++;
        }
        errno = 0;
    }
    int err = errno;
    closedir(d);
    if (err != 0) {
        fail(r, err);
    } else {
        begin(r, 0);
        put_i32(r, count);
        if (names.len > 0) {
            put(r, names.data, names.len);
        }
    }
    free(names.data);
}

static void handle(struct cursor *c, struct reply *r) {
    uint8_t op;
    take(c, &op, 1);
    switch (op) {
    case OP_WRITE: {
        int32_t fd = get_i32(c);
        uint32_t n;
        const unsigned char *data = get_blob(c, &n);
        if (c->bad) break;
        ssize_t w = write(fd, data, n);
        if (w < 0) { fail(r, errno); return; }
        begin(r, 0);
        put_i64(r, w);
        return;
    }
    case OP_WRITE_REPEAT: {
        int32_t fd = get_i32(c);
        int32_t times = get_i32(c);
        uint32_t n;
        const unsigned char *data = get_blob(c, &n);
        if (c->bad) break;
        int64_t total = 0;
        for (int32_t i = 0; i < times; i++) {
            ssize_t w = write(fd, data, n);
            if (w < 0) { fail(r, errno); return; }
            total += w;
        }
        begin(r, 0);
        put_i64(r, total);
        return;
    }
    case OP_READ: {
        int32_t fd = get_i32(c);
        int32_t max = get_i32(c);
        if (c->bad || max < 0) break;
        unsigned char *buf = malloc(max > 0 ? (size_t) max : 1);
        if (buf == NULL) { fail(r, ENOMEM); return; }
        ssize_t got = read(fd, buf, (size_t) max);
        if (got < 0) {
            fail(r, errno);
        } else {
            begin(r, 0);
            put(r, buf, (size_t) got);
        }
        free(buf);
        return;
    }
    case OP_CLOSE: {
        int32_t fd = get_i32(c);
        if (c->bad) break;
        if (close(fd) < 0) { fail(r, errno); return; }
        begin(r, 0);
        return;
    }
    case OP_SETNB: {
        int32_t fd = get_i32(c);
        int32_t on = get_i32(c);
        if (c->bad) break;
        int flags = fcntl(fd, F_GETFL);
        if (flags < 0) { fail(r, errno); return; }
        flags = on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
        if (fcntl(fd, F_SETFL, flags) < 0) { fail(r, errno); return; }
        begin(r, 0);
        return;
    }
    case OP_PIPESZ: {
        int32_t fd = get_i32(c);
        if (c->bad) break;
#ifdef F_GETPIPE_SZ
        int size = fcntl(fd, F_GETPIPE_SZ);
        if (size < 0) { fail(r, errno); return; }
        begin(r, 0);
        put_i32(r, size);
#else
        (void) fd;
        fail(r, ENOTSUP);
#endif
        return;
    }
    case OP_OPEN: {
        int32_t mode = get_i32(c);
        int32_t nonblocking = get_i32(c);
        char *path = get_path(c);
        if (c->bad) { free(path); break; }
        int fd = open(path, open_flags(mode, nonblocking));
        int err = errno;
        free(path);
        if (fd < 0) { fail(r, err); return; }
        begin(r, 0);
        put_i32(r, fd);
        return;
    }
    case OP_STAT: {
        char *path = get_path(c);
        if (c->bad) { free(path); break; }
        struct stat st;
        int rc = stat(path, &st);
        int err = errno;
        free(path);
        if (rc < 0) { fail(r, err); return; }
        begin(r, 0);
        put_i32(r, file_type(st.st_mode));
        put_i32(r, (int32_t) (st.st_mode & 07777));
        put_i64(r, (int64_t) st.st_size);
        return;
    }
    case OP_LIST: {
        char *path = get_path(c);
        if (c->bad) { free(path); break; }
        op_list(r, path);
        free(path);
        return;
    }
    case OP_UNLINK: {
        char *path = get_path(c);
        if (c->bad) { free(path); break; }
        int rc = unlink(path);
        int err = errno;
        free(path);
        if (rc < 0) { fail(r, err); return; }
        begin(r, 0);
        return;
    }
    case OP_MKFIFO: {
        char *path = get_path(c);
        if (c->bad) { free(path); break; }
        /* The umask may take bits away from 0600; chmod makes the mode exactly 0600. */
        int rc = mkfifo(path, 0600);
        if (rc == 0) {
            rc = chmod(path, 0600);
        }
        int err = errno;
        free(path);
        if (rc < 0) { fail(r, err); return; }
        begin(r, 0);
        return;
    }
    case OP_ALLOC: {
        uint32_t n;
        const unsigned char *content = get_blob(c, &n);
        if (c->bad) break;
        struct region *grown = realloc(regions, (region_count + 1) * sizeof *regions);
        if (grown == NULL) { fail(r, ENOMEM); return; }
        regions = grown;
        unsigned char *data = malloc(n > 0 ? n : 1);
        if (data == NULL) { fail(r, ENOMEM); return; }
        if (n > 0) {
            memcpy(data, content, n);
        }
        regions[region_count].data = data;
        regions[region_count].size = n;
        begin(r, 0);
        put_i32(r, (int32_t) region_count);
        region_count++;
        return;
    }
    case OP_POKE: {
        struct region *g = region_at(get_i32(c));
        int32_t off = get_i32(c);
        uint32_t n;
        const unsigned char *data = get_blob(c, &n);
        if (c->bad) break;
        if (g == NULL || off < 0 || (uint64_t) off + n > g->size) { fail(r, EINVAL); return; }
        memcpy(g->data + off, data, n);
        begin(r, 0);
        return;
    }
    case OP_PEEK: {
        struct region *g = region_at(get_i32(c));
        if (c->bad) break;
        if (g == NULL) { fail(r, EINVAL); return; }
        begin(r, 0);
        put(r, g->data, g->size);
        return;
    }
    case OP_WRITEFROM: {
        int32_t fd = get_i32(c);
        struct region *g = region_at(get_i32(c));
        if (c->bad) break;
        if (g == NULL) { fail(r, EINVAL); return; }
        ssize_t w = write(fd, g->data, g->size);
        if (w < 0) { fail(r, errno); return; }
        begin(r, 0);
        put_i64(r, w);
        return;
    }
    case OP_GETGLOBAL:
        begin(r, 0);
        put_i64(r, ipc_global);
        return;
    case OP_SETGLOBAL: {
        int64_t v = get_i64(c);
        if (c->bad) break;
        ipc_global = v;
        begin(r, 0);
        return;
    }
    case OP_GLOBALADDR:
        begin(r, 0);
        put_i64(r, (int64_t) (uintptr_t) &ipc_global);
        return;
    case OP_EXIT:
        begin(r, 0);
        send_reply(r);
        exit(0);
    case OP_PIPE: {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC) < 0) { fail(r, errno); return; }
        begin(r, 0);
        put_i32(r, fds[0]);
        put_i32(r, fds[1]);
        return;
    }
    default:
        if (signals_handle(op, c, r) || mq_handle(op, c, r) || ipc_handle(op, c, r) || sockets_handle(op, c, r)) {
            return;
        }
        break;
    }
    fprintf(stderr, "ipc-agent %s: malformed request (opcode %u)\n", name, op);
    exit(3);
}

/* ---- start-up ---- */

static int parse_fd(const char *s) {
    char *end;
    long v = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0' || v < 0 || v > INT_MAX) {
        fprintf(stderr, "ipc-agent: not a descriptor number: '%s'\n", s);
        exit(2);
    }
    return (int) v;
}

static int kept(int fd, const int *keep, int nkeep) {
    if (fd <= 2 || fd == control) {
        return 1;
    }
    for (int i = 0; i < nkeep; i++) {
        if (keep[i] == fd) {
            return 1;
        }
    }
    return 0;
}

/* Closes every descriptor the harness did not hand over on purpose, so nothing of the JVM leaks in. */
static void close_others(const int *keep, int nkeep) {
    DIR *d = opendir("/proc/self/fd");
    if (d == NULL) {
        long max = sysconf(_SC_OPEN_MAX);
        if (max < 0 || max > 65536) {
            max = 65536;
        }
        for (int fd = 3; fd < max; fd++) {
            if (!kept(fd, keep, nkeep)) {
                close(fd);
            }
        }
        return;
    }
    int own = dirfd(d);
    int cap = 64, count = 0;
    int *doomed = malloc(sizeof(int) * (size_t) cap);
    struct dirent *e;
    while (doomed != NULL && (e = readdir(d)) != NULL) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') {
            continue;
        }
        int fd = atoi(e->d_name);
        if (fd == own || kept(fd, keep, nkeep)) {
            continue;
        }
        if (count == cap) {
            cap *= 2;
            int *grown = realloc(doomed, sizeof(int) * (size_t) cap);
            if (grown == NULL) {
                die("out of memory while closing descriptors");
            }
            doomed = grown;
        }
        doomed[count++] = fd;
    }
    closedir(d);
    for (int i = 0; i < count; i++) {
        close(doomed[i]);
    }
    free(doomed);
}

int main(int argc, char **argv) {
    const char *run = NULL;
    const char *sigpipe = "default";
    const char *terminal = NULL;
    int unprivileged = 0;
    int keep[256];
    int nkeep = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *key = argv[i], *value = argv[i + 1];
        if (strcmp(key, "--run") == 0) {
            run = value;
        } else if (strcmp(key, "--name") == 0) {
            name = value;
        } else if (strcmp(key, "--control") == 0) {
            control = parse_fd(value);
        } else if (strcmp(key, "--sigpipe") == 0) {
            sigpipe = value;
        } else if (strcmp(key, "--terminal") == 0) {
            terminal = value;
        } else if (strcmp(key, "--unprivileged") == 0) {
            unprivileged = strcmp(value, "yes") == 0;
        } else if (strcmp(key, "--keep") == 0) {
            char *list = strdup(value);
            for (char *tok = strtok(list, ","); tok != NULL; tok = strtok(NULL, ",")) {
                if (nkeep == (int) (sizeof keep / sizeof keep[0])) {
                    fprintf(stderr, "ipc-agent: too many inherited descriptors\n");
                    return 2;
                }
                keep[nkeep++] = parse_fd(tok);
            }
            free(list);
        } else {
            fprintf(stderr, "ipc-agent: unknown option %s\n", key);
            return 2;
        }
    }
    if (run == NULL || control < 0) {
        fprintf(stderr, "usage: ipc-agent --run DIR --name NAME --control FD [--keep FD,...] --sigpipe default|ignore\n");
        return 2;
    }
    if (strcmp(sigpipe, "ignore") == 0) {
        signal(SIGPIPE, SIG_IGN);
    } else if (strcmp(sigpipe, "default") != 0) {
        fprintf(stderr, "ipc-agent: --sigpipe must be default or ignore, not %s\n", sigpipe);
        return 2;
    }
    close_others(keep, nkeep);
    if (terminal != NULL) {
        signals_take_terminal(terminal);
    }
    signals_init();
    if (unprivileged) {
        sockets_drop_privileges();
    }

    struct reply r = {0};
    begin(&r, 0);
    put_i32(&r, (int32_t) getpid());
    put_i32(&r, PIPE_BUF);
    put_i64(&r, (int64_t) (uintptr_t) &ipc_global);
    send_reply(&r);

    unsigned char *request = NULL;
    size_t capacity = 0;
    for (;;) {
        uint32_t len;
        if (!read_full(&len, sizeof len)) {
            return 0; /* the harness closed the channel: nothing left to do */
        }
        if (len > capacity) {
            unsigned char *grown = realloc(request, len);
            if (grown == NULL) {
                die("out of memory for a request");
            }
            request = grown;
            capacity = len;
        }
        if (len > 0 && !read_full(request, len)) {
            return 0;
        }
        struct cursor c = {request, len, 0};
        handle(&c, &r);
        send_reply(&r);
    }
}
