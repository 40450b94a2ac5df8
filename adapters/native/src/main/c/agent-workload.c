/*
 * Measured loops (the WORKLOAD row of agent-ops.def): round trips between this agent and a peer
 * it forks for the measurement, each timed here with CLOCK_MONOTONIC, so that no harness round
 * trip sits inside the loop. The two processes are pinned to different CPUs where there are two.
 * Objects are anonymous (pipes, socket pairs, an anonymous shared mapping with unnamed process-
 * shared semaphores, loopback sockets): nothing is named, so nothing outlives the processes.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sched.h>
#include <semaphore.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "agent.h"

#define WL_MAX_BYTES 65536
/* Spins before a poller yields its CPU, and between two checks that its peer still lives. */
#define WL_SPINS_BEFORE_YIELD 4096
#define WL_SPINS_PER_CHECK (1 << 16)

enum wl_kind { WL_PIPE, WL_UNIX_STREAM, WL_UNIX_DATAGRAM, WL_TCP, WL_UDP, WL_SHM_SEM, WL_SHM_POLL, WL_UNKNOWN };

static const char *const wl_names[] = {"PIPE", "UNIX_STREAM", "UNIX_DATAGRAM", "TCP_LOOPBACK", "UDP_LOOPBACK",
                                       "SHM_POSIX_SEMAPHORE", "SHM_BUSY_POLL"};

struct wl_shared {
    uint32_t ping; /* the round the pinger has stored */
    uint32_t pong; /* the round the ponger has answered */
    sem_t to_peer;
    sem_t to_me;
    unsigned char msg[WL_MAX_BYTES];
};

/* One side's ends: fd for message-passing workloads, shared for shared memory. */
struct wl_side {
    enum wl_kind kind;
    int fd_out;
    int fd_in;
    struct wl_shared *shared;
    pid_t other; /* the peer (in the pinger) or the pinger (in the peer) */
};

static enum wl_kind wl_kind_of(const unsigned char *name, uint32_t len) {
    for (int k = 0; k < WL_UNKNOWN; k++) {
        if (strlen(wl_names[k]) == len && memcmp(wl_names[k], name, len) == 0) return (enum wl_kind) k;
    }
    return WL_UNKNOWN;
}

static int64_t wl_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t) t.tv_sec * 1000000000 + t.tv_nsec;
}

static int wl_cmp(const void *a, const void *b) {
    int64_t x = *(const int64_t *) a, y = *(const int64_t *) b;
    return (x > y) - (x < y);
}

/* False once the other side is gone: the pinger reaps its peer, the peer sees its parent change. */
static int wl_other_alive(const struct wl_side *s, pid_t parent) {
    if (parent != 0) return getppid() == parent;
    return waitpid(s->other, NULL, WNOHANG) == 0;
}

static int wl_read_full(int fd, unsigned char *buf, int n) {
    int got = 0;
    while (got < n) {
        ssize_t k = read(fd, buf + got, (size_t) (n - got));
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return -1;
        got += (int) k;
    }
    return 0;
}

static int wl_write_full(int fd, const unsigned char *buf, int n) {
    int put = 0;
    while (put < n) {
        ssize_t k = write(fd, buf + put, (size_t) (n - put));
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return -1;
        put += (int) k;
    }
    return 0;
}

/* One datagram of exactly n bytes. */
static int wl_recv_message(int fd, unsigned char *buf, int n) {
    for (;;) {
        ssize_t k = recv(fd, buf, (size_t) n, 0);
        if (k < 0 && errno == EINTR) continue;
        return k == n ? 0 : -1;
    }
}

/* A semaphore wait that gives up once the other side is gone (it would never post). */
static int wl_sem_wait(sem_t *sem, const struct wl_side *s, pid_t parent) {
    for (;;) {
        struct timespec t;
        clock_gettime(CLOCK_REALTIME, &t);
        t.tv_sec += 1;
        if (sem_timedwait(sem, &t) == 0) return 0;
        if (errno != ETIMEDOUT && errno != EINTR) return -1;
        if (!wl_other_alive(s, parent)) return -1;
    }
}

/* Polls *word with plain (acquire) loads until it holds round. */
static int wl_poll(uint32_t *word, uint32_t round, const struct wl_side *s, pid_t parent) {
    unsigned long spins = 0;
    while (__atomic_load_n(word, __ATOMIC_ACQUIRE) != round) {
        if (++spins >= WL_SPINS_BEFORE_YIELD) sched_yield(); /* a loaded machine: let the other side run */
        if (spins % WL_SPINS_PER_CHECK == 0 && !wl_other_alive(s, parent)) return -1;
    }
    return 0;
}

/* Sends buf (n bytes) to the other side. */
static int wl_send(const struct wl_side *s, const unsigned char *buf, int n, uint32_t round, int pinger) {
    switch (s->kind) {
    case WL_UNIX_DATAGRAM:
    case WL_UDP:
        return send(s->fd_out, buf, (size_t) n, 0) == n ? 0 : -1;
    case WL_SHM_SEM:
        memcpy(s->shared->msg, buf, (size_t) n);
        return sem_post(pinger ? &s->shared->to_peer : &s->shared->to_me);
    case WL_SHM_POLL:
        memcpy(s->shared->msg, buf, (size_t) n);
        __atomic_store_n(pinger ? &s->shared->ping : &s->shared->pong, round, __ATOMIC_RELEASE);
        return 0;
    default:
        return wl_write_full(s->fd_out, buf, n);
    }
}

/* Receives n bytes from the other side into buf. */
static int wl_receive(const struct wl_side *s, unsigned char *buf, int n, uint32_t round, int pinger, pid_t parent) {
    switch (s->kind) {
    case WL_UNIX_DATAGRAM:
    case WL_UDP:
        return wl_recv_message(s->fd_in, buf, n);
    case WL_SHM_SEM:
        if (wl_sem_wait(pinger ? &s->shared->to_me : &s->shared->to_peer, s, parent) < 0) return -1;
        memcpy(buf, s->shared->msg, (size_t) n);
        return 0;
    case WL_SHM_POLL:
        if (wl_poll(pinger ? &s->shared->pong : &s->shared->ping, round, s, parent) < 0) return -1;
        memcpy(buf, s->shared->msg, (size_t) n);
        return 0;
    default:
        return wl_read_full(s->fd_in, buf, n);
    }
}

/* The two connected ends of a workload: [0] the pinger's, [1] the peer's (fd_in/fd_out each). */
static int wl_connect(enum wl_kind kind, int fds[4], struct wl_shared **shared) {
    int a[2], b[2];
    *shared = NULL;
    fds[0] = fds[1] = fds[2] = fds[3] = -1;
    switch (kind) {
    case WL_PIPE:
        if (pipe(a) < 0) return -1;
        if (pipe(b) < 0) {
            close(a[0]);
            close(a[1]);
            return -1;
        }
        fds[0] = b[0], fds[1] = a[1], fds[2] = a[0], fds[3] = b[1]; /* pinger in/out, peer in/out */
        return 0;
    case WL_UNIX_STREAM:
    case WL_UNIX_DATAGRAM:
        if (socketpair(AF_UNIX, kind == WL_UNIX_STREAM ? SOCK_STREAM : SOCK_DGRAM, 0, a) < 0) return -1;
        fds[0] = fds[1] = a[0], fds[2] = fds[3] = a[1];
        return 0;
    case WL_TCP:
    case WL_UDP: {
        int type = kind == WL_TCP ? SOCK_STREAM : SOCK_DGRAM;
        struct sockaddr_in addr[2];
        socklen_t len = sizeof addr[0];
        int s[2] = {socket(AF_INET, type, 0), socket(AF_INET, type, 0)};
        int accepted = -1;
        for (int i = 0; i < 2; i++) {
            memset(&addr[i], 0, sizeof addr[i]);
            addr[i].sin_family = AF_INET;
            addr[i].sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        }
        if (s[0] < 0 || s[1] < 0) goto fail;
        if (bind(s[0], (struct sockaddr *) &addr[0], sizeof addr[0]) < 0) goto fail;
        if (getsockname(s[0], (struct sockaddr *) &addr[0], &len) < 0) goto fail;
        if (kind == WL_TCP) {
            int one = 1;
            if (listen(s[0], 1) < 0 || connect(s[1], (struct sockaddr *) &addr[0], sizeof addr[0]) < 0) goto fail;
            accepted = accept(s[0], NULL, NULL);
            if (accepted < 0) goto fail;
            close(s[0]);
            s[0] = accepted;
            setsockopt(s[0], IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            setsockopt(s[1], IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        } else {
            len = sizeof addr[1];
            if (bind(s[1], (struct sockaddr *) &addr[1], sizeof addr[1]) < 0) goto fail;
            if (getsockname(s[1], (struct sockaddr *) &addr[1], &len) < 0) goto fail;
            if (connect(s[0], (struct sockaddr *) &addr[1], sizeof addr[1]) < 0) goto fail;
            if (connect(s[1], (struct sockaddr *) &addr[0], sizeof addr[0]) < 0) goto fail;
        }
        fds[0] = fds[1] = s[0], fds[2] = fds[3] = s[1];
        return 0;
    fail: {
        int e = errno;
        if (s[0] >= 0) close(s[0]);
        if (s[1] >= 0) close(s[1]);
        errno = e;
        return -1;
    }
    }
    case WL_SHM_SEM:
    case WL_SHM_POLL: {
        struct wl_shared *m = mmap(NULL, sizeof *m, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED) return -1;
        memset(m, 0, sizeof *m);
        if (sem_init(&m->to_peer, 1, 0) < 0 || sem_init(&m->to_me, 1, 0) < 0) {
            int e = errno;
            munmap(m, sizeof *m);
            errno = e;
            return -1;
        }
        *shared = m;
        return 0;
    }
    default:
        errno = EINVAL;
        return -1;
    }
}

static void wl_close(int fds[4]) {
    for (int i = 0; i < 4; i++) {
        if (fds[i] < 0) continue;
        int fd = fds[i];
        for (int j = i; j < 4; j++) if (fds[j] == fd) fds[j] = -1;
        close(fd);
    }
}

/* Pins the calling process to the index-th CPU it may run on, when there are two or more. */
static void wl_pin(int index) {
    cpu_set_t allowed, one;
    if (sched_getaffinity(0, sizeof allowed, &allowed) < 0 || CPU_COUNT(&allowed) < 2) return;
    for (int cpu = 0, seen = 0; cpu < CPU_SETSIZE; cpu++) {
        if (!CPU_ISSET(cpu, &allowed)) continue;
        if (seen++ == index) {
            CPU_ZERO(&one);
            CPU_SET(cpu, &one);
            sched_setaffinity(0, sizeof one, &one);
            return;
        }
    }
}

/* The peer: answers every message with itself, then leaves; never returns to the agent's loop. */
static __attribute__((noreturn)) void wl_peer(struct wl_side *s, int n, uint32_t total, pid_t parent) {
    static unsigned char buf[WL_MAX_BYTES];
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(1);
    wl_pin(1);
    for (uint32_t round = 1; round <= total; round++) {
        if (wl_receive(s, buf, n, round, 0, parent) < 0 || wl_send(s, buf, n, round, 0) < 0) _exit(1);
    }
    _exit(0);
}

AGENT_HANDLER(agent_op_workload) {
    uint32_t name_len;
    const unsigned char *name = agent_get_blob(c, &name_len);
    int32_t bytes = agent_get_i32(c), rounds = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    enum wl_kind kind = wl_kind_of(name, name_len);
    if (kind == WL_UNKNOWN || bytes < 1 || bytes > WL_MAX_BYTES || rounds < 1 || rounds > 1000000) {
        agent_fail(r, EINVAL);
        return;
    }
    uint32_t warmup = (uint32_t) (rounds / 10 > 100 ? rounds / 10 : 100);
    uint32_t total = warmup + (uint32_t) rounds;
    int64_t *times = malloc(sizeof *times * (size_t) rounds);
    unsigned char *msg = malloc((size_t) bytes), *back = malloc((size_t) bytes);
    int fds[4];
    struct wl_shared *shared;
    if (times == NULL || msg == NULL || back == NULL || wl_connect(kind, fds, &shared) < 0) {
        int e = errno;
        free(times), free(msg), free(back);
        agent_fail(r, e);
        return;
    }
    cpu_set_t before;
    int pinned = sched_getaffinity(0, sizeof before, &before) == 0;
    pid_t me = getpid();
    pid_t peer = fork();
    if (peer == 0) {
        struct wl_side s = {kind, fds[3], fds[2], shared, me};
        if (fds[0] >= 0) close(fds[0]);
        if (fds[1] >= 0 && fds[1] != fds[0]) close(fds[1]);
        wl_peer(&s, bytes, total, me);
    }
    int err = 0;
    if (peer < 0) {
        err = errno;
    } else {
        struct wl_side s = {kind, fds[1], fds[0], shared, peer};
        /* The peer's ends are the peer's: closed here, so that its death reads as end-of-file. */
        if (fds[2] >= 0) close(fds[2]);
        if (fds[3] >= 0 && fds[3] != fds[2]) close(fds[3]);
        fds[2] = fds[3] = -1;
        wl_pin(0);
        for (int i = 0; i < bytes; i++) msg[i] = (unsigned char) (i * 7 + 1);
        for (uint32_t round = 1; round <= total && err == 0; round++) {
            int64_t t0 = wl_now();
            if (wl_send(&s, msg, bytes, round, 1) < 0 || wl_receive(&s, back, bytes, round, 1, 0) < 0) {
                err = errno != 0 ? errno : EPIPE;
            } else if (memcmp(msg, back, (size_t) bytes) != 0) {
                err = EBADMSG; /* the answer is not the message: never a figure from data the system did not give */
            } else if (round > warmup) {
                times[round - warmup - 1] = wl_now() - t0;
            }
        }
        int status = 0;
        if (err != 0) kill(peer, SIGKILL);
        while (waitpid(peer, &status, 0) < 0 && errno == EINTR) {
        }
        if (err == 0 && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) err = ECHILD;
    }
    if (pinned) sched_setaffinity(0, sizeof before, &before);
    wl_close(fds);
    if (shared != NULL) {
        sem_destroy(&shared->to_peer);
        sem_destroy(&shared->to_me);
        munmap(shared, sizeof *shared);
    }
    if (err != 0) {
        agent_fail(r, err);
    } else {
        qsort(times, (size_t) rounds, sizeof *times, wl_cmp);
        int p99 = (int) (((int64_t) rounds * 99) / 100);
        agent_begin(r, 0);
        agent_put_i64(r, times[rounds / 2]);
        agent_put_i64(r, times[p99 < rounds ? p99 : rounds - 1]);
        agent_put_i64(r, times[rounds - 1]);
    }
    free(times), free(msg), free(back);
}
