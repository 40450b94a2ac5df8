/*
 * The agent's message-queue operations (agent-ops.def): System V msgget/msgsnd/msgrcv/msgctl
 * and POSIX mq_*. Each request is one call of the primitive, except that a POSIX send or
 * receive asked not to block sets O_NONBLOCK around the call (POSIX has no per-call flag).
 * Objects are created with mode 0600; their names come from the harness, which has written them
 * into the run's ledger before asking.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/stat.h>
#include <time.h>

#include "agent.h"

struct mq_message {
    long mtype;
    char mtext[];
};

static int set_nonblocking(mqd_t q, int on) {
    struct mq_attr attr;
    memset(&attr, 0, sizeof attr);
    attr.mq_flags = on ? O_NONBLOCK : 0;
    return mq_setattr(q, &attr, NULL);
}

AGENT_HANDLER(agent_op_msgsnd) {
    int32_t id = agent_get_i32(c);
    int64_t type = agent_get_i64(c);
    int32_t nowait = agent_get_i32(c);
    uint32_t n;
    const unsigned char *body = agent_get_blob(c, &n);
    /* Without a reply the harness would read the previous one: refuse like the other handlers. */
    if (c->bad) { agent_fail(r, EINVAL); return; }
    struct mq_message *m = malloc(sizeof *m + (n > 0 ? n : 1));
    if (m == NULL) { agent_fail(r, ENOMEM); return; }
    m->mtype = (long) type;
    memcpy(m->mtext, body, n);
    int rc = msgsnd(id, m, n, nowait ? IPC_NOWAIT : 0);
    int err = errno;
    free(m);
    if (rc < 0) { agent_fail(r, err); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_msgrcv) {
    int32_t id = agent_get_i32(c);
    int32_t max = agent_get_i32(c);
    int64_t type = agent_get_i64(c);
    int32_t options = agent_get_i32(c);
    if (c->bad || max < 0) { agent_fail(r, EINVAL); return; }
    int flags = 0;
#define AGENT_MSGRCV_FLAG(name, bit, flag) if (options & bit) flags |= flag;
#include "agent-ops.def"
    struct mq_message *m = malloc(sizeof *m + (max > 0 ? (size_t) max : 1));
    if (m == NULL) { agent_fail(r, ENOMEM); return; }
    ssize_t got = msgrcv(id, m, (size_t) max, (long) type, flags);
    if (got < 0) {
        agent_fail(r, errno);
    } else {
        agent_begin(r, 0);
        agent_put_i64(r, m->mtype);
        agent_put_blob(r, m->mtext, (uint32_t) got);
    }
    free(m);
}

AGENT_HANDLER(agent_op_mq_open) {
    int32_t create = agent_get_i32(c);
    int64_t maxmsg = agent_get_i64(c);
    int64_t msgsize = agent_get_i64(c);
    char *qname = agent_get_path(c);
    if (c->bad) { free(qname); agent_fail(r, EINVAL); return; }
    mqd_t q;
    if (!create) {
        q = mq_open(qname, O_RDWR | O_CLOEXEC);
    } else if (maxmsg == 0 && msgsize == 0) {
        q = mq_open(qname, O_RDWR | O_CLOEXEC | O_CREAT | O_EXCL, 0600, NULL);
    } else {
        struct mq_attr attr;
        memset(&attr, 0, sizeof attr);
        attr.mq_maxmsg = (long) maxmsg;
        attr.mq_msgsize = (long) msgsize;
        q = mq_open(qname, O_RDWR | O_CLOEXEC | O_CREAT | O_EXCL, 0600, &attr);
    }
    int err = errno;
    free(qname);
    if (q == (mqd_t) -1) { agent_fail(r, err); return; }
    agent_begin(r, 0);
    agent_put_i32(r, (int32_t) q);
}

AGENT_HANDLER(agent_op_mq_send) {
    mqd_t q = (mqd_t) agent_get_i32(c);
    int32_t prio = agent_get_i32(c);
    int32_t nonblocking = agent_get_i32(c);
    uint32_t n;
    const unsigned char *body = agent_get_blob(c, &n);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    if (nonblocking && set_nonblocking(q, 1) < 0) { agent_fail(r, errno); return; }
    int rc = mq_send(q, (const char *) body, n, (unsigned) prio);
    int err = errno;
    if (nonblocking) set_nonblocking(q, 0);
    if (rc < 0) { agent_fail(r, err); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_mq_receive) {
    mqd_t q = (mqd_t) agent_get_i32(c);
    int32_t max = agent_get_i32(c);
    int32_t nonblocking = agent_get_i32(c);
    if (c->bad || max < 0) { agent_fail(r, EINVAL); return; }
    char *buf = malloc(max > 0 ? (size_t) max : 1);
    if (buf == NULL) { agent_fail(r, ENOMEM); return; }
    if (nonblocking && set_nonblocking(q, 1) < 0) { agent_fail(r, errno); free(buf); return; }
    unsigned prio = 0;
    ssize_t got = mq_receive(q, buf, (size_t) max, &prio);
    int err = errno;
    if (nonblocking) set_nonblocking(q, 0);
    if (got < 0) {
        agent_fail(r, err);
    } else {
        agent_begin(r, 0);
        agent_put_i64(r, (int64_t) prio);
        agent_put_blob(r, buf, (uint32_t) got);
    }
    free(buf);
}

AGENT_HANDLER(agent_op_msgget) {
    int32_t key = agent_get_i32(c);
    int32_t create = agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    int id = msgget((key_t) key, create ? IPC_CREAT | IPC_EXCL | 0600 : 0);
    if (id < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i32(r, id);
}

AGENT_HANDLER(agent_op_msg_qbytes) {
    int32_t id = agent_get_i32(c);
    int64_t bytes = agent_get_i64(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    struct msqid_ds ds;
    if (msgctl(id, IPC_STAT, &ds) < 0) { agent_fail(r, errno); return; }
    ds.msg_qbytes = (msglen_t) bytes;
    if (msgctl(id, IPC_SET, &ds) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_msg_stat) {
    int32_t id = agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    struct msqid_ds ds;
    if (msgctl(id, IPC_STAT, &ds) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i64(r, (int64_t) ds.msg_qnum);
    agent_put_i64(r, (int64_t) ds.msg_qbytes);
    agent_put_i64(r, (int64_t) (ds.msg_perm.mode & 0777));
}

AGENT_HANDLER(agent_op_msg_rmid) {
    int32_t id = agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    if (msgctl(id, IPC_RMID, NULL) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_mq_attr) {
    mqd_t q = (mqd_t) agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    struct mq_attr attr;
    struct stat st;
    if (mq_getattr(q, &attr) < 0) { agent_fail(r, errno); return; }
    /* On Linux a queue descriptor is a file descriptor, and fstat gives the queue's mode. */
    if (fstat((int) q, &st) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
    agent_put_i64(r, (int64_t) attr.mq_maxmsg);
    agent_put_i64(r, (int64_t) attr.mq_msgsize);
    agent_put_i64(r, (int64_t) attr.mq_curmsgs);
    agent_put_i64(r, (int64_t) (st.st_mode & 0777));
}

AGENT_HANDLER(agent_op_mq_unlink) {
    char *qname = agent_get_path(c);
    if (c->bad) { free(qname); agent_fail(r, EINVAL); return; }
    int rc = mq_unlink(qname);
    int err = errno;
    free(qname);
    if (rc < 0) { agent_fail(r, err); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_mq_close) {
    mqd_t q = (mqd_t) agent_get_i32(c);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    if (mq_close(q) < 0) { agent_fail(r, errno); return; }
    agent_begin(r, 0);
}

AGENT_HANDLER(agent_op_mq_timedreceive) {
    mqd_t q = (mqd_t) agent_get_i32(c);
    int32_t max = agent_get_i32(c);
    struct timespec called, deadline;
    agent_get_deadline(c, CLOCK_REALTIME, &called, &deadline);
    if (c->bad || max < 0) { agent_fail(r, EINVAL); return; }
    char *buf = malloc(max > 0 ? (size_t) max : 1);
    if (buf == NULL) { agent_fail(r, ENOMEM); return; }
    unsigned prio = 0;
    ssize_t got = mq_timedreceive(q, buf, (size_t) max, &prio, &deadline);
    int err = got < 0 ? errno : 0;
    agent_begin_timed(r, err, CLOCK_REALTIME, &called, &deadline);
    if (got >= 0) {
        agent_put_i64(r, (int64_t) prio);
        agent_put_blob(r, buf, (uint32_t) got);
    }
    free(buf);
}

AGENT_HANDLER(agent_op_mq_timedsend) {
    mqd_t q = (mqd_t) agent_get_i32(c);
    int32_t prio = agent_get_i32(c);
    struct timespec called, deadline;
    agent_get_deadline(c, CLOCK_REALTIME, &called, &deadline);
    uint32_t n;
    const unsigned char *body = agent_get_blob(c, &n);
    if (c->bad) { agent_fail(r, EINVAL); return; }
    int rc = mq_timedsend(q, (const char *) body, n, (unsigned) prio, &deadline);
    agent_begin_timed(r, rc < 0 ? errno : 0, CLOCK_REALTIME, &called, &deadline);
}
