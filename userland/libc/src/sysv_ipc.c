/*
 * System V IPC: shared memory, semaphores and message queues are plain system calls
 * on x86-64 (no multiplexing ipc() call, no IPC_64 flag), and ftok as glibc computes it.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include "libc.h"

/* The key glibc derives: the low 16 bits of the inode, 8 of the device, 8 of proj_id. */
key_t ftok(const char *pathname, int proj_id)
{
    struct stat st;

    if (stat(pathname, &st) < 0)
        return (key_t)-1;
    return (key_t)((st.st_ino & 0xffff) | ((st.st_dev & 0xff) << 16) | ((unsigned)(proj_id & 0xff) << 24));
}

int shmget(key_t key, size_t size, int shmflg)
{
    return (int)__syscall_ret(__syscall3(SYS_shmget, key, size, shmflg));
}

void *shmat(int shmid, const void *shmaddr, int shmflg)
{
    return (void *)__syscall_ret(__syscall3(SYS_shmat, shmid, shmaddr, shmflg));
}

int shmdt(const void *shmaddr)
{
    return (int)__syscall_ret(__syscall1(SYS_shmdt, shmaddr));
}

int shmctl(int shmid, int cmd, struct shmid_ds *buf)
{
    return (int)__syscall_ret(__syscall3(SYS_shmctl, shmid, cmd, buf));
}

int semget(key_t key, int nsems, int semflg)
{
    return (int)__syscall_ret(__syscall3(SYS_semget, key, nsems, semflg));
}

int semop(int semid, struct sembuf *sops, size_t nsops)
{
    return (int)__syscall_ret(__syscall4(SYS_semtimedop, semid, sops, nsops, 0));
}

int semtimedop(int semid, struct sembuf *sops, size_t nsops, const struct timespec *timeout)
{
    return (int)__syscall_ret(__syscall4(SYS_semtimedop, semid, sops, nsops, timeout));
}

/*
 * The fourth argument is the caller's union semun, which only some commands pass.
 * The union is eight bytes of class INTEGER, so it travels as an unsigned long
 * would (and the kernel takes SETVAL's value from its low half).
 */
int semctl(int semid, int semnum, int cmd, ...)
{
    unsigned long arg = 0;
    va_list ap;

    switch (cmd) {
    case SETVAL:
    case GETALL:
    case SETALL:
    case IPC_STAT:
    case IPC_SET:
    case SEM_STAT:
    case IPC_INFO:
    case SEM_INFO:
        va_start(ap, cmd);
        arg = va_arg(ap, unsigned long);
        va_end(ap);
        break;
    }
    return (int)__syscall_ret(__syscall4(SYS_semctl, semid, semnum, cmd, arg));
}

int msgget(key_t key, int msgflg)
{
    return (int)__syscall_ret(__syscall2(SYS_msgget, key, msgflg));
}

int msgsnd(int msqid, const void *msgp, size_t msgsz, int msgflg)
{
    return (int)__syscall_ret(__syscall_cp4(SYS_msgsnd, msqid, msgp, msgsz, msgflg));
}

ssize_t msgrcv(int msqid, void *msgp, size_t msgsz, long msgtyp, int msgflg)
{
    return __syscall_ret(__syscall_cp(SYS_msgrcv, msqid, (long)msgp, (long)msgsz, msgtyp, msgflg, 0));
}

int msgctl(int msqid, int cmd, struct msqid_ds *buf)
{
    return (int)__syscall_ret(__syscall3(SYS_msgctl, msqid, cmd, buf));
}
