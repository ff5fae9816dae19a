#ifndef _SYS_MSG_H
#define _SYS_MSG_H

/* System V message queues, with glibc's x86-64 structures. */
#define __need_size_t
#define __need_NULL
#include <stddef.h>
#include <sys/ipc.h>

#define MSG_NOERROR 010000
#ifdef _GNU_SOURCE
#define MSG_EXCEPT 020000
#define MSG_COPY 040000
#endif

#define MSG_STAT 11
#define MSG_INFO 12

typedef unsigned long msgqnum_t;
typedef unsigned long msglen_t;

struct msqid_ds {
    struct ipc_perm msg_perm;
    time_t msg_stime;
    time_t msg_rtime;
    time_t msg_ctime;
    unsigned long __msg_cbytes;
    msgqnum_t msg_qnum;
    msglen_t msg_qbytes;
    pid_t msg_lspid;
    pid_t msg_lrpid;
    unsigned long __glibc_reserved4;
    unsigned long __glibc_reserved5;
};
#define msg_cbytes __msg_cbytes

#ifdef _GNU_SOURCE
struct msgbuf {
    long mtype;
    char mtext[1];
};
#endif

/* IPC_INFO's and MSG_INFO's answer */
struct msginfo {
    int msgpool;
    int msgmap;
    int msgmax;
    int msgmnb;
    int msgmni;
    int msgssz;
    int msgtql;
    unsigned short msgseg;
};

int msgget(key_t key, int msgflg);
int msgsnd(int msqid, const void *msgp, size_t msgsz, int msgflg);
ssize_t msgrcv(int msqid, void *msgp, size_t msgsz, long msgtyp, int msgflg);
int msgctl(int msqid, int cmd, struct msqid_ds *buf);

#endif
