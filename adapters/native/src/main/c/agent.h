/*
 * The agent's shared parts: the wire format's cursor and reply, and the operations of
 * agent-ops.def. Every name visible outside its file starts with agent_ (or AGENT_), so that
 * a symbol's owner is plain and no libc name can collide with one.
 */
#ifndef IPC_AGENT_H
#define IPC_AGENT_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* The agent's name (--name), for messages; its control socket. */
extern const char *agent_name;
extern int agent_control;

struct cursor {
    const unsigned char *p;
    uint32_t left;
    int bad;
};

struct reply {
    unsigned char *data;
    size_t len;
    size_t cap;
};

/* The operation codes, AGENT_OP_<NAME>, and the codes of the enumerations on the wire. */
enum agent_op {
#define AGENT_OP(name, code, handler) AGENT_OP_##name = code,
#include "agent-ops.def"
};
enum agent_file_type {
#define AGENT_FILE_TYPE(name, code, mode) AGENT_FILE_##name = code,
#include "agent-ops.def"
};
enum agent_open_mode {
#define AGENT_OPEN_MODE(name, code, flags) AGENT_OPEN_##name = code,
#include "agent-ops.def"
};
enum agent_msgrcv_flag {
#define AGENT_MSGRCV_FLAG(name, bit, flag) AGENT_MSGRCV_##name = bit,
#include "agent-ops.def"
};

/*
 * An operation's handler: parses its fields from c and leaves its reply in r (agent_begin or
 * agent_fail first). op is the row's code, for handlers that serve several rows. The attributes
 * spare each handler a (void) cast for the parameters it does not need.
 */
#define AGENT_HANDLER(fn) \
    void fn(__attribute__((unused)) int op, __attribute__((unused)) struct cursor *c, struct reply *r)

/*
 * One prototype per row; a handler named by several rows is declared several times, which C
 * allows. These are the only prototypes of handlers, so a handler no row names fails to build
 * (-Wmissing-prototypes), as a row naming no handler does (undefined reference).
 */
#define AGENT_OP(name, code, handler) AGENT_HANDLER(handler);
#include "agent-ops.def"

/* Request fields; on a short request they set c->bad and return zeroes / NULL. */
void agent_take(struct cursor *c, void *out, uint32_t n);
int32_t agent_get_i32(struct cursor *c);
int64_t agent_get_i64(struct cursor *c);
const unsigned char *agent_get_blob(struct cursor *c, uint32_t *len);
char *agent_get_path(struct cursor *c); /* caller frees */

/* Replies: agent_begin(r, 0) then agent_put_*; agent_fail(r, errno) for an error reply. */
void agent_put(struct reply *r, const void *bytes, size_t n);
void agent_put_i32(struct reply *r, int32_t v);
void agent_put_i64(struct reply *r, int64_t v);
void agent_put_blob(struct reply *r, const void *bytes, uint32_t n);
void agent_begin(struct reply *r, int err);
void agent_fail(struct reply *r, int err);
void agent_send_reply(struct reply *r);
int agent_read_full(void *buf, size_t n);

/*
 * Timed waits (agent-ops.def, codes 186-210). agent_get_deadline parses i32 relative, i64 tv_sec,
 * i64 tv_nsec and reads clock into *called: a relative deadline is made absolute from that reading.
 * agent_begin_timed reads the clock again at once, then begins a success reply carrying the call's
 * own errno and the three instants in nanoseconds (called, deadline, returned); the result follows.
 */
void agent_get_deadline(struct cursor *c, clockid_t clock, struct timespec *called, struct timespec *deadline);
void agent_begin_timed(struct reply *r, int err, clockid_t clock, const struct timespec *called,
                       const struct timespec *deadline);

/* Fatal: a message on stderr (with errno's text, or naming the operation), exit status 3. */
__attribute__((noreturn)) void agent_die(const char *what);
__attribute__((noreturn)) void agent_malformed(int op);
/* The row's NAME for a code, or NULL when no row has it. */
const char *agent_op_name(int op);

/* Start-up hooks of the mechanism files, called once before the hello. */
void agent_signals_init(void);
/* --terminal PATH: a new session with PATH as controlling terminal, in its foreground group. */
void agent_signals_take_terminal(const char *path);
/* --unprivileged yes: become nobody with no capabilities left (agent-sockets.c). */
void agent_sockets_drop_privileges(void);

#endif
