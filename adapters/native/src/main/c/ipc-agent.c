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
 *   ipc-agent --ops   (print the wire table it was built from, see agent-ops.def, and exit)
 *
 * The operations and their codes are the rows of agent-ops.def; this file serves the core ones.
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

/* The program's global variable: two agents running this program each have their own copy. */
static volatile int64_t ipc_global;

int agent_control = -1;
const char *agent_name = "agent";

/* ---- buffers: buffers allocated on request (ALLOC), addressed by index ---- */

struct region {
    unsigned char *data;
    uint32_t size;
};
static struct region *regions;
static uint32_t region_count;

/* ---- the operations: each is one call of the primitive ---- */

/* OPEN's mode is a code of agent-ops.def; -1 for a code it does not define (a malformed request). */
static int open_flags(int32_t mode, int32_t nonblocking) {
    int flags;
    switch (mode) {
#define AGENT_OPEN_MODE(name, code, access) case code: flags = access; break;
#include "agent-ops.def"
    default:
        return -1;
    }
    if (nonblocking) {
        flags |= O_NONBLOCK;
    }
    return flags | O_CLOEXEC;
}

/* STAT's type is a code of agent-ops.def; a type bit pattern not in the table (or none) is OTHER. */
static int32_t file_type(mode_t m) {
    switch (m & S_IFMT) {
#define AGENT_FILE_TYPE(name, code, mode) case mode: return code;
#include "agent-ops.def"
    default:
        return AGENT_FILE_OTHER;
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
        agent_fail(r, errno);
        return;
    }
    struct reply names = {0};
    int32_t count = 0;
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            agent_put_blob(&names, e->d_name, (uint32_t) strlen(e->d_name));
            count++;
        }
        errno = 0;
    }
    int err = errno;
    closedir(d);
    if (err != 0) {
        agent_fail(r, err);
    } else {
        agent_begin(r, 0);
        agent_put_i32(r, count);
        if (names.len > 0) {
            agent_put(r, names.data, names.len);
        }
    }
    free(names.data);
}

AGENT_HANDLER(agent_op_write) {
    int32_t fd = agent_get_i32(c);
    uint32_t n;
    const unsigned char *data = agent_get_blob(c, &n);
    if (c->bad) agent_malformed(op);
    ssize_t w = write(fd, data, n);
    if (w < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i64(r, w);
}

AGENT_HANDLER(agent_op_write_repeat) {
    int32_t fd = agent_get_i32(c);
    int32_t times = agent_get_i32(c);
    uint32_t n;
    const unsigned char *data = agent_get_blob(c, &n);
    if (c->bad) agent_malformed(op);
    int64_t total = 0;
    for (int32_t i = 0; i < times; i++) {
        ssize_t w = write(fd, data, n);
        if (w < 0) { agent_fail(r, errno); return; }
        total += w;
    }
    agent_begin(r, 0);
    agent_put_i64(r, total);
}

AGENT_HANDLER(agent_op_read) {
    int32_t fd = agent_get_i32(c);
    int32_t max = agent_get_i32(c);
    if (c->bad || max < 0) agent_malformed(op);
    unsigned char *buf = malloc(max > 0 ? (size_t) max : 1);
    if (buf == NULL) { agent_fail(r, ENOMEM); return; }
    ssize_t got = read(fd, buf, (size_t) max);
    if (got < 0) {
        agent_fail(r, errno);
    } else {
        agent_begin(r, 0);
        agent_put(r, buf, (size_t) got);
    }
    free(buf);
}

AGENT_HANDLER(agent_op_close) {
    int32_t fd = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    if (close(fd) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_setnb) {
    int32_t fd = agent_get_i32(c);
    int32_t on = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) { agent_fail(r, errno); return; }
    flags = on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
    if (fcntl(fd, F_SETFL, flags) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_pipesz) {
    int32_t fd = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
#ifdef F_GETPIPE_SZ
    int size = fcntl(fd, F_GETPIPE_SZ);
    if (size < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i32(r, size);
#else
    (void) fd;
    agent_fail(r, ENOTSUP);
#endif
}

AGENT_HANDLER(agent_op_open) {
    int32_t mode = agent_get_i32(c);
    int32_t nonblocking = agent_get_i32(c);
    char *path = agent_get_path(c);
    int flags = open_flags(mode, nonblocking);
    if (c->bad || flags < 0) { free(path); agent_malformed(op); }
    int fd = open(path, flags);
    int err = errno;
    free(path);
    if (fd < 0) { agent_fail(r, err); return; }
    agent_begin(r, 0);
    agent_put_i32(r, fd);
}

AGENT_HANDLER(agent_op_stat) {
    char *path = agent_get_path(c);
    if (c->bad) { free(path); agent_malformed(op); }
    /* All ones, so that a stat that claims success but fills nothing shows a size of -1, which the harness refuses. */
    struct stat st;
    memset(&st, 0xff, sizeof st);
    int rc = stat(path, &st);
    int err = errno;
    free(path);
    if (rc < 0) { agent_fail(r, err); return; }
    agent_begin(r, 0);
    agent_put_i32(r, file_type(st.st_mode));
    agent_put_i32(r, (int32_t) (st.st_mode & 07777));
    agent_put_i64(r, (int64_t) st.st_size);
}

AGENT_HANDLER(agent_op_list) {
    char *path = agent_get_path(c);
    if (c->bad) { free(path); agent_malformed(op); }
    op_list(r, path);
    free(path);
}

AGENT_HANDLER(agent_op_unlink) {
    char *path = agent_get_path(c);
    if (c->bad) { free(path); agent_malformed(op); }
    int rc = unlink(path);
    int err = errno;
    free(path);
    if (rc < 0) { agent_fail(r, err); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_mkfifo) {
    char *path = agent_get_path(c);
    if (c->bad) { free(path); agent_malformed(op); }
    /* The umask may take bits away from 0600; chmod makes the mode exactly 0600. */
    int rc = mkfifo(path, 0600);
    if (rc == 0) {
        rc = chmod(path, 0600);
    }
    int err = errno;
    free(path);
    if (rc < 0) { agent_fail(r, err); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_alloc) {
    uint32_t n;
    const unsigned char *content = agent_get_blob(c, &n);
    if (c->bad) agent_malformed(op);
    struct region *grown = realloc(regions, (region_count + 1) * sizeof *regions);
    if (grown == NULL) { agent_fail(r, ENOMEM); return; }
    regions = grown;
    unsigned char *data = malloc(n > 0 ? n : 1);
    if (data == NULL) { agent_fail(r, ENOMEM); return; }
    if (n > 0) {
        memcpy(data, content, n);
    }
    regions[region_count].data = data;
    regions[region_count].size = n;
    agent_begin(r, 0);
    agent_put_i32(r, (int32_t) region_count);
    region_count++;
}

AGENT_HANDLER(agent_op_poke) {
    struct region *g = region_at(agent_get_i32(c));
    int32_t off = agent_get_i32(c);
    uint32_t n;
    const unsigned char *data = agent_get_blob(c, &n);
    if (c->bad) agent_malformed(op);
    if (g == NULL || off < 0 || (uint64_t) off + n > g->size) { agent_fail(r, EINVAL); return; }
    memcpy(g->data + off, data, n);
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_peek) {
    struct region *g = region_at(agent_get_i32(c));
    if (c->bad) agent_malformed(op);
    if (g == NULL) { agent_fail(r, EINVAL); return; }
    agent_begin(r, 0);
    agent_put(r, g->data, g->size);
}

AGENT_HANDLER(agent_op_writefrom) {
    int32_t fd = agent_get_i32(c);
    struct region *g = region_at(agent_get_i32(c));
    if (c->bad) agent_malformed(op);
    if (g == NULL) { agent_fail(r, EINVAL); return; }
    ssize_t w = write(fd, g->data, g->size);
    if (w < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i64(r, w);
}

AGENT_HANDLER(agent_op_getglobal) {
    agent_begin(r, 0);
    agent_put_i64(r, ipc_global);
}

AGENT_HANDLER(agent_op_setglobal) {
    int64_t v = agent_get_i64(c);
    if (c->bad) agent_malformed(op);
    ipc_global = v;
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_globaladdr) {
    agent_begin(r, 0);
    agent_put_i64(r, (int64_t) (uintptr_t) &ipc_global);
}

AGENT_HANDLER(agent_op_exit) {
    agent_begin(r, 0);
    agent_send_reply(r);
    exit(0);
}

AGENT_HANDLER(agent_op_pipe) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i32(r, fds[0]);
    agent_put_i32(r, fds[1]);
}

/* ---- dispatch: one case per row of agent-ops.def (a code used twice does not compile) ---- */

static void handle(struct cursor *c, struct reply *r) {
    uint8_t op;
    agent_take(c, &op, 1);
    if (c->bad) {
        agent_malformed(0);
    }
    switch (op) {
#define AGENT_OP(name, code, handler) case code: handler(op, c, r); return;
#include "agent-ops.def"
    default:
        agent_malformed(op);
    }
}

/* --ops: the table as this binary was built from it, "op CODE NAME" a line, for the harness's test. */
static void print_table(void) {
#define AGENT_OP(name, code, handler) printf("op %d %s\n", code, #name);
#define AGENT_FILE_TYPE(name, code, mode) printf("file-type %d %s\n", code, #name);
#define AGENT_OPEN_MODE(name, code, flags) printf("open-mode %d %s\n", code, #name);
#define AGENT_MSGRCV_FLAG(name, bit, flag) printf("msgrcv-flag %d %s\n", bit, #name);
#include "agent-ops.def"
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
    if (fd <= 2 || fd == agent_control) {
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
                agent_die("out of memory while closing descriptors");
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
    if (argc == 2 && strcmp(argv[1], "--ops") == 0) {
        print_table();
        return fflush(stdout) == 0 ? 0 : 1;
    }
    for (int i = 1; i + 1 < argc; i += 2) {
        const char *key = argv[i], *value = argv[i + 1];
        if (strcmp(key, "--run") == 0) {
            run = value;
        } else if (strcmp(key, "--name") == 0) {
            agent_name = value;
        } else if (strcmp(key, "--control") == 0) {
            agent_control = parse_fd(value);
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
    if (run == NULL || agent_control < 0) {
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
        agent_signals_take_terminal(terminal);
    }
    agent_signals_init();
    if (unprivileged) {
        agent_sockets_drop_privileges();
    }

    struct reply r = {0};
    agent_begin(&r, 0);
    agent_put_i32(&r, (int32_t) getpid());
    agent_put_i32(&r, PIPE_BUF);
    agent_put_i64(&r, (int64_t) (uintptr_t) &ipc_global);
    agent_send_reply(&r);

    unsigned char *request = NULL;
    size_t capacity = 0;
    for (;;) {
        uint32_t len;
        if (!agent_read_full(&len, sizeof len)) {
            return 0; /* the harness closed the channel: nothing left to do */
        }
        if (len > capacity) {
            unsigned char *grown = realloc(request, len);
            if (grown == NULL) {
                agent_die("out of memory for a request");
            }
            request = grown;
            capacity = len;
        }
        if (len > 0 && !agent_read_full(request, len)) {
            return 0;
        }
        struct cursor c = {request, len, 0};
        handle(&c, &r);
        agent_send_reply(&r);
    }
}
