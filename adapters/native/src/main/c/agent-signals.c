/*
 * The agent's signal opcodes 40-79 (see agent.h), and its delivery log.
 *
 * The recording handler writes each delivery into a log in a MAP_SHARED file that the harness
 * maps too: the harness reads it without asking the agent, so it can look while the agent is
 * stopped or asleep in read(2). Handlers run with every signal blocked (sa_mask full), so they
 * never nest and an entry is complete before the count that publishes it grows (release store).
 *
 * Log layout (host byte order): header u32 magic, u32 capacity, u32 count, u32 dropped; then
 * capacity entries of i32 signo, i32 si_code, i32 si_value.sival_int (0 unless SI_QUEUE),
 * i32 si_pid (0 unless sent by a process).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <termios.h>
#include <unistd.h>

#include "agent.h"

enum {
    OP_SIG_LOG = 40,      /* path: create and map the delivery log -> i32 SIGRTMIN, i32 SIGRTMAX */
    OP_SIG_HANDLE = 41,   /* i32 signo: install the recording handler */
    OP_SIG_IGNORE = 42,   /* i32 signo: SIG_IGN */
    OP_SIG_RESET = 43,    /* i32 signo: SIG_DFL */
    OP_SIG_BLOCK = 44,    /* i32 n, n x i32 signo: sigprocmask(SIG_BLOCK) */
    OP_SIG_UNBLOCK = 45,  /* i32 n, n x i32 signo: sigprocmask(SIG_UNBLOCK) -> u32 count before, u32 after */
    OP_SIG_KILL = 46,     /* i32 pid, i32 signo: kill(2) */
    OP_SIG_QUEUE = 47,    /* i32 pid, i32 signo, i32 value: sigqueue(3) */
    OP_SIG_ABORT = 48,    /* abort(3): no reply */
    OP_SIG_SEGV = 49,     /* a store through a null pointer: no reply */
    OP_SIG_SPIN = 50,     /* i32 signo: busy loop until it is logged -> u32 index of that entry */
    OP_SIG_TTY = 51       /* -> i32 VINTR, i32 ISIG set, i32 tcgetpgrp, i32 getpgrp, i32 getsid */
};

#define LOG_MAGIC 0x53494731u /* "SIG1" */
#define LOG_CAPACITY 4096u

struct log_entry {
    int32_t signo;
    int32_t code;
    int32_t value;
    int32_t pid;
};

struct delivery_log {
    uint32_t magic;
    uint32_t capacity;
    uint32_t count;
    uint32_t dropped;
    struct log_entry entries[LOG_CAPACITY];
};

static struct delivery_log *delivery_log;
/* The controlling terminal taken with --terminal, or -1. */
static int tty = -1;

/* The recording handler: async-signal-safe, only stores into the mapped log. */
static void record(int signo, siginfo_t *info, void *context) {
    (void) context;
    struct delivery_log *log = delivery_log;
    if (log == NULL) {
        return;
    }
    uint32_t n = log->count;
    if (n >= log->capacity) {
        __atomic_add_fetch(&log->dropped, 1, __ATOMIC_RELEASE);
        return;
    }
    struct log_entry *e = &log->entries[n];
    int code = info->si_code;
    e->signo = signo;
    e->code = code;
    e->value = code == SI_QUEUE ? info->si_value.sival_int : 0;
    e->pid = (code == SI_USER || code == SI_QUEUE || code == SI_TKILL) ? (int32_t) info->si_pid : 0;
    __atomic_store_n(&log->count, n + 1, __ATOMIC_RELEASE);
}

/* A fault signal's handler returns to the faulting instruction, which faults again: one-shot, so the second fault takes the default action. */
static int is_fault(int signo) {
    return signo == SIGSEGV || signo == SIGBUS || signo == SIGILL || signo == SIGFPE || signo == SIGTRAP;
}

static void open_log(struct cursor *c, struct reply *r) {
    char *path = get_path(c);
    if (c->bad) {
        free(path);
        fail(r, EINVAL);
        return;
    }
    if (delivery_log != NULL) {
        free(path);
        fail(r, EEXIST);
        return;
    }
    int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    int err = errno;
    free(path);
    if (fd < 0) {
        fail(r, err);
        return;
    }
    if (ftruncate(fd, sizeof(struct delivery_log)) < 0) {
        err = errno;
        close(fd);
        fail(r, err);
        return;
    }
    void *map = mmap(NULL, sizeof(struct delivery_log), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    err = errno;
    close(fd);
    if (map == MAP_FAILED) {
        fail(r, err);
        return;
    }
    struct delivery_log *log = map;
    log->capacity = LOG_CAPACITY;
    log->count = 0;
    log->dropped = 0;
    __atomic_store_n(&log->magic, LOG_MAGIC, __ATOMIC_RELEASE);
    delivery_log = log;
    begin(r, 0);
    put_i32(r, SIGRTMIN);
    put_i32(r, SIGRTMAX);
}

static void set_disposition(int op, struct cursor *c, struct reply *r) {
    int32_t signo = get_i32(c);
    if (c->bad) {
        fail(r, EINVAL);
        return;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigfillset(&sa.sa_mask);
    if (op == OP_SIG_HANDLE) {
        if (delivery_log == NULL) {
            fail(r, ENOENT); /* the harness opens the log before the first handler */
            return;
        }
        sa.sa_sigaction = record;
        /* No SA_RESTART: a call the handler interrupts fails with EINTR, as signal(7) describes. */
        sa.sa_flags = SA_SIGINFO | (is_fault(signo) ? SA_RESETHAND : 0);
    } else {
        sa.sa_handler = op == OP_SIG_IGNORE ? SIG_IGN : SIG_DFL;
    }
    if (sigaction(signo, &sa, NULL) < 0) {
        fail(r, errno);
        return;
    }
    begin(r, 0);
}

/* A set from n x i32; EINVAL for a number sigaddset refuses. */
static int read_set(struct cursor *c, sigset_t *set) {
    int32_t n = get_i32(c);
    sigemptyset(set);
    if (c->bad || n < 0 || n > 128) {
        return EINVAL;
    }
    for (int32_t i = 0; i < n; i++) {
        int32_t signo = get_i32(c);
        if (c->bad) {
            return EINVAL;
        }
        if (sigaddset(set, signo) < 0) {
            return errno;
        }
    }
    return 0;
}

static uint32_t logged(void) {
    return delivery_log == NULL ? 0 : __atomic_load_n(&delivery_log->count, __ATOMIC_ACQUIRE);
}

static void change_mask(int how, struct cursor *c, struct reply *r) {
    sigset_t set;
    int err = read_set(c, &set);
    if (err != 0) {
        fail(r, err);
        return;
    }
    /* POSIX: a pending signal this unblocks is delivered before sigprocmask returns, so "after" covers it. */
    uint32_t before = logged();
    int rc = sigprocmask(how, &set, NULL);
    uint32_t after = logged();
    if (rc < 0) {
        fail(r, errno);
        return;
    }
    begin(r, 0);
    put_i32(r, (int32_t) before);
    put_i32(r, (int32_t) after);
}

static void send_signal(int op, struct cursor *c, struct reply *r) {
    int32_t pid = get_i32(c);
    int32_t signo = get_i32(c);
    int32_t value = op == OP_SIG_QUEUE ? get_i32(c) : 0;
    /* 0, -1 and negative PIDs name groups or everyone: never wanted here. */
    if (c->bad || pid <= 1) {
        fail(r, EINVAL);
        return;
    }
    int rc;
    if (op == OP_SIG_QUEUE) {
        union sigval v;
        memset(&v, 0, sizeof v);
        v.sival_int = value;
        rc = sigqueue(pid, signo, v);
    } else {
        rc = kill(pid, signo);
    }
    if (rc < 0) {
        fail(r, errno);
        return;
    }
    begin(r, 0);
}

/* A busy loop with no system call: the process stays running until the handler logs signo. */
static void spin(struct cursor *c, struct reply *r) {
    int32_t signo = get_i32(c);
    if (c->bad || delivery_log == NULL) {
        fail(r, EINVAL);
        return;
    }
    struct sigaction now;
    if (sigaction(signo, NULL, &now) < 0) {
        fail(r, errno);
        return;
    }
    if (!(now.sa_flags & SA_SIGINFO) || now.sa_sigaction != record) {
        fail(r, EINVAL); /* nothing would ever log it */
        return;
    }
    uint32_t next = logged();
    for (;;) {
        uint32_t n = logged();
        for (; next < n; next++) {
            if (delivery_log->entries[next].signo == signo) {
                begin(r, 0);
                put_i32(r, (int32_t) next);
                return;
            }
        }
    }
}

static volatile uintptr_t nowhere; /* 0; volatile so the compiler cannot see the null store and turn it into a trap */

static void terminal_facts(struct reply *r) {
    if (tty < 0) {
        fail(r, ENOTTY);
        return;
    }
    struct termios t;
    if (tcgetattr(tty, &t) < 0) {
        fail(r, errno);
        return;
    }
    pid_t fg = tcgetpgrp(tty);
    if (fg < 0) {
        fail(r, errno);
        return;
    }
    begin(r, 0);
    put_i32(r, t.c_cc[VINTR]);
    put_i32(r, (t.c_lflag & ISIG) ? 1 : 0);
    put_i32(r, (int32_t) fg);
    put_i32(r, (int32_t) getpgrp());
    put_i32(r, (int32_t) getsid(0));
}

int signals_handle(uint8_t op, struct cursor *c, struct reply *r) {
    switch (op) {
    case OP_SIG_LOG:
        open_log(c, r);
        return 1;
    case OP_SIG_HANDLE:
    case OP_SIG_IGNORE:
    case OP_SIG_RESET:
        set_disposition(op, c, r);
        return 1;
    case OP_SIG_BLOCK:
        change_mask(SIG_BLOCK, c, r);
        return 1;
    case OP_SIG_UNBLOCK:
        change_mask(SIG_UNBLOCK, c, r);
        return 1;
    case OP_SIG_KILL:
    case OP_SIG_QUEUE:
        send_signal(op, c, r);
        return 1;
    case OP_SIG_ABORT:
        abort();
    case OP_SIG_SEGV:
        *(volatile int *) nowhere = 1;
        fail(r, EFAULT); /* not reached where memory protection works */
        return 1;
    case OP_SIG_SPIN:
        spin(c, r);
        return 1;
    case OP_SIG_TTY:
        terminal_facts(r);
        return 1;
    default:
        return 0;
    }
}

/* Called once at start-up, before the hello. The log is made on request (OP_SIG_LOG), by agents that handle signals only. */
void signals_init(void) {
}

/*
 * --terminal PATH: lead a new session whose controlling terminal is PATH (a pty's slave side),
 * as its foreground process group, so that the terminal's interrupt character signals us.
 */
void signals_take_terminal(const char *path) {
    if (setsid() < 0) {
        die("setsid");
    }
    int fd = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        die("opening the terminal");
    }
    if (ioctl(fd, TIOCSCTTY, 0) < 0) {
        die("TIOCSCTTY");
    }
    if (tcsetpgrp(fd, getpgrp()) < 0) {
        die("tcsetpgrp");
    }
    tty = fd;
}
