/*
 * The agent's message-queue opcodes 80-99 (see agent.h): System V msgget/msgsnd/msgrcv/msgctl
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

#include "agent.h"

enum {
    OP_MSGGET = 80,
    OP_MSG_QBYTES = 81,
    OP_MSGSND = 82,
    OP_MSGRCV = 83,
    OP_MSG_STAT = 84,
    OP_MSG_RMID = 85,
    OP_MQ_OPEN = 86,
    OP_MQ_SEND = 87,
    OP_MQ_RECEIVE = 88,
    OP_MQ_ATTR = 89,
    OP_MQ_UNLINK = 90,
    OP_MQ_CLOSE = 91
};

/* msgrcv options as the harness sends them (MqPrimitives). */
enum { RCV_NOWAIT = 1, RCV_EXCEPT = 2, RCV_NOERROR = 4 };

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

static void op_msgsnd(struct cursor *c, struct reply *r) {
    int32_t id = get_i32(c);
    int64_t type = get_i64(c);
    int32_t nowait = get_i32(c);
    uint32_t n;
    const unsigned char *body = get_blob(c, &n);
    if (c->bad) return;
    struct mq_message *m = malloc(sizeof *m + (n > 0 ? n : 1));
    if (m == NULL) { fail(r, ENOMEM); return; }
    m->mtype = (long) type;
    memcpy(m->mtext, body, n);
    int rc = msgsnd(id, m, n, nowait ? IPC_NOWAIT : 0);
    int err = errno;
    free(m);
    if (rc < 0) { fail(r, err); return; }
    begin(r, 0);
}

static void op_msgrcv(struct cursor *c, struct reply *r) {
    int32_t id = get_i32(c);
    int32_t max = get_i32(c);
    int64_t type = get_i64(c);
    int32_t options = get_i32(c);
    if (c->bad || max < 0) { fail(r, EINVAL); return; }
    int flags = ((options & RCV_NOWAIT) ? IPC_NOWAIT : 0) | ((options & RCV_EXCEPT) ? MSG_EXCEPT : 0)
            | ((options & RCV_NOERROR) ? MSG_NOERROR : 0);
    struct mq_message *m = malloc(sizeof *m + (max > 0 ? (size_t) max : 1));
    if (m == NULL) { fail(r, ENOMEM); return; }
    ssize_t got = msgrcv(id, m, (size_t) max, (long) type, flags);
    if (got < 0) {
        fail(r, errno);
    } else {
        begin(r, 0);
        put_i64(r, m->mtype);
        put_blob(r, m->mtext, (uint32_t) got);
    }
    free(m);
}

static void op_mq_open(struct cursor *c, struct reply *r) {
    int32_t create = get_i32(c);
    int64_t maxmsg = get_i64(c);
    int64_t msgsize = get_i64(c);
    char *qname = get_path(c);
    if (c->bad) { free(qname); fail(r, EINVAL); return; }
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
    if (q == (mqd_t) -1) { fail(r, err); return; }
    begin(r, 0);
    put_i32(r, (int32_t) q);
}

static void op_mq_send(struct cursor *c, struct reply *r) {
    mqd_t q = (mqd_t) get_i32(c);
    int32_t prio = get_i32(c);
    int32_t nonblocking = get_i32(c);
    uint32_t n;
    const unsigned char *body = get_blob(c, &n);
    if (c->bad) { fail(r, EINVAL); return; }
    if (nonblocking && set_nonblocking(q, 1) < 0) { fail(r, errno); return; }
    int rc = mq_send(q, (const char *) body, n, (unsigned) prio);
    int err = errno;
    if (nonblocking) set_nonblocking(q, 0);
    if (rc < 0) { fail(r, err); return; }
    begin(r, 0);
}

static void op_mq_receive(struct cursor *c, struct reply *r) {
    mqd_t q = (mqd_t) get_i32(c);
    int32_t max = get_i32(c);
    int32_t nonblocking = get_i32(c);
    if (c->bad || max < 0) { fail(r, EINVAL); return; }
    char *buf = malloc(max > 0 ? (size_t) max : 1);
    if (buf == NULL) { fail(r, ENOMEM); return; }
    if (nonblocking && set_nonblocking(q, 1) < 0) { fail(r, errno); free(buf); return; }
    unsigned prio = 0;
    ssize_t got = mq_receive(q, buf, (size_t) max, &prio);
    int err = errno;
    if (nonblocking) set_nonblocking(q, 0);
    if (got < 0) {
        fail(r, err);
    } else {
        begin(r, 0);
        put_i64(r, (int64_t) prio);
        put_blob(r, buf, (uint32_t) got);
    }
    free(buf);
}

int mq_handle(uint8_t op, struct cursor *c, struct reply *r) {
    switch (op) {
    case OP_MSGGET: {
        int32_t key = get_i32(c);
        int32_t create = get_i32(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        int id = msgget((key_t) key, create ? IPC_CREAT | IPC_EXCL | 0600 : 0);
        if (id < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i32(r, id);
        return 1;
    }
    case OP_MSG_QBYTES: {
        int32_t id = get_i32(c);
        int64_t bytes = get_i64(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        struct msqid_ds ds;
        if (msgctl(id, IPC_STAT, &ds) < 0) { fail(r, errno); return 1; }
        ds.msg_qbytes = (msglen_t) bytes;
        if (msgctl(id, IPC_SET, &ds) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_MSGSND:
        op_msgsnd(c, r);
        return 1;
    case OP_MSGRCV:
        op_msgrcv(c, r);
        return 1;
    case OP_MSG_STAT: {
        int32_t id = get_i32(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        struct msqid_ds ds;
        if (msgctl(id, IPC_STAT, &ds) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i64(r, (int64_t) ds.msg_qnum);
        put_i64(r, (int64_t) ds.msg_qbytes);
        put_i64(r, (int64_t) (ds.msg_perm.mode & 0777));
        return 1;
    }
    case OP_MSG_RMID: {
        int32_t id = get_i32(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        if (msgctl(id, IPC_RMID, NULL) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_MQ_OPEN:
        op_mq_open(c, r);
        return 1;
    case OP_MQ_SEND:
        op_mq_send(c, r);
        return 1;
    case OP_MQ_RECEIVE:
        op_mq_receive(c, r);
        return 1;
    case OP_MQ_ATTR: {
        mqd_t q = (mqd_t) get_i32(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        struct mq_attr attr;
        struct stat st;
        if (mq_getattr(q, &attr) < 0) { fail(r, errno); return 1; }
        /* On Linux a queue descriptor is a file descriptor, and fstat gives the queue's mode. */
        if (fstat((int) q, &st) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        put_i64(r, (int64_t) attr.mq_maxmsg);
        put_i64(r, (int64_t) attr.mq_msgsize);
        put_i64(r, (int64_t) attr.mq_curmsgs);
        put_i64(r, (int64_t) (st.st_mode & 0777));
        return 1;
    }
    case OP_MQ_UNLINK: {
        char *qname = get_path(c);
        if (c->bad) { free(qname); fail(r, EINVAL); return 1; }
        int rc = mq_unlink(qname);
        int err = errno;
        free(qname);
        if (rc < 0) { fail(r, err); return 1; }
        begin(r, 0);
        return 1;
    }
    case OP_MQ_CLOSE: {
        mqd_t q = (mqd_t) get_i32(c);
        if (c->bad) { fail(r, EINVAL); return 1; }
        if (mq_close(q) < 0) { fail(r, errno); return 1; }
        begin(r, 0);
        return 1;
    }
    default:
        return 0;
    }
}
