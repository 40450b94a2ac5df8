/* The agent's opcodes 40-79; see agent.h. */
#define _GNU_SOURCE
#include <errno.h>

#include "agent.h"

int signals_handle(uint8_t op, struct cursor *c, struct reply *r) {
    (void) c;
    (void) r;
    switch (op) {
    default:
        return 0;
    }
}

/* Called once at start-up, before the hello: where the signal work sets up its delivery log. */
void signals_init(void) {
}
