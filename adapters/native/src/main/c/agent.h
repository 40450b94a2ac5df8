/*
 * The agent's shared parts: the wire format's cursor and reply, and the entry point of each
 * mechanism's file. Each mechanism (agent-signals.c, agent-ipc.c, agent-sockets.c) owns a range
 * of opcodes and answers 1 from its handler when the opcode is its own, 0 otherwise.
 */
#ifndef IPC_AGENT_H
#define IPC_AGENT_H

#include <stddef.h>
#include <stdint.h>

/* The agent's name (--name), for messages; its control socket. */
extern const char *name;
extern int control;

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

/* Request fields; on a short request they set c->bad and return zeroes / NULL. */
void take(struct cursor *c, void *out, uint32_t n);
int32_t get_i32(struct cursor *c);
int64_t get_i64(struct cursor *c);
const unsigned char *get_blob(struct cursor *c, uint32_t *len);
char *get_path(struct cursor *c); /* caller frees */

/* Replies: begin(r, 0) then put_*; fail(r, errno) for an error reply. */
void die(const char *what);
void put(struct reply *r, const void *bytes, size_t n);
void put_i32(struct reply *r, int32_t v);
void put_i64(struct reply *r, int64_t v);
void put_blob(struct reply *r, const void *bytes, uint32_t n);
void begin(struct reply *r, int err);
void fail(struct reply *r, int err);
void send_reply(struct reply *r);
int read_full(void *buf, size_t n);

/*
 * Opcode ranges: core 1-39 (ipc-agent.c), signals 40-79 (agent-signals.c), message queues 80-99
 * (agent-mq.c), shared memory and semaphores 100-139 (agent-ipc.c), sockets 140-199 (agent-sockets.c).
 */
int signals_handle(uint8_t op, struct cursor *c, struct reply *r);
int mq_handle(uint8_t op, struct cursor *c, struct reply *r);
int ipc_handle(uint8_t op, struct cursor *c, struct reply *r);
int sockets_handle(uint8_t op, struct cursor *c, struct reply *r);

/* Start-up hooks of the mechanism files, called once before the hello (argc/argv as given). */
void signals_init(void);
/* --terminal PATH: a new session with PATH as controlling terminal, in its foreground group. */
void signals_take_terminal(const char *path);
/* --unprivileged yes: become nobody with no capabilities left (agent-sockets.c). */
void sockets_drop_privileges(void);

#endif
