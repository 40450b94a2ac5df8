/*
 * The agent's opcodes 140-199: sockets. Addresses travel as raw sockaddr bytes built and read by
 * the harness, so the agent passes them to the kernel untouched. Bulk transfers (a pattern, a
 * numbered burst) run here in a loop, so that the process under test, not the control channel,
 * sets the pace.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "agent.h"

enum {
    OP_SOCKET = 140,
    OP_BIND = 141,
    OP_LISTEN = 142,
    OP_ACCEPT = 143,
    OP_CONNECT = 144,
    OP_SEND = 145,
    OP_SENDTO = 146,
    OP_RECV = 147,
    OP_RECVFROM = 148,
    OP_SETSOCKOPT = 149,
    OP_GETSOCKOPT = 150,
    OP_SHUTDOWN = 151,
    OP_SEND_PATTERN = 152,
    OP_RECV_PATTERN = 153,
    OP_SEND_NUMBERED = 154,
    OP_RECV_NUMBERED = 155,
    OP_PRIVILEGED = 156
};

#define PATTERN_BUFFER (256 * 1024)

/* The pattern of spec/spi/socket/Pattern.java: byte i of seed s is (i + 7 s) mod 251. */
static unsigned char pattern_at(int64_t offset, int32_t seed) {
    int64_t v = (offset + 7 * (int64_t) seed) % 251;
    return (unsigned char) (v < 0 ? v + 251 : v);
}

static void put_address(struct reply *r, const struct sockaddr_storage *a, socklen_t len) {
    put_blob(r, a, len > sizeof *a ? (uint32_t) sizeof *a : (uint32_t) len);
}

/* Whether CapEff holds CAP_NET_BIND_SERVICE (10) and CAP_NET_RAW (13). */
int agent_privileged(void) {
    FILE *f = fopen("/proc/self/status", "r");
    if (f == NULL) {
        return geteuid() == 0;
    }
    char line[256];
    unsigned long long caps = 0;
    while (fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, "CapEff:", 7) == 0) {
            caps = strtoull(line + 7, NULL, 16);
        }
    }
    fclose(f);
    return (caps & (1ULL << 10)) && (caps & (1ULL << 13));
}

static void send_pattern(struct reply *r, int fd, int64_t total, int32_t seed, int32_t chunk) {
    if (chunk <= 0 || total < 0) { fail(r, EINVAL); return; }
    unsigned char *buf = malloc((size_t) chunk);
    if (buf == NULL) { fail(r, ENOMEM); return; }
    int64_t off = 0, calls = 0;
    while (off < total) {
        int64_t n = total - off < chunk ? total - off : chunk;
        for (int64_t i = 0; i < n; i++) {
            buf[i] = pattern_at(off + i, seed);
        }
        ssize_t w = send(fd, buf, (size_t) n, MSG_NOSIGNAL);
        calls++;
        if (w < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            free(buf);
            fail(r, err);
            return;
        }
        off += w;
    }
    free(buf);
    begin(r, 0);
    put_i64(r, calls);
}

static void recv_pattern(struct reply *r, int fd, int64_t total, int32_t seed) {
    unsigned char *buf = malloc(PATTERN_BUFFER);
    if (buf == NULL) { fail(r, ENOMEM); return; }
    int64_t got = 0, reads = 0, mismatch = -1;
    while (got < total) {
        size_t want = total - got < PATTERN_BUFFER ? (size_t) (total - got) : PATTERN_BUFFER;
        ssize_t n = recv(fd, buf, want, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            free(buf);
            fail(r, err);
            return;
        }
        reads++;
        if (n == 0) {
            break;
        }
        for (ssize_t i = 0; mismatch < 0 && i < n; i++) {
            if (buf[i] != pattern_at(got + i, seed)) {
                mismatch = got + i;
            }
        }
        got += n;
    }
    free(buf);
    begin(r, 0);
    put_i64(r, got);
    put_i64(r, mismatch);
    put_i64(r, reads);
}

static void send_numbered(struct reply *r, int fd, const void *to, uint32_t tolen, int32_t count, int32_t size) {
    if (size < 8 || count < 0) { fail(r, EINVAL); return; }
    unsigned char *buf = calloc(1, (size_t) size);
    if (buf == NULL) { fail(r, ENOMEM); return; }
    int32_t sent = 0;
    for (int32_t i = 0; i < count; i++) {
        for (int b = 0; b < 8; b++) {
            buf[b] = (unsigned char) ((uint64_t) i >> (56 - 8 * b));
        }
        ssize_t w = sendto(fd, buf, (size_t) size, 0, (const struct sockaddr *) to, tolen);
        if (w >= 0) {
            sent++;
        } else if (errno != ENOBUFS && errno != EAGAIN && errno != EINTR) {
            int err = errno;
            free(buf);
            fail(r, err);
            return;
        }
    }
    free(buf);
    begin(r, 0);
    put_i32(r, sent);
}

static void recv_numbered(struct reply *r, int fd) {
    unsigned char buf[65536];
    struct reply numbers = {0};
    int32_t count = 0;
    for (;;) {
        ssize_t n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) break;
            int err = errno;
            free(numbers.data);
            fail(r, err);
            return;
        }
        if (n < 8) {
            continue; /* not one of the burst */
        }
        uint64_t v = 0;
        for (int b = 0; b < 8; b++) {
            v = (v << 8) | buf[b];
        }
        put_i64(&numbers, (int64_t) v);
        count++;
    }
    begin(r, 0);
    put_i32(r, count);
    if (numbers.len > 0) {
        put(r, numbers.data, numbers.len);
    }
    free(numbers.data);
}

int sockets_handle(uint8_t op, struct cursor *c, struct reply *r) {
    switch (op) {
    case OP_SOCKET: {
        int32_t domain = get_i32(c), type = get_i32(c), protocol = get_i32(c);
        if (c->bad) break;
        int fd = socket(domain, type | SOCK_CLOEXEC, protocol);
        if (fd < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i32(r, fd);
        return 1;
    }
    case OP_BIND: {
        int32_t fd = get_i32(c);
        uint32_t len;
        const unsigned char *addr = get_blob(c, &len);
        if (c->bad) break;
        if (bind(fd, (const struct sockaddr *) addr, len) < 0) { fail(r, errno); return 1; }
        /* bind makes the node with 0777 less the umask; the house keeps its files private (0600). */
        struct sockaddr_un un;
        memset(&un, 0, sizeof un);
        memcpy(&un, addr, len < sizeof un ? len : sizeof un - 1);
        if (len > sizeof(sa_family_t) && un.sun_family == AF_UNIX && un.sun_path[0] != '\0'
                && chmod(un.sun_path, 0600) < 0) {
            fail(r, errno);
            return 1;
        }
        struct sockaddr_storage bound;
        socklen_t blen = sizeof bound;
        if (getsockname(fd, (struct sockaddr *) &bound, &blen) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        put_address(r, &bound, blen);
        return 1;
    }
    case OP_LISTEN: {
        int32_t fd = get_i32(c), backlog = get_i32(c);
        if (c->bad) break;
        if (listen(fd, backlog) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_ACCEPT: {
        int32_t fd = get_i32(c);
        if (c->bad) break;
        int conn;
        do {
            conn = accept4(fd, NULL, NULL, SOCK_CLOEXEC);
        } while (conn < 0 && errno == EINTR);
        if (conn < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i32(r, conn);
        return 1;
    }
    case OP_CONNECT: {
        int32_t fd = get_i32(c);
        uint32_t len;
        const unsigned char *addr = get_blob(c, &len);
        if (c->bad) break;
        if (connect(fd, (const struct sockaddr *) addr, len) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_SEND: {
        int32_t fd = get_i32(c);
        uint32_t n;
        const unsigned char *data = get_blob(c, &n);
        if (c->bad) break;
        ssize_t w = send(fd, data, n, MSG_NOSIGNAL);
        if (w < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i64(r, w);
        return 1;
    }
    case OP_SENDTO: {
        int32_t fd = get_i32(c);
        uint32_t n, len;
        const unsigned char *data = get_blob(c, &n);
        const unsigned char *addr = get_blob(c, &len);
        if (c->bad) break;
        ssize_t w = sendto(fd, data, n, MSG_NOSIGNAL, (const struct sockaddr *) addr, len);
        if (w < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i64(r, w);
        return 1;
    }
    case OP_RECV: {
        int32_t fd = get_i32(c), max = get_i32(c);
        if (c->bad || max < 0) break;
        unsigned char *buf = malloc(max > 0 ? (size_t) max : 1);
        if (buf == NULL) { fail(r, ENOMEM); return 1; }
        ssize_t got = recv(fd, buf, (size_t) max, 0);
        if (got < 0) {
            fail(r, errno);
        } else {
            begin(r, 0);
            put(r, buf, (size_t) got);
        }
        free(buf);
        return 1;
    }
    case OP_RECVFROM: {
        int32_t fd = get_i32(c), max = get_i32(c);
        if (c->bad || max < 0) break;
        unsigned char *buf = malloc(max > 0 ? (size_t) max : 1);
        if (buf == NULL) { fail(r, ENOMEM); return 1; }
        struct sockaddr_storage from;
        socklen_t flen = sizeof from;
        memset(&from, 0, sizeof from);
        /* MSG_TRUNC on a datagram socket returns the real length, so a cut message shows as one. */
        ssize_t got = recvfrom(fd, buf, (size_t) max, MSG_TRUNC, (struct sockaddr *) &from, &flen);
        if (got < 0) {
            fail(r, errno);
        } else {
            begin(r, 0);
            put_i32(r, got > max ? 1 : 0);
            put_address(r, &from, flen);
            put(r, buf, (size_t) (got > max ? max : got));
        }
        free(buf);
        return 1;
    }
    case OP_SETSOCKOPT: {
        int32_t fd = get_i32(c), level = get_i32(c), name = get_i32(c), value = get_i32(c);
        if (c->bad) break;
        int v = value;
        if (setsockopt(fd, level, name, &v, sizeof v) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_GETSOCKOPT: {
        int32_t fd = get_i32(c), level = get_i32(c), name = get_i32(c);
        if (c->bad) break;
        int v = 0;
        socklen_t len = sizeof v;
        if (getsockopt(fd, level, name, &v, &len) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i32(r, v);
        return 1;
    }
    case OP_SHUTDOWN: {
        int32_t fd = get_i32(c), how = get_i32(c);
        if (c->bad) break;
        if (shutdown(fd, how) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_SEND_PATTERN: {
        int32_t fd = get_i32(c);
        int64_t total = get_i64(c);
        int32_t seed = get_i32(c), chunk = get_i32(c);
        if (c->bad) break;
        send_pattern(r, fd, total, seed, chunk);
        return 1;
    }
    case OP_RECV_PATTERN: {
        int32_t fd = get_i32(c);
        int64_t total = get_i64(c);
        int32_t seed = get_i32(c);
        if (c->bad) break;
        recv_pattern(r, fd, total, seed);
        return 1;
    }
    case OP_SEND_NUMBERED: {
        int32_t fd = get_i32(c);
        uint32_t len;
        const unsigned char *to = get_blob(c, &len);
        int32_t count = get_i32(c), size = get_i32(c);
        if (c->bad) break;
        send_numbered(r, fd, to, len, count, size);
        return 1;
    }
    case OP_RECV_NUMBERED: {
        int32_t fd = get_i32(c);
        if (c->bad) break;
        recv_numbered(r, fd);
        return 1;
    }
    case OP_PRIVILEGED:
        begin(r, 0);
        put_i32(r, agent_privileged());
        return 1;
    default:
        return 0;
    }
    fprintf(stderr, "ipc-agent %s: malformed socket request (opcode %u)\n", name, op);
    exit(3);
}

/*
 * --unprivileged yes: become nobody (65534) with no supplementary groups before the hello. A
 * switch from uid 0 to another uid clears every capability (capabilities(7)); the check after it
 * makes sure none is left, so a refusal the spec sees is a refusal for lack of privilege.
 */
void sockets_drop_privileges(void) {
    if (geteuid() == 0) {
        if (setgroups(0, NULL) < 0) die("setgroups(0) while dropping privileges");
        if (setgid(65534) < 0) die("setgid(65534) while dropping privileges");
        if (setuid(65534) < 0) die("setuid(65534) while dropping privileges");
    }
    FILE *f = fopen("/proc/self/status", "r");
    if (f == NULL) {
        return;
    }
    char line[256];
    while (fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, "CapEff:", 7) == 0 && strtoull(line + 7, NULL, 16) != 0) {
            fprintf(stderr, "ipc-agent %s: capabilities remain after dropping privileges: %s", name, line);
            exit(2);
        }
    }
    fclose(f);
}
