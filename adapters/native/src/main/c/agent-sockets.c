/*
 * The agent's socket operations (agent-ops.def). Addresses travel as raw sockaddr bytes built
 * and read by the harness, so the agent passes them to the kernel untouched. Bulk transfers (a
 * pattern, a numbered burst) run here in a loop, so that the process under test, not the control
 * channel, sets the pace.
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

#define PATTERN_BUFFER (256 * 1024)

/* The pattern of spec/spi/socket/Pattern.java: byte i of seed s is (i + 7 s) mod 251. */
static unsigned char pattern_at(int64_t offset, int32_t seed) {
    int64_t v = (offset + 7 * (int64_t) seed) % 251;
    return (unsigned char) (v < 0 ? v + 251 : v);
}

static void put_address(struct reply *r, const struct sockaddr_storage *a, socklen_t len) {
    agent_put_blob(r, a, len > sizeof *a ? (uint32_t) sizeof *a : (uint32_t) len);
}

/* Whether CapEff holds CAP_NET_BIND_SERVICE (10) and CAP_NET_RAW (13). */
static int privileged(void) {
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
    if (chunk <= 0 || total < 0) { agent_fail(r, EINVAL); return; }
    unsigned char *buf = malloc((size_t) chunk);
    if (buf == NULL) { agent_fail(r, ENOMEM); return; }
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
            agent_fail(r, err);
            return;
        }
        off += w;
    }
    free(buf);
    agent_begin(r, 0);
    agent_put_i64(r, calls);
}

static void recv_pattern(struct reply *r, int fd, int64_t total, int32_t seed) {
    unsigned char *buf = malloc(PATTERN_BUFFER);
    if (buf == NULL) { agent_fail(r, ENOMEM); return; }
    int64_t got = 0, reads = 0, mismatch = -1;
    while (got < total) {
        size_t want = total - got < PATTERN_BUFFER ? (size_t) (total - got) : PATTERN_BUFFER;
        ssize_t n = recv(fd, buf, want, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            free(buf);
            agent_fail(r, err);
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
    agent_begin(r, 0);
    agent_put_i64(r, got);
    agent_put_i64(r, mismatch);
    agent_put_i64(r, reads);
}

static void send_numbered(struct reply *r, int fd, const void *to, uint32_t tolen, int32_t count, int32_t size) {
    if (size < 8 || count < 0) { agent_fail(r, EINVAL); return; }
    unsigned char *buf = calloc(1, (size_t) size);
    if (buf == NULL) { agent_fail(r, ENOMEM); return; }
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
            agent_fail(r, err);
            return;
        }
    }
    free(buf);
    agent_begin(r, 0);
    agent_put_i32(r, sent);
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
            agent_fail(r, err);
            return;
        }
        if (n < 8) {
            continue; /* not one of the burst */
        }
        uint64_t v = 0;
        for (int b = 0; b < 8; b++) {
            v = (v << 8) | buf[b];
        }
        agent_put_i64(&numbers, (int64_t) v);
        count++;
    }
    agent_begin(r, 0);
    agent_put_i32(r, count);
    if (numbers.len > 0) {
        agent_put(r, numbers.data, numbers.len);
    }
    free(numbers.data);
}

AGENT_HANDLER(agent_op_socket) {
    int32_t domain = agent_get_i32(c), type = agent_get_i32(c), protocol = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    int fd = socket(domain, type | SOCK_CLOEXEC, protocol);
    if (fd < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i32(r, fd);
}

AGENT_HANDLER(agent_op_socketpair) {
    int32_t domain = agent_get_i32(c), type = agent_get_i32(c), protocol = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    int sv[2];
    if (socketpair(domain, type | SOCK_CLOEXEC, protocol, sv) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i32(r, sv[0]);
    agent_put_i32(r, sv[1]);
}

AGENT_HANDLER(agent_op_bind) {
    int32_t fd = agent_get_i32(c);
    uint32_t len;
    const unsigned char *addr = agent_get_blob(c, &len);
    if (c->bad) agent_malformed(op);
    if (bind(fd, (const struct sockaddr *) addr, len) < 0) { agent_fail(r, errno); return; }
    /* bind makes the node with 0777 less the umask; the house keeps its files private (0600). */
    struct sockaddr_un un;
    memset(&un, 0, sizeof un);
    memcpy(&un, addr, len < sizeof un ? len : sizeof un - 1);
    if (len > sizeof(sa_family_t) && un.sun_family == AF_UNIX && un.sun_path[0] != '\0'
            && chmod(un.sun_path, 0600) < 0) {
        agent_fail(r, errno);
        return;
    }
    struct sockaddr_storage bound;
    socklen_t blen = sizeof bound;
    if (getsockname(fd, (struct sockaddr *) &bound, &blen) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    put_address(r, &bound, blen);
}

AGENT_HANDLER(agent_op_listen) {
    int32_t fd = agent_get_i32(c), backlog = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    if (listen(fd, backlog) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_accept) {
    int32_t fd = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    int conn;
    do {
        conn = accept4(fd, NULL, NULL, SOCK_CLOEXEC);
    } while (conn < 0 && errno == EINTR);
    if (conn < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i32(r, conn);
}

AGENT_HANDLER(agent_op_connect) {
    int32_t fd = agent_get_i32(c);
    uint32_t len;
    const unsigned char *addr = agent_get_blob(c, &len);
    if (c->bad) agent_malformed(op);
    if (connect(fd, (const struct sockaddr *) addr, len) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_send) {
    int32_t fd = agent_get_i32(c);
    uint32_t n;
    const unsigned char *data = agent_get_blob(c, &n);
    if (c->bad) agent_malformed(op);
    ssize_t w = send(fd, data, n, MSG_NOSIGNAL);
    if (w < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i64(r, w);
}

AGENT_HANDLER(agent_op_sendto) {
    int32_t fd = agent_get_i32(c);
    uint32_t n, len;
    const unsigned char *data = agent_get_blob(c, &n);
    const unsigned char *addr = agent_get_blob(c, &len);
    if (c->bad) agent_malformed(op);
    ssize_t w = sendto(fd, data, n, MSG_NOSIGNAL, (const struct sockaddr *) addr, len);
    if (w < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i64(r, w);
}

AGENT_HANDLER(agent_op_recv) {
    int32_t fd = agent_get_i32(c), max = agent_get_i32(c);
    if (c->bad || max < 0) agent_malformed(op);
    unsigned char *buf = malloc(max > 0 ? (size_t) max : 1);
    if (buf == NULL) { agent_fail(r, ENOMEM); return; }
    ssize_t got = recv(fd, buf, (size_t) max, 0);
    if (got < 0) {
        agent_fail(r, errno);
    } else {
        agent_begin(r, 0);
        agent_put(r, buf, (size_t) got);
    }
    free(buf);
}

AGENT_HANDLER(agent_op_recvfrom) {
    int32_t fd = agent_get_i32(c), max = agent_get_i32(c);
    if (c->bad || max < 0) agent_malformed(op);
    unsigned char *buf = malloc(max > 0 ? (size_t) max : 1);
    if (buf == NULL) { agent_fail(r, ENOMEM); return; }
    struct sockaddr_storage from;
    socklen_t flen = sizeof from;
    memset(&from, 0, sizeof from);
    /* MSG_TRUNC on a datagram socket returns the real length, so a cut message shows as one. */
    ssize_t got = recvfrom(fd, buf, (size_t) max, MSG_TRUNC, (struct sockaddr *) &from, &flen);
    if (got < 0) {
        agent_fail(r, errno);
    } else {
        agent_begin(r, 0);
        agent_put_i32(r, got > max ? 1 : 0);
        put_address(r, &from, flen);
        agent_put(r, buf, (size_t) (got > max ? max : got));
    }
    free(buf);
}

AGENT_HANDLER(agent_op_setsockopt) {
    int32_t fd = agent_get_i32(c), level = agent_get_i32(c), name = agent_get_i32(c), value = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    int v = value;
    if (setsockopt(fd, level, name, &v, sizeof v) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_getsockopt) {
    int32_t fd = agent_get_i32(c), level = agent_get_i32(c), name = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    int v = 0;
    socklen_t len = sizeof v;
    if (getsockopt(fd, level, name, &v, &len) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i32(r, v);
}

AGENT_HANDLER(agent_op_shutdown) {
    int32_t fd = agent_get_i32(c), how = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    if (shutdown(fd, how) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_send_pattern) {
    int32_t fd = agent_get_i32(c);
    int64_t total = agent_get_i64(c);
    int32_t seed = agent_get_i32(c), chunk = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    send_pattern(r, fd, total, seed, chunk);
}

AGENT_HANDLER(agent_op_recv_pattern) {
    int32_t fd = agent_get_i32(c);
    int64_t total = agent_get_i64(c);
    int32_t seed = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    recv_pattern(r, fd, total, seed);
}

AGENT_HANDLER(agent_op_send_numbered) {
    int32_t fd = agent_get_i32(c);
    uint32_t len;
    const unsigned char *to = agent_get_blob(c, &len);
    int32_t count = agent_get_i32(c), size = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    send_numbered(r, fd, to, len, count, size);
}

AGENT_HANDLER(agent_op_recv_numbered) {
    int32_t fd = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    recv_numbered(r, fd);
}

AGENT_HANDLER(agent_op_privileged) {
    agent_begin(r, 0);
    agent_put_i32(r, privileged());
}

/*
 * --unprivileged yes: become nobody (65534) with no supplementary groups before the hello. A
 * switch from uid 0 to another uid clears every capability (capabilities(7)); the check after it
 * makes sure none is left, so a refusal the spec sees is a refusal for lack of privilege.
 */
void agent_sockets_drop_privileges(void) {
    if (geteuid() == 0) {
        if (setgroups(0, NULL) < 0) agent_die("setgroups(0) while dropping privileges");
        if (setgid(65534) < 0) agent_die("setgid(65534) while dropping privileges");
        if (setuid(65534) < 0) agent_die("setuid(65534) while dropping privileges");
    }
    FILE *f = fopen("/proc/self/status", "r");
    if (f == NULL) {
        return;
    }
    char line[256];
    while (fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, "CapEff:", 7) == 0 && strtoull(line + 7, NULL, 16) != 0) {
            fprintf(stderr, "ipc-agent %s: capabilities remain after dropping privileges: %s", agent_name, line);
            exit(2);
        }
    }
    fclose(f);
}
