/*
 * ipc.h - System V IPC objects inside the kernel (ipc/).  Every shared memory
 * segment, semaphore array and message queue starts with a kern_ipc_perm: its key,
 * its id, its owner and mode.  ipc/util.c keeps one table of them per kind
 * (struct ipc_ids) and does what the three kinds have in common: the key lookup
 * of *get, the id lookup of the other calls, the permission check, IPC_STAT's
 * ipc64_perm and IPC_SET's update.
 */
#ifndef _LINUX_IPC_H
#define _LINUX_IPC_H

#include <linux/types.h>
#include <uapi/linux/ipc.h>

/* linux/stat.h's permission groups, which the IPC calls ask for */
#define S_IRWXUGO	0777
#define S_IRUGO		0444
#define S_IWUGO		0222

struct kern_ipc_perm {
	int		deleted;	/* removed: waiters that wake see EIDRM */
	int		id;		/* seq * SEQ_MULTIPLIER + slot */
	key_t		key;
	uid_t		uid, gid;	/* owner */
	uid_t		cuid, cgid;	/* creator */
	umode_t		mode;		/* 0777 permission bits (+ SHM_DEST, SHM_LOCKED) */
	unsigned short	seq;
};

/*
 * A kind's objects.  Linux's table holds up to 32768 (IPCMNI); ours has IPC_SLOTS
 * slots, so the 257th object of a kind fails with ENOSPC, the error Linux gives
 * at its limit.
 */
#define IPC_SLOTS	256
#define SEQ_MULTIPLIER	32768	/* Linux's IPCMNI: ids are seq * 32768 + slot */

struct ipc_ids {
	int in_use;
	unsigned short seq;		/* the next object's sequence number */
	struct kern_ipc_perm *entries[IPC_SLOTS];
};

/* What shmget, semget and msgget pass to ipcget. */
struct ipc_params {
	key_t key;
	int flg;
	unsigned long size;		/* shmget's size, or semget's nsems */
};

struct ipc_ops {
	/* make a new object and ipc_addid it: returns its id or an error */
	int (*getnew)(struct ipc_params *params);
	/* an existing object asked for: a further check (size, nsems) */
	int (*more_checks)(struct kern_ipc_perm *perm, struct ipc_params *params);
};

int ipcget(struct ipc_ids *ids, const struct ipc_ops *ops, struct ipc_params *params);
int ipc_addid(struct ipc_ids *ids, struct kern_ipc_perm *new, int limit);
void ipc_rmid(struct ipc_ids *ids, struct kern_ipc_perm *perm);
struct kern_ipc_perm *ipc_obtain_object_check(struct ipc_ids *ids, int id);
struct kern_ipc_perm *ipc_obtain_object_idx(struct ipc_ids *ids, int idx);
int ipc_get_maxid(struct ipc_ids *ids);
int ipcperms(struct kern_ipc_perm *perm, short flag);
int ipc_may_change(struct kern_ipc_perm *perm);
void kernel_to_ipc64_perm(struct kern_ipc_perm *in, struct ipc64_perm *out);
void ipc_update_perm(struct ipc64_perm *in, struct kern_ipc_perm *out);
time_t ipc_time(void);

#endif
