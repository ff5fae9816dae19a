/* sem.h - System V semaphores as user space sees them (x86-64 layouts). */
#ifndef _UAPI_LINUX_SEM_H
#define _UAPI_LINUX_SEM_H

#include <uapi/linux/ipc.h>

#define SEM_UNDO	0x1000		/* semop: undo the operation at exit */

/* semctl commands beyond IPC_* */
#define GETPID		11
#define GETVAL		12
#define GETALL		13
#define GETNCNT		14
#define GETZCNT		15
#define SETVAL		16
#define SETALL		17
#define SEM_STAT	18
#define SEM_INFO	19

#define SEMMNI		32000		/* arrays at most */
#define SEMMSL		32000		/* semaphores per array */
#define SEMMNS		(SEMMNI * SEMMSL)
#define SEMOPM		500		/* operations per semop */
#define SEMVMX		32767		/* the largest value */
#define SEMAEM		SEMVMX		/* the largest undo adjustment */
#define SEMUME		SEMOPM
#define SEMMNU		SEMMNS
#define SEMMAP		SEMMNS
#define SEMUSZ		20

struct semid64_ds {
	struct ipc64_perm	sem_perm;
	time_t			sem_otime;	/* last semop */
	unsigned long		__unused1;
	time_t			sem_ctime;	/* last change */
	unsigned long		__unused2;
	unsigned long		sem_nsems;
	unsigned long		__unused3;
	unsigned long		__unused4;
};

struct sembuf {
	unsigned short	sem_num;
	short		sem_op;
	short		sem_flg;	/* IPC_NOWAIT, SEM_UNDO */
};

struct seminfo {
	int semmap;
	int semmni;
	int semmns;
	int semmnu;
	int semmsl;
	int semopm;
	int semume;
	int semusz;
	int semvmx;
	int semaem;
};

#endif
