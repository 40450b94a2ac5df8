/*
 * The agent's System V and POSIX shared memory and semaphore operations (agent-ops.def).
 * Each request is one call of the primitive, except the memory operations (load, store, poll,
 * increments), which are plain accesses to the mapping made inside this process: no system call
 * between them, which is what the shared memory properties are about.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "agent.h"

/* Linux leaves union semun to the caller. */
union semun {
    int val;
    struct semid_ds *buf;
    unsigned short *array;
};

/* POSIX semaphores opened by this process, addressed by slot. */
static sem_t **sems;
static int32_t sem_count;

static sem_t *sem_at(int32_t slot) {
    return slot >= 0 && slot < sem_count ? sems[slot] : NULL;
}

static volatile int64_t *word_at(int64_t address, int32_t offset) {
    return (volatile int64_t *) (uintptr_t) (address + offset);
}

static char *name_of(struct cursor *c) {
    return agent_get_path(c);
}

static int sysv_sem_step(int id, int delta) {
    struct sembuf op = {0, (short) delta, 0};
    int rc;
    do {
        rc = semop(id, &op, 1);
    } while (rc < 0 && errno == EINTR);
    return rc;
}

static int posix_wait(sem_t *s) {
    int rc;
    do {
        rc = sem_wait(s);
    } while (rc < 0 && errno == EINTR);
    return rc;
}

/* One unsynchronised increment: load, give the processor away, store. The race is the point. */
static void racy_increment(volatile int64_t *w) {
    int64_t v = *w;
    sched_yield();
    *w = v + 1;
}

AGENT_HANDLER(agent_op_semop) {
    int32_t id = agent_get_i32(c);
    int32_t nowait = agent_get_i32(c);
    int32_t n = agent_get_i32(c);
    if (c->bad || n < 1 || n > 64) { agent_fail(r, EINVAL); return; }
    struct sembuf ops[64];
    for (int32_t i = 0; i < n; i++) {
        ops[i].sem_num = (unsigned short) agent_get_i32(c);
        ops[i].sem_op = (short) agent_get_i32(c);
        ops[i].sem_flg = (short) ((agent_get_i32(c) ? SEM_UNDO : 0) | (nowait ? IPC_NOWAIT : 0));
    }
    if (c->bad) { agent_fail(r, EINVAL); return; }
    if (semop(id, ops, (size_t) n) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_semget) {
    int32_t key = agent_get_i32(c);
    int32_t count = agent_get_i32(c);
    int32_t create = agent_get_i32(c);
    int32_t initial = agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    int id = semget(key, create ? count : 0, create ? IPC_CREAT | IPC_EXCL | 0600 : 0);
    if (id < 0) { agent_fail(r, errno); return; }
    if (create) {
        unsigned short *values = calloc((size_t) count, sizeof *values);
        if (values == NULL) { semctl(id, 0, IPC_RMID); agent_fail(r, ENOMEM); return; }
        for (int32_t i = 0; i < count; i++) {
            values[i] = (unsigned short) initial;
        }
        union semun arg = {.array = values};
        int rc = semctl(id, 0, SETALL, arg);
        int err = errno;
        free(values);
        if (rc < 0) { semctl(id, 0, IPC_RMID); agent_fail(r, err); return; }
    }
    agent_begin(r, 0);
    agent_put_i32(r, id);
}

AGENT_HANDLER(agent_op_semopen) {
    char *n = name_of(c);
    int32_t create = agent_get_i32(c);
    int32_t initial = agent_get_i32(c);
    if (c->bad) { free(n); agent_fail(r, EINVAL); return; }
    sem_t *s = create ? sem_open(n, O_CREAT | O_EXCL, 0600, (unsigned) initial) : sem_open(n, 0);
    int err = errno;
    free(n);
    if (s == SEM_FAILED) { agent_fail(r, err); return; }
    sem_t **grown = realloc(sems, (size_t) (sem_count + 1) * sizeof *sems);
    if (grown == NULL) { sem_close(s); agent_fail(r, ENOMEM); return; }
    sems = grown;
    sems[sem_count] = s;
    agent_begin(r, 0);
    agent_put_i32(r, sem_count++);
}

AGENT_HANDLER(agent_op_shmget) {
    int32_t key = agent_get_i32(c);
    int64_t size = agent_get_i64(c);
    int32_t create = agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    int id = shmget(key, create ? (size_t) size : 0, create ? IPC_CREAT | IPC_EXCL | 0600 : 0);
    if (id < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i32(r, id);
}

AGENT_HANDLER(agent_op_shmat) {
    int32_t id = agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    void *a = shmat(id, NULL, 0);
    if (a == (void *) -1) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i64(r, (int64_t) (uintptr_t) a);
}

AGENT_HANDLER(agent_op_shmdt) {
    int64_t a = agent_get_i64(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    if (shmdt((void *) (uintptr_t) a) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_shmstat) {
    int32_t id = agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    struct shmid_ds ds;
    if (shmctl(id, IPC_STAT, &ds) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i64(r, (int64_t) ds.shm_segsz);
    agent_put_i64(r, (int64_t) ds.shm_nattch);
    agent_put_i32(r, (int32_t) ds.shm_perm.mode);
}

AGENT_HANDLER(agent_op_shmrmid) {
    int32_t id = agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    if (shmctl(id, IPC_RMID, NULL) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_shmopen) {
    char *n = name_of(c);
    int32_t create = agent_get_i32(c);
    if (c->bad) { free(n); agent_fail(r, EINVAL); return; }
    int fd = shm_open(n, O_RDWR | O_CLOEXEC | (create ? O_CREAT | O_EXCL : 0), 0600);
    int err = errno;
    free(n);
    if (fd < 0) { agent_fail(r, err); return; }
    agent_begin(r, 0);
    agent_put_i32(r, fd);
}

AGENT_HANDLER(agent_op_ftruncate) {
    int32_t fd = agent_get_i32(c);
    int64_t size = agent_get_i64(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    if (ftruncate(fd, (off_t) size) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_mmap) {
    int32_t fd = agent_get_i32(c);
    int64_t size = agent_get_i64(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    void *a = mmap(NULL, (size_t) size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (a == MAP_FAILED) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i64(r, (int64_t) (uintptr_t) a);
}

AGENT_HANDLER(agent_op_munmap) {
    int64_t a = agent_get_i64(c);
    int64_t size = agent_get_i64(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    if (munmap((void *) (uintptr_t) a, (size_t) size) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_shmunlink) {
    char *n = name_of(c);
    if (c->bad) { free(n); agent_fail(r, EINVAL); return; }
    int rc = shm_unlink(n);
    int err = errno;
    free(n);
    if (rc < 0) { agent_fail(r, err); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_closefd) {
    int32_t fd = agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    if (close(fd) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_fstat) {
    int32_t fd = agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    struct stat st;
    memset(&st, 0xff, sizeof st); /* a size of -1 unless fstat fills it */
    if (fstat(fd, &st) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i64(r, (int64_t) st.st_size);
    agent_put_i32(r, (int32_t) (st.st_mode & 07777));
}

/* The plain memory accesses; the harness passes only addresses and bounds it got from this agent. */
AGENT_HANDLER(agent_op_load) {
    int64_t a = agent_get_i64(c);
    int32_t off = agent_get_i32(c);
    int32_t len = agent_get_i32(c);
    if (c->bad || off < 0 || len < 0) { agent_fail(r, EINVAL); return; }
    agent_begin(r, 0);
    agent_put(r, (const void *) (uintptr_t) (a + off), (size_t) len);
}

AGENT_HANDLER(agent_op_store) {
    int64_t a = agent_get_i64(c);
    int32_t off = agent_get_i32(c);
    uint32_t n;
    const unsigned char *data = agent_get_blob(c, &n);
    if (c->bad || off < 0) { agent_fail(r, EINVAL); return; }
    volatile unsigned char *dst = (volatile unsigned char *) (uintptr_t) (a + off);
    if (n == sizeof(int64_t) && (off % sizeof(int64_t)) == 0) {
        int64_t v; /* one aligned 64-bit store, so a poller never sees half a word */
        memcpy(&v, data, sizeof v);
        *(volatile int64_t *) dst = v;
    } else {
        for (uint32_t i = 0; i < n; i++) {
            dst[i] = data[i];
        }
    }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_await) {
    int64_t a = agent_get_i64(c);
    int32_t off = agent_get_i32(c);
    int64_t expected = agent_get_i64(c);
    if (c->bad || off < 0) { agent_fail(r, EINVAL); return; }
    volatile int64_t *w = word_at(a, off);
    int64_t polls = 1;
    while (*w != expected) { /* no call in this loop: only loads, and the count stored beside */
        w[1] = polls;
        polls++;
    }
    agent_begin(r, 0);
    agent_put_i64(r, polls);
}

AGENT_HANDLER(agent_op_inc_racy) {
    int64_t a = agent_get_i64(c);
    int32_t off = agent_get_i32(c);
    int32_t times = agent_get_i32(c);
    if (c->bad || off < 0) { agent_fail(r, EINVAL); return; }
    for (int32_t i = 0; i < times; i++) {
        racy_increment(word_at(a, off));
    }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_inc_sysv) {
    int64_t a = agent_get_i64(c);
    int32_t off = agent_get_i32(c);
    int32_t times = agent_get_i32(c);
    int32_t id = agent_get_i32(c);
    if (c->bad || off < 0) { agent_fail(r, EINVAL); return; }
    for (int32_t i = 0; i < times; i++) {
        if (sysv_sem_step(id, -1) < 0) { agent_fail(r, errno); return; }
        racy_increment(word_at(a, off));
        if (sysv_sem_step(id, +1) < 0) { agent_fail(r, errno); return; }
    }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_inc_posix) {
    int64_t a = agent_get_i64(c);
    int32_t off = agent_get_i32(c);
    int32_t times = agent_get_i32(c);
    sem_t *s = sem_at(agent_get_i32(c));
    if (c->bad || off < 0 || s == NULL) { agent_fail(r, EINVAL); return; }
    for (int32_t i = 0; i < times; i++) {
        if (posix_wait(s) < 0) { agent_fail(r, errno); return; }
        racy_increment(word_at(a, off));
        if (sem_post(s) < 0) { agent_fail(r, errno); return; }
    }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_getval) {
    int32_t id = agent_get_i32(c);
    int32_t index = agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    int v = semctl(id, index, GETVAL);
    if (v < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i32(r, v);
}

AGENT_HANDLER(agent_op_semrmid) {
    int32_t id = agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    if (semctl(id, 0, IPC_RMID) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

/* The five rows on a slot of sem_open: one call each, told apart by op. */
AGENT_HANDLER(agent_op_sem_slot) {
    int32_t slot = agent_get_i32(c);
    sem_t *s = sem_at(slot);
    if (c->bad || s == NULL) { agent_fail(r, EINVAL); return; }
    int value = 0;
    int rc = op == AGENT_OP_SEMPOST ? sem_post(s)
            : op == AGENT_OP_SEMWAIT ? sem_wait(s)
            : op == AGENT_OP_SEMTRYWAIT ? sem_trywait(s)
            : op == AGENT_OP_SEMGETVALUE ? sem_getvalue(s, &value)
            : sem_close(s);
    if (rc < 0) { agent_fail(r, errno); return; }
    if (op == AGENT_OP_SEMCLOSE) {
        sems[slot] = NULL;
    }
    agent_begin(r, 0);
    if (op == AGENT_OP_SEMGETVALUE) {
        agent_put_i32(r, value);
    }
}

AGENT_HANDLER(agent_op_semunlink) {
    char *n = name_of(c);
    if (c->bad) { free(n); agent_fail(r, EINVAL); return; }
    int rc = sem_unlink(n);
    int err = errno;
    free(n);
    if (rc < 0) { agent_fail(r, err); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_sem_timedwait) {
    sem_t *s = sem_at(agent_get_i32(c));
    struct timespec called, deadline;
    agent_get_deadline(c, CLOCK_REALTIME, &called, &deadline);
    if (c->bad || s == NULL) { agent_fail(r, EINVAL); return; }
    int rc = sem_timedwait(s, &deadline);
    agent_begin_timed(r, rc < 0 ? errno : 0, CLOCK_REALTIME, &called, &deadline);
}

/* semtimedop's timeout is an interval: the deadline is only reported, on CLOCK_MONOTONIC. */
AGENT_HANDLER(agent_op_semtimedop) {
    int32_t id = agent_get_i32(c);
    int32_t relative = agent_get_i32(c);
    int64_t sec = agent_get_i64(c);
    int64_t nsec = agent_get_i64(c);
    int32_t n = agent_get_i32(c);
    if (c->bad || !relative || n < 1 || n > 64) { agent_fail(r, EINVAL); return; }
    struct sembuf ops[64];
    for (int32_t i = 0; i < n; i++) {
        ops[i].sem_num = (unsigned short) agent_get_i32(c);
        ops[i].sem_op = (short) agent_get_i32(c);
        ops[i].sem_flg = (short) (agent_get_i32(c) ? SEM_UNDO : 0);
    }
    if (c->bad) { agent_fail(r, EINVAL); return; }
    struct timespec timeout = {.tv_sec = (time_t) sec, .tv_nsec = (long) nsec};
    struct timespec called, deadline;
    clock_gettime(CLOCK_MONOTONIC, &called);
    int64_t ns = (int64_t) called.tv_nsec + nsec;
    deadline.tv_sec = called.tv_sec + (time_t) sec + (time_t) (ns / 1000000000);
    deadline.tv_nsec = (long) (ns % 1000000000);
    int rc = semtimedop(id, ops, (size_t) n, &timeout);
    agent_begin_timed(r, rc < 0 ? errno : 0, CLOCK_MONOTONIC, &called, &deadline);
}
