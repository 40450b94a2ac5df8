/*
 * Readiness (issue 15): poll(2) of one descriptor. The events and revents travel as Linux's
 * poll.h bits, which the harness maps to its PollEvent names (PollBits.java).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>

#include "agent.h"

/* One poll with one pollfd; a timeout of -1 sleeps until an event, which a signal does not end. */
AGENT_HANDLER(agent_op_poll) {
    int32_t fd = agent_get_i32(c), events = agent_get_i32(c), timeout = agent_get_i32(c);
    if (c->bad) agent_malformed(op);
    struct pollfd p = { .fd = fd, .events = (short) events, .revents = 0 };
    int n;
    do {
        n = poll(&p, 1, timeout);
    } while (n < 0 && errno == EINTR);
    if (n < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i32(r, (uint16_t) p.revents);
}
