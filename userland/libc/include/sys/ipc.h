#ifndef _SYS_IPC_H
#define _SYS_IPC_H

/*
 * System V IPC: what shared memory (sys/shm.h), semaphores (sys/sem.h) and message
 * queues (sys/msg.h) have in common.  struct ipc_perm is glibc's x86-64 layout,
 * which is the kernel's struct ipc64_perm.
 */
#include <bits/posixtypes.h>

#define IPC_CREAT 01000
#define IPC_EXCL 02000
#define IPC_NOWAIT 04000

#define IPC_RMID 0
#define IPC_SET 1
#define IPC_STAT 2
#ifdef _GNU_SOURCE
#define IPC_INFO 3
#endif

#define IPC_PRIVATE ((key_t)0)

struct ipc_perm {
    key_t __key;
    uid_t uid;
    gid_t gid;
    uid_t cuid;
    gid_t cgid;
    mode_t mode;
    unsigned short __seq;
    unsigned short __pad2;
    unsigned long __glibc_reserved1;
    unsigned long __glibc_reserved2;
};

key_t ftok(const char *pathname, int proj_id);

#endif
