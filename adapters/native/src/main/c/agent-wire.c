/* The agent's wire format: request fields in, replies out (see ipc-agent.c for the format), and the names of agent-ops.def. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "agent.h"

/* ---- request parsing ---- */

void agent_take(struct cursor *c, void *out, uint32_t n) {
    if (c->bad || c->left < n) {
        c->bad = 1;
        memset(out, 0, n);
        return;
    }
    memcpy(out, c->p, n);
    c->p += n;
    c->left -= n;
}

int32_t agent_get_i32(struct cursor *c) {
    int32_t v;
    agent_take(c, &v, sizeof v);
    return v;
}

int64_t agent_get_i64(struct cursor *c) {
    int64_t v;
    agent_take(c, &v, sizeof v);
    return v;
}

/* A blob stays in the request buffer; *len receives its length. */
const unsigned char *agent_get_blob(struct cursor *c, uint32_t *len) {
    uint32_t n;
    agent_take(c, &n, sizeof n);
    if (c->bad || c->left < n) {
        c->bad = 1;
        *len = 0;
        return NULL;
    }
    const unsigned char *b = c->p;
    c->p += n;
    c->left -= n;
    *len = n;
    return b;
}

/* A path blob copied into a NUL-terminated string (caller frees). */
char *agent_get_path(struct cursor *c) {
    uint32_t n;
    const unsigned char *b = agent_get_blob(c, &n);
    if (b == NULL) {
        return NULL;
    }
    char *s = malloc((size_t) n + 1);
    if (s == NULL) {
        c->bad = 1;
        return NULL;
    }
    memcpy(s, b, n);
    s[n] = '\0';
    return s;
}

/* ---- replies ---- */

void agent_die(const char *what) {
    fprintf(stderr, "ipc-agent %s: %s: %s\n", agent_name, what, strerror(errno));
    exit(3);
}

/* A request whose fields do not parse: the two ends disagree on the wire, which no reply can mend. */
void agent_malformed(int op) {
    const char *known = agent_op_name(op);
    fprintf(stderr, "ipc-agent %s: malformed request (opcode %d, %s)\n", agent_name, op,
            known != NULL ? known : "not in agent-ops.def");
    exit(3);
}

const char *agent_op_name(int op) {
    switch (op) {
#define AGENT_OP(name, code, handler) case code: return #name;
#include "agent-ops.def"
    default:
        return NULL;
    }
}

void agent_put(struct reply *r, const void *bytes, size_t n) {
    if (r->len + n > r->cap) {
        size_t cap = r->cap ? r->cap : 256;
        while (cap < r->len + n) {
            cap *= 2;
        }
        unsigned char *d = realloc(r->data, cap);
        if (d == NULL) {
            agent_die("out of memory for a reply");
        }
        r->data = d;
        r->cap = cap;
    }
    memcpy(r->data + r->len, bytes, n);
    r->len += n;
}

void agent_put_i32(struct reply *r, int32_t v) {
    agent_put(r, &v, sizeof v);
}

void agent_put_i64(struct reply *r, int64_t v) {
    agent_put(r, &v, sizeof v);
}

void agent_put_blob(struct reply *r, const void *bytes, uint32_t n) {
    agent_put(r, &n, sizeof n);
    agent_put(r, bytes, n);
}

/* Starts a reply: room for the length, then the errno slot. */
void agent_begin(struct reply *r, int err) {
    r->len = 0;
    uint32_t placeholder = 0;
    agent_put(r, &placeholder, sizeof placeholder);
    agent_put_i32(r, err);
}

void agent_fail(struct reply *r, int err) {
    agent_begin(r, err);
}

/* MSG_NOSIGNAL: a vanished harness must end the agent quietly, not with SIGPIPE. */
void agent_send_reply(struct reply *r) {
    uint32_t body = (uint32_t) (r->len - sizeof body);
    memcpy(r->data, &body, sizeof body);
    size_t off = 0;
    while (off < r->len) {
        ssize_t n = send(agent_control, r->data + off, r->len - off, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            exit(0);
        }
        off += (size_t) n;
    }
}

/* ---- control socket input ---- */

/* Returns 0 on EOF before the first byte; exits on EOF in the middle of a frame. */
int agent_read_full(void *buf, size_t n) {
    size_t off = 0;
    while (off < n) {
        ssize_t got = read(agent_control, (char *) buf + off, n - off);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            agent_die("reading the control socket");
        }
        if (got == 0) {
            if (off == 0) {
                return 0;
            }
            fprintf(stderr, "ipc-agent %s: control socket closed in the middle of a request\n", agent_name);
            exit(3);
        }
        off += (size_t) got;
    }
    return 1;
}


/* ---- timed waits (issue 14) ---- */

void agent_get_deadline(struct cursor *c, clockid_t clock, struct timespec *called, struct timespec *deadline) {
    int32_t relative = agent_get_i32(c);
    int64_t sec = agent_get_i64(c);
    int64_t nsec = agent_get_i64(c);
    clock_gettime(clock, called);
    if (relative) {
        int64_t ns = (int64_t) called->tv_nsec + nsec;
        deadline->tv_sec = called->tv_sec + (time_t) sec + (time_t) (ns / 1000000000);
        deadline->tv_nsec = (long) (ns % 1000000000);
    } else {
        deadline->tv_sec = (time_t) sec;
        deadline->tv_nsec = (long) nsec; /* passed unchecked, on purpose */
    }
}

static int64_t timespec_ns(const struct timespec *t) {
    return (int64_t) t->tv_sec * 1000000000 + (int64_t) t->tv_nsec;
}

void agent_begin_timed(struct reply *r, int err, clockid_t clock, const struct timespec *called,
                       const struct timespec *deadline) {
    struct timespec returned;
    clock_gettime(clock, &returned);
    agent_begin(r, 0);
    agent_put_i32(r, err);
    agent_put_i64(r, timespec_ns(called));
    agent_put_i64(r, timespec_ns(deadline));
    agent_put_i64(r, timespec_ns(&returned));
}
