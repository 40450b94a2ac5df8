/*
 * The agent's signal operations (agent-ops.def), and its delivery log.
 *
 * The recording handler writes each delivery into a log in a MAP_SHARED file that the harness
 * maps too: the harness reads it without asking the agent, so it can look while the agent is
 * stopped or asleep in read(2). Handlers run with every signal blocked (sa_mask full), so they
 * never nest and an entry is complete before the count that publishes it grows (release store).
 *
 * Log layout (host byte order): header u32 magic, u32 capacity, u32 count, u32 dropped; then
 * capacity entries of i32 signo, i32 si_code, i32 si_value.sival_int (0 unless SI_QUEUE),
 * i32 si_pid (0 unless sent by a process), u64 the signal mask on entry to the handler (bit
 * n - 1 for signal n, 1 to 64).
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
#include <sys/resource.h>
#include <sys/types.h>
#include <termios.h>
#include <unistd.h>

#include "agent.h"

#define LOG_MAGIC 0x53494732u /* "SIG2": entries carry the mask on entry */
#define LOG_CAPACITY 4096u

struct log_entry {
    int32_t signo;
    int32_t code;
    int32_t value;
    int32_t pid;
    uint64_t mask;
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

/* Bit n - 1 for each signal n of the set (sigismember is async-signal-safe). */
static uint64_t bits_of(const sigset_t *set) {
    uint64_t bits = 0;
    for (int n = 1; n <= 64; n++) {
        if (sigismember(set, n) == 1) {
            bits |= (uint64_t) 1 << (n - 1);
        }
    }
    return bits;
}

/* The mask the handler runs with (sigprocmask is async-signal-safe). */
static uint64_t mask_now(void) {
    sigset_t now;
    if (sigprocmask(SIG_BLOCK, NULL, &now) < 0) {
        return 0;
    }
    return bits_of(&now);
}

/* Appends one delivery to the mapped log: async-signal-safe, only stores. */
static void log_delivery(int signo, int32_t code, int32_t value, int32_t pid) {
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
    e->signo = signo;
    e->code = code;
    e->value = value;
    e->pid = pid;
    e->mask = mask_now();
    __atomic_store_n(&log->count, n + 1, __ATOMIC_RELEASE);
}

/* The recording handler (SA_SIGINFO). */
static void record(int signo, siginfo_t *info, void *context) {
    (void) context;
    int code = info->si_code;
    log_delivery(signo, code, code == SI_QUEUE ? info->si_value.sival_int : 0,
                 (code == SI_USER || code == SI_QUEUE || code == SI_TKILL) ? (int32_t) info->si_pid : 0);
}

/* An sa_handler(int) knows the number only: logged with a code no siginfo_t has, no value, no sender. */
#define PLAIN_HANDLER_CODE INT32_MIN

static void record_plain(int signo) {
    log_delivery(signo, PLAIN_HANDLER_CODE, 0, 0);
}

/* A fault signal's handler returns to the faulting instruction, which faults again: one-shot, so the second fault takes the default action. */
static int is_fault(int signo) {
    return signo == SIGSEGV || signo == SIGBUS || signo == SIGILL || signo == SIGFPE || signo == SIGTRAP;
}

AGENT_HANDLER(agent_op_sig_log) {
    char *path = agent_get_path(c);
    if (c->bad) {
        free(path);
        agent_fail(r, EINVAL);
        return;
    }
    if (delivery_log != NULL) {
        free(path);
        agent_fail(r, EEXIST);
        return;
    }
    int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    int err = errno;
    free(path);
    if (fd < 0) {
        agent_fail(r, err);
        return;
    }
    if (ftruncate(fd, sizeof(struct delivery_log)) < 0) {
        err = errno;
        close(fd);
        agent_fail(r, err);
        return;
    }
    void *map = mmap(NULL, sizeof(struct delivery_log), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    err = errno;
    close(fd);
    if (map == MAP_FAILED) {
        agent_fail(r, err);
        return;
    }
    struct delivery_log *log = map;
    log->capacity = LOG_CAPACITY;
    log->count = 0;
    log->dropped = 0;
    __atomic_store_n(&log->magic, LOG_MAGIC, __ATOMIC_RELEASE);
    delivery_log = log;
    agent_begin(r, 0);
    agent_put_i32(r, SIGRTMIN);
    agent_put_i32(r, SIGRTMAX);
}

/* SIG_HANDLE, SIG_IGNORE, SIG_RESET: one sigaction(2) each. */
AGENT_HANDLER(agent_op_sig_disposition) {
    int32_t signo = agent_get_i32(c);
    if (c->bad) {
        agent_fail(r, EINVAL);
        return;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigfillset(&sa.sa_mask);
    if (op == AGENT_OP_SIG_HANDLE) {
        if (delivery_log == NULL) {
            agent_fail(r, ENOENT); /* the harness opens the log before the first handler */
            return;
        }
        sa.sa_sigaction = record;
        /* No SA_RESTART: a call the handler interrupts fails with EINTR, as signal(7) describes. */
        sa.sa_flags = SA_SIGINFO | (is_fault(signo) ? SA_RESETHAND : 0);
    } else {
        sa.sa_handler = op == AGENT_OP_SIG_IGNORE ? SIG_IGN : SIG_DFL;
    }
    if (sigaction(signo, &sa, NULL) < 0) {
        agent_fail(r, errno);
        return;
    }
    agent_begin(r, 0);
}

/* A set from n x i32; EINVAL for a number sigaddset refuses. */
static int read_set(struct cursor *c, sigset_t *set) {
    int32_t n = agent_get_i32(c);
    sigemptyset(set);
    if (c->bad || n < 0 || n > 128) {
        return EINVAL;
    }
    for (int32_t i = 0; i < n; i++) {
        int32_t signo = agent_get_i32(c);
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

/* SIG_HANDLE_WITH: the recording handler with the flags and sa_mask the harness chose; one sigaction(2). */
AGENT_HANDLER(agent_op_sig_handle_with) {
    int32_t signo = agent_get_i32(c);
    int32_t flags = agent_get_i32(c);
    if (c->bad || (flags & ~15) != 0) {
        agent_fail(r, EINVAL);
        return;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    int err = read_set(c, &sa.sa_mask);
    if (err != 0) {
        agent_fail(r, err);
        return;
    }
    if (delivery_log == NULL) {
        agent_fail(r, ENOENT); /* the harness opens the log before the first handler */
        return;
    }
    if (flags & 8) {
        sa.sa_sigaction = record;
        sa.sa_flags = SA_SIGINFO;
    } else {
        sa.sa_handler = record_plain;
    }
    sa.sa_flags |= ((flags & 1) ? SA_RESTART : 0) | ((flags & 2) ? SA_NODEFER : 0) | ((flags & 4) ? SA_RESETHAND : 0);
    if (sigaction(signo, &sa, NULL) < 0) {
        agent_fail(r, errno);
        return;
    }
    agent_begin(r, 0);
}

/* SIG_PROCMASK: one sigprocmask(2) as the harness words it, answering the old mask. */
AGENT_HANDLER(agent_op_sig_procmask) {
    int32_t how_code = agent_get_i32(c);
    int32_t has_set = agent_get_i32(c);
    sigset_t set;
    int err = read_set(c, &set);
    if (c->bad || err != 0) {
        agent_fail(r, err != 0 ? err : EINVAL);
        return;
    }
    /* 3 stands for a how no system defines: the kernel must refuse it. */
    int how = how_code == 0 ? SIG_BLOCK : how_code == 1 ? SIG_UNBLOCK : how_code == 2 ? SIG_SETMASK : SIG_BLOCK + SIG_UNBLOCK + SIG_SETMASK + 1;
    sigset_t old;
    if (sigprocmask(how, has_set ? &set : NULL, &old) < 0) {
        agent_fail(r, errno);
        return;
    }
    agent_begin(r, 0);
    agent_put_i64(r, (int64_t) bits_of(&old));
}

/* SIG_SELF: the agent signals itself; the log's count right before and right after the call shows what ran before it returned. */
AGENT_HANDLER(agent_op_sig_self) {
    int32_t how = agent_get_i32(c);
    int32_t signo = agent_get_i32(c);
    int32_t value = agent_get_i32(c);
    if (c->bad || how < 0 || how > 2) {
        agent_fail(r, EINVAL);
        return;
    }
    union sigval v;
    memset(&v, 0, sizeof v);
    v.sival_int = value;
    uint32_t before = logged();
    int rc = how == 0 ? raise(signo) : how == 1 ? kill(getpid(), signo) : sigqueue(getpid(), signo, v);
    uint32_t after = logged();
    if (rc != 0) {
        agent_fail(r, errno);
        return;
    }
    agent_begin(r, 0);
    agent_put_i32(r, (int32_t) before);
    agent_put_i32(r, (int32_t) after);
}

/* The actions sigaction reported as oact (SIG_ACTION), kept so that the harness can install one again by its slot. */
#define SAVED_ACTIONS 64
static struct sigaction saved_actions[SAVED_ACTIONS];
static int saved_count;

/* SIG_ACTION: sigaction(signo, act, &oact), act a saved slot or NULL; oact is saved and described. */
AGENT_HANDLER(agent_op_sig_action) {
    int32_t signo = agent_get_i32(c);
    int32_t slot = agent_get_i32(c);
    if (c->bad || slot < -1 || slot >= saved_count) {
        agent_fail(r, EINVAL);
        return;
    }
    if (saved_count >= SAVED_ACTIONS) {
        agent_fail(r, ENOSPC);
        return;
    }
    struct sigaction old;
    memset(&old, 0, sizeof old);
    if (sigaction(signo, slot < 0 ? NULL : &saved_actions[slot], &old) < 0) {
        agent_fail(r, errno);
        return;
    }
    int kind = (old.sa_flags & SA_SIGINFO) ? 2 : old.sa_handler == SIG_DFL ? 0 : old.sa_handler == SIG_IGN ? 1 : 2;
    int flags = ((old.sa_flags & SA_RESTART) ? 1 : 0) | ((old.sa_flags & SA_NODEFER) ? 2 : 0)
            | ((old.sa_flags & SA_RESETHAND) ? 4 : 0) | ((old.sa_flags & SA_SIGINFO) ? 8 : 0);
    saved_actions[saved_count] = old;
    agent_begin(r, 0);
    agent_put_i32(r, saved_count++);
    agent_put_i32(r, kind);
    agent_put_i32(r, flags);
    agent_put_i64(r, (int64_t) bits_of(&old.sa_mask));
}

/* SIG_SUSPEND: sigsuspend(2), which returns only after a handler ran, always with -1. */
AGENT_HANDLER(agent_op_sig_suspend) {
    sigset_t mask;
    int err = read_set(c, &mask);
    if (err != 0) {
        agent_fail(r, err);
        return;
    }
    sigsuspend(&mask);
    agent_fail(r, errno);
}

/* SIG_QUEUE_LIMIT: lowers this process's RLIMIT_SIGPENDING (soft), which bounds what sigqueue may leave pending for it. */
AGENT_HANDLER(agent_op_sig_queue_limit) {
    int32_t limit = agent_get_i32(c);
    if (c->bad || limit < 0) {
        agent_fail(r, EINVAL);
        return;
    }
    struct rlimit now;
    if (getrlimit(RLIMIT_SIGPENDING, &now) < 0) {
        agent_fail(r, errno);
        return;
    }
    struct rlimit lowered = now;
    lowered.rlim_cur = (rlim_t) limit;
    if (setrlimit(RLIMIT_SIGPENDING, &lowered) < 0) {
        agent_fail(r, errno);
        return;
    }
    agent_begin(r, 0);
    agent_put_i64(r, now.rlim_cur == RLIM_INFINITY ? -1 : (int64_t) now.rlim_cur);
}

/* SIG_BLOCK and SIG_UNBLOCK: one sigprocmask(2), with the log's count either side. */
AGENT_HANDLER(agent_op_sig_mask) {
    int how = op == AGENT_OP_SIG_BLOCK ? SIG_BLOCK : SIG_UNBLOCK;
    sigset_t set;
    int err = read_set(c, &set);
    if (err != 0) {
        agent_fail(r, err);
        return;
    }
    /* POSIX: a pending signal this unblocks is delivered before sigprocmask returns, so "after" covers it. */
    uint32_t before = logged();
    int rc = sigprocmask(how, &set, NULL);
    uint32_t after = logged();
    if (rc < 0) {
        agent_fail(r, errno);
        return;
    }
    agent_begin(r, 0);
    agent_put_i32(r, (int32_t) before);
    agent_put_i32(r, (int32_t) after);
}

/* SIG_KILL and SIG_QUEUE. */
AGENT_HANDLER(agent_op_sig_send) {
    int32_t pid = agent_get_i32(c);
    int32_t signo = agent_get_i32(c);
    int32_t value = op == AGENT_OP_SIG_QUEUE ? agent_get_i32(c) : 0;
    /* 0, -1 and negative PIDs name groups or everyone: never wanted here. */
    if (c->bad || pid <= 1) {
        agent_fail(r, EINVAL);
        return;
    }
    int rc;
    if (op == AGENT_OP_SIG_QUEUE) {
        union sigval v;
        memset(&v, 0, sizeof v);
        v.sival_int = value;
        rc = sigqueue(pid, signo, v);
    } else {
        rc = kill(pid, signo);
    }
    if (rc < 0) {
        agent_fail(r, errno);
        return;
    }
    agent_begin(r, 0);
}

/* A busy loop with no system call: the process stays running until the handler logs signo. */
AGENT_HANDLER(agent_op_sig_spin) {
    int32_t signo = agent_get_i32(c);
    if (c->bad || delivery_log == NULL) {
        agent_fail(r, EINVAL);
        return;
    }
    struct sigaction now;
    if (sigaction(signo, NULL, &now) < 0) {
        agent_fail(r, errno);
        return;
    }
    if (!(now.sa_flags & SA_SIGINFO) || now.sa_sigaction != record) {
        agent_fail(r, EINVAL); /* nothing would ever log it */
        return;
    }
    uint32_t next = logged();
    for (;;) {
        uint32_t n = logged();
        for (; next < n; next++) {
            if (delivery_log->entries[next].signo == signo) {
                agent_begin(r, 0);
                agent_put_i32(r, (int32_t) next);
                return;
            }
        }
    }
}

static volatile uintptr_t nowhere; /* 0; volatile so the compiler cannot see the null store and turn it into a trap */

AGENT_HANDLER(agent_op_sig_tty) {
    if (tty < 0) {
        agent_fail(r, ENOTTY);
        return;
    }
    struct termios t;
    if (tcgetattr(tty, &t) < 0) {
        agent_fail(r, errno);
        return;
    }
    pid_t fg = tcgetpgrp(tty);
    if (fg < 0) {
        agent_fail(r, errno);
        return;
    }
    agent_begin(r, 0);
    agent_put_i32(r, t.c_cc[VINTR]);
    agent_put_i32(r, (t.c_lflag & ISIG) ? 1 : 0);
    agent_put_i32(r, (int32_t) fg);
    agent_put_i32(r, (int32_t) getpgrp());
    agent_put_i32(r, (int32_t) getsid(0));
}

/* No reply: the agent dies of SIGABRT (or runs the handler the harness installed, then dies). */
AGENT_HANDLER(agent_op_sig_abort) {
    (void) r;
    abort();
}

AGENT_HANDLER(agent_op_sig_segv) {
    *(volatile int *) nowhere = 1;
    agent_fail(r, EFAULT); /* not reached where memory protection works */
}

/* Called once at start-up, before the hello. The log is made on request (SIG_LOG), by agents that handle signals only. */
void agent_signals_init(void) {
}

/*
 * --terminal PATH: lead a new session whose controlling terminal is PATH (a pty's slave side),
 * as its foreground process group, so that the terminal's interrupt character signals us.
 */
void agent_signals_take_terminal(const char *path) {
    if (setsid() < 0) {
        agent_die("setsid");
    }
    int fd = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        agent_die("opening the terminal");
    }
    if (ioctl(fd, TIOCSCTTY, 0) < 0) {
        agent_die("TIOCSCTTY");
    }
    if (tcsetpgrp(fd, getpgrp()) < 0) {
        agent_die("tcsetpgrp");
    }
    tty = fd;
}

/*
 * SIG_SETS: the process's own account of its signals, for systems whose /proc does not show
 * them (no SigPnd/SigBlk lines): sigpending(2), the mask from sigprocmask(2), and each
 * disposition from sigaction(2). Bit n-1 of each set stands for signal n, as in /proc.
 */
AGENT_HANDLER(agent_op_sig_sets) {
    sigset_t pending;
    sigset_t blocked;
    if (sigpending(&pending) < 0 || sigprocmask(SIG_BLOCK, NULL, &blocked) < 0) {
        agent_fail(r, errno);
        return;
    }
    uint64_t p = 0, b = 0, ignored = 0, caught = 0;
    for (int signo = 1; signo <= 64 && signo < NSIG; signo++) {
        uint64_t bit = (uint64_t) 1 << (signo - 1);
        if (sigismember(&pending, signo) == 1) {
            p |= bit;
        }
        if (sigismember(&blocked, signo) == 1) {
            b |= bit;
        }
        struct sigaction now;
        /* glibc keeps a few real-time numbers for itself and refuses them (EINVAL): no disposition to report. */
        if (sigaction(signo, NULL, &now) == 0) {
            if (!(now.sa_flags & SA_SIGINFO) && now.sa_handler == SIG_IGN) {
                ignored |= bit;
            } else if ((now.sa_flags & SA_SIGINFO) || now.sa_handler != SIG_DFL) {
                caught |= bit;
            }
        }
    }
    agent_begin(r, 0);
    agent_put_i64(r, (int64_t) p);
    agent_put_i64(r, (int64_t) b);
    agent_put_i64(r, (int64_t) ignored);
    agent_put_i64(r, (int64_t) caught);
}
