/* shm.h - System V shared memory as user space sees it (x86-64 layouts). */
#ifndef _UAPI_LINUX_SHM_H
#define _UAPI_LINUX_SHM_H

#include <uapi/linux/ipc.h>

#define SHMMIN		1				/* the smallest segment */
#define SHMMNI		4096				/* segments at most */
#define SHMMAX		(~0UL - (1UL << 24))		/* the largest segment */
#define SHMALL		(~0UL - (1UL << 24))		/* pages in all segments */
#define SHMSEG		SHMMNI				/* per process (not enforced) */
#define SHMLBA		PAGE_SIZE			/* attach addresses are multiples */

/* shmat flags */
#define SHM_RDONLY	010000		/* read-only */
#define SHM_RND		020000		/* round the address down to SHMLBA */
#define SHM_REMAP	040000		/* replace what is mapped there */
#define SHM_EXEC	0100000		/* executable */

/* shmctl commands beyond IPC_* */
#define SHM_LOCK	11
#define SHM_UNLOCK	12
#define SHM_STAT	13
#define SHM_INFO	14

/* shm_perm.mode bits beyond the permissions */
#define SHM_DEST	01000		/* removed: goes at the last detach */
#define SHM_LOCKED	02000

struct shmid64_ds {
	struct ipc64_perm	shm_perm;
	size_t			shm_segsz;	/* bytes */
	time_t			shm_atime;	/* last attach */
	time_t			shm_dtime;	/* last detach */
	time_t			shm_ctime;	/* last change */
	pid_t			shm_cpid;	/* creator */
	pid_t			shm_lpid;	/* last shmat/shmdt */
	unsigned long		shm_nattch;	/* attachments */
	unsigned long		__unused4;
	unsigned long		__unused5;
};

struct shminfo64 {
	unsigned long	shmmax;
	unsigned long	shmmin;
	unsigned long	shmmni;
	unsigned long	shmseg;
	unsigned long	shmall;
	unsigned long	__unused1;
	unsigned long	__unused2;
	unsigned long	__unused3;
	unsigned long	__unused4;
};

struct shm_info {
	int		used_ids;
	unsigned long	shm_tot;	/* pages in all segments */
	unsigned long	shm_rss;	/* pages present */
	unsigned long	shm_swp;
	unsigned long	swap_attempts;
	unsigned long	swap_successes;
};

#endif
