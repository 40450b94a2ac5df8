/*
 * The agent's opcodes 100-139 (see agent.h): System V and POSIX shared memory and semaphores.
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
#include <unistd.h>

#include "agent.h"

enum {
    OP_SHMGET = 100,     /* i32 key, i64 size, i32 create -> i32 id */
    OP_SHMAT = 101,      /* i32 id -> i64 address */
    OP_SHMDT = 102,      /* i64 address */
    OP_SHMSTAT = 103,    /* i32 id -> i64 size, i64 nattch, i32 mode */
    OP_SHMRMID = 104,    /* i32 id */
    OP_SHMOPEN = 105,    /* blob name, i32 create -> i32 fd */
    OP_FTRUNCATE = 106,  /* i32 fd, i64 size */
    OP_MMAP = 107,       /* i32 fd, i64 size -> i64 address */
    OP_MUNMAP = 108,     /* i64 address, i64 size */
    OP_SHMUNLINK = 109,  /* blob name */
    OP_FSTAT = 110,      /* i32 fd -> i64 size, i32 mode */
    OP_LOAD = 111,       /* i64 address, i32 offset, i32 length -> bytes */
    OP_STORE = 112,      /* i64 address, i32 offset, blob */
    OP_AWAIT = 113,      /* i64 address, i32 offset, i64 expected -> i64 polls */
    OP_INC_RACY = 114,   /* i64 address, i32 offset, i32 times */
    OP_INC_SYSV = 115,   /* i64 address, i32 offset, i32 times, i32 semid */
    OP_INC_POSIX = 116,  /* i64 address, i32 offset, i32 times, i32 semaphore slot */
    OP_SEMGET = 120,     /* i32 key, i32 count, i32 create, i32 initial -> i32 id */
    OP_SEMOP = 121,      /* i32 id, i32 nowait, i32 n, n x (i32 index, i32 delta, i32 undo) */
    OP_GETVAL = 122,     /* i32 id, i32 index -> i32 value */
    OP_SEMRMID = 123,    /* i32 id */
    OP_SEMOPEN = 124,    /* blob name, i32 create, i32 initial -> i32 slot */
    OP_SEMPOST = 125,    /* i32 slot */
    OP_SEMWAIT = 126,    /* i32 slot */
    OP_SEMTRYWAIT = 127, /* i32 slot */
    OP_SEMGETVALUE = 128,/* i32 slot -> i32 value */
    OP_SEMCLOSE = 129,   /* i32 slot */
    OP_SEMUNLINK = 130,  /* blob name */
    OP_CLOSEFD = 131     /* i32 fd: a shm_open descriptor */
};

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
    return get_path(c);
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

static void op_semop(struct cursor *c, struct reply *r) {
    int32_t id = get_i32(c);
    int32_t nowait = get_i32(c);
    int32_t n = get_i32(c);
    if (c->bad || n < 1 || n > 64) { fail(r, EINVAL); return; }
    struct sembuf ops[64];
    for (int32_t i = 0; i < n; i++) {
        ops[i].sem_num = (unsigned short) get_i32(c);
        ops[i].sem_op = (short) get_i32(c);
        ops[i].sem_flg = (short) ((get_i32(c) ? SEM_UNDO : 0) | (nowait ? IPC_NOWAIT : 0));
    }
    if (c->bad) { fail(r, EINVAL); return; }
    if (semop(id, ops, (size_t) n) < 0) { fail(r, errno); return; }
    begin(r, 0);
}

static void op_semget(struct cursor *c, struct reply *r) {
    int32_t key = get_i32(c);
    int32_t count = get_i32(c);
    int32_t create = get_i32(c);
    int32_t initial = get_i32(c);
    if (c->bad) { fail(r, EINVAL); return; }
    int id = semget(key, create ? count : 0, create ? IPC_CREAT | IPC_EXCL | 0600 : 0);
    if (id < 0) { fail(r, errno); return; }
    if (create) {
        unsigned short *values = calloc((size_t) count, sizeof *values);
        if (values == NULL) { semctl(id, 0, IPC_RMID); fail(r, ENOMEM); return; }
        for (int32_t i = 0; i < count; i++) {
            values[i] = (unsigned short) initial;
        }
        union semun arg = {.array = values};
        int rc = semctl(id, 0, SETALL, arg);
        int err = errno;
        free(values);
        if (rc < 0) { semctl(id, 0, IPC_RMID); fail(r, err); return; }
    }
    begin(r, 0);
    put_i32(r, id);
}

static void op_semopen(struct cursor *c, struct reply *r) {
    char *n = name_of(c);
    int32_t create = get_i32(c);
    int32_t initial = get_i32(c);
    if (c->bad) { free(n); fail(r, EINVAL); return; }
    sem_t *s = create ? sem_open(n, O_CREAT | O_EXCL, 0600, (unsigned) initial) : sem_open(n, 0);
    int err = errno;
    free(n);
    if (s == SEM_FAILED) { fail(r, err); return; }
    sem_t **grown = realloc(sems, (size_t) (sem_count + 1) * sizeof *sems);
    if (grown == NULL) { sem_close(s); fail(r, ENOMEM); return; }
    sems = grown;
    sems[sem_count] = s;
    begin(r, 0);
    put_i32(r, sem_count++);
}

static int shm_handle(uint8_t op, struct cursor *c, struct reply *r) {
    switch (op) {
    case OP_SHMGET: {
        int32_t key = get_i32(c);
        int64_t size = get_i64(c);
        int32_t create = get_i32(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        int id = shmget(key, create ? (size_t) size : 0, create ? IPC_CREAT | IPC_EXCL | 0600 : 0);
        if (id < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i32(r, id);
        return 1;
    }
    case OP_SHMAT: {
        int32_t id = get_i32(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        void *a = shmat(id, NULL, 0);
        if (a == (void *) -1) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i64(r, (int64_t) (uintptr_t) a);
        return 1;
    }
    case OP_SHMDT: {
        int64_t a = get_i64(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        if (shmdt((void *) (uintptr_t) a) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_SHMSTAT: {
        int32_t id = get_i32(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        struct shmid_ds ds;
        if (shmctl(id, IPC_STAT, &ds) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i64(r, (int64_t) ds.shm_segsz);
        put_i64(r, (int64_t) ds.shm_nattch);
        put_i32(r, (int32_t) ds.shm_perm.mode);
        return 1;
    }
    case OP_SHMRMID: {
        int32_t id = get_i32(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        if (shmctl(id, IPC_RMID, NULL) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_SHMOPEN: {
        char *n = name_of(c);
        int32_t create = get_i32(c);
        if (c->bad) { free(n); fail(r, EINVAL); return 1; }
        int fd = shm_open(n, O_RDWR | O_CLOEXEC | (create ? O_CREAT | O_EXCL : 0), 0600);
        int err = errno;
        free(n);
        if (fd < 0) { fail(r, err); return 1; }
        begin(r, 0);
        put_i32(r, fd);
        return 1;
    }
    case OP_FTRUNCATE: {
        int32_t fd = get_i32(c);
        int64_t size = get_i64(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        if (ftruncate(fd, (off_t) size) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_MMAP: {
        int32_t fd = get_i32(c);
        int64_t size = get_i64(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        void *a = mmap(NULL, (size_t) size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        if (a == MAP_FAILED) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i64(r, (int64_t) (uintptr_t) a);
        return 1;
    }
    case OP_MUNMAP: {
        int64_t a = get_i64(c);
        int64_t size = get_i64(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        if (munmap((void *) (uintptr_t) a, (size_t) size) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_SHMUNLINK: {
        char *n = name_of(c);
        if (c->bad) { free(n); fail(r, EINVAL); return 1; }
        int rc = shm_unlink(n);
        int err = errno;
        free(n);
        if (rc < 0) { fail(r, err); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_CLOSEFD: {
        int32_t fd = get_i32(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        if (close(fd) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_FSTAT: {
        int32_t fd = get_i32(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        struct stat st;
        if (fstat(fd, &st) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i64(r, (int64_t) st.st_size);
        put_i32(r, (int32_t) (st.st_mode & 07777));
        return 1;
    }
    default:
        return 0;
    }
}

/* The plain memory accesses; the harness passes only addresses and bounds it got from this agent. */
static int memory_handle(uint8_t op, struct cursor *c, struct reply *r) {
    switch (op) {
    case OP_LOAD: {
        int64_t a = get_i64(c);
        int32_t off = get_i32(c);
        int32_t len = get_i32(c);
        if (c->bad || off < 0 || len < 0) { fail(r, EINVAL); return 1; }
        begin(r, 0);
        put(r, (const void *) (uintptr_t) (a + off), (size_t) len);
        return 1;
    }
    case OP_STORE: {
        int64_t a = get_i64(c);
        int32_t off = get_i32(c);
        uint32_t n;
        const unsigned char *data = get_blob(c, &n);
        if (c->bad || off < 0) { fail(r, EINVAL); return 1; }
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
        begin(r, 0);
        return 1;
    }
    case OP_AWAIT: {
        int64_t a = get_i64(c);
        int32_t off = get_i32(c);
        int64_t expected = get_i64(c);
        if (c->bad || off < 0) { fail(r, EINVAL); return 1; }
        volatile int64_t *w = word_at(a, off);
        int64_t polls = 1;
        while (*w != expected) { /* no call in this loop: only loads */
            polls++;
        }
        begin(r, 0);
        put_i64(r, polls);
        return 1;
    }
    case OP_INC_RACY: {
        int64_t a = get_i64(c);
        int32_t off = get_i32(c);
        int32_t times = get_i32(c);
        if (c->bad || off < 0) { fail(r, EINVAL); return 1; }
        for (int32_t i = 0; i < times; i++) {
            racy_increment(word_at(a, off));
        }
        begin(r, 0);
        return 1;
    }
    case OP_INC_SYSV: {
        int64_t a = get_i64(c);
        int32_t off = get_i32(c);
        int32_t times = get_i32(c);
        int32_t id = get_i32(c);
        if (c->bad || off < 0) { fail(r, EINVAL); return 1; }
        for (int32_t i = 0; i < times; i++) {
            if (sysv_sem_step(id, -1) < 0) { fail(r, errno); return 1; }
            racy_increment(word_at(a, off));
            if (sysv_sem_step(id, +1) < 0) { fail(r, errno); return 1; }
        }
        begin(r, 0);
        return 1;
    }
    case OP_INC_POSIX: {
        int64_t a = get_i64(c);
        int32_t off = get_i32(c);
        int32_t times = get_i32(c);
        sem_t *s = sem_at(get_i32(c));
        if (c->bad || off < 0 || s == NULL) { fail(r, EINVAL); return 1; }
        for (int32_t i = 0; i < times; i++) {
            if (posix_wait(s) < 0) { fail(r, errno); return 1; }
            racy_increment(word_at(a, off));
            if (sem_post(s) < 0) { fail(r, errno); return 1; }
        }
        begin(r, 0);
        return 1;
    }
    default:
        return 0;
    }
}

static int sem_handle(uint8_t op, struct cursor *c, struct reply *r) {
    switch (op) {
    case OP_SEMGET:
        op_semget(c, r);
        return 1;
    case OP_SEMOP:
        op_semop(c, r);
        return 1;
    case OP_GETVAL: {
        int32_t id = get_i32(c);
        int32_t index = get_i32(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        int v = semctl(id, index, GETVAL);
        if (v < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i32(r, v);
        return 1;
    }
    case OP_SEMRMID: {
        int32_t id = get_i32(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        if (semctl(id, 0, IPC_RMID) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_SEMOPEN:
        op_semopen(c, r);
        return 1;
    case OP_SEMPOST:
    case OP_SEMWAIT:
    case OP_SEMTRYWAIT:
    case OP_SEMGETVALUE:
    case OP_SEMCLOSE: {
        int32_t slot = get_i32(c);
        sem_t *s = sem_at(slot);
        if (c->bad || s == NULL) { fail(r, EINVAL); return 1; }
        int value = 0;
        int rc = op == OP_SEMPOST ? sem_post(s)
                : op == OP_SEMWAIT ? sem_wait(s)
                : op == OP_SEMTRYWAIT ? sem_trywait(s)
                : op == OP_SEMGETVALUE ? sem_getvalue(s, &value)
                : sem_close(s);
        if (rc < 0) { fail(r, errno); return 1; }
        if (op == OP_SEMCLOSE) {
            sems[slot] = NULL;
        }
        begin(r, 0);
        if (op == OP_SEMGETVALUE) {
            put_i32(r, value);
        }
        return 1;
    }
    case OP_SEMUNLINK: {
        char *n = name_of(c);
        if (c->bad) { free(n); fail(r, EINVAL); return 1; }
        int rc = sem_unlink(n);
        int err = errno;
        free(n);
        if (rc < 0) { fail(r, err); return 1; }
        begin(r, 0);
        return 1;
    }
    default:
        return 0;
    }
}

int ipc_handle(uint8_t op, struct cursor *c, struct reply *r) {
    return shm_handle(op, c, r) || memory_handle(op, c, r) || sem_handle(op, c, r);
}
