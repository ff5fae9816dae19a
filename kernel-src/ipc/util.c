/*
 * util.c - what System V shared memory, semaphores and message queues have in
 * common (Linux's ipc/util.c): a table of objects per kind, found by key (the
 * *get calls) or by id (everything else), and their permissions.
 *
 * An id is seq * SEQ_MULTIPLIER + slot.  Each new object takes the kind's next
 * sequence number, so an id that named a removed object does not name the object
 * that reuses its slot: the old id gets EINVAL, as on Linux.
 */
#include <linux/kernel.h>
#include <linux/err.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/fs.h>
#include <linux/ipc.h>

time_t ipc_time(void)
{
	struct timespec ts;

	current_time(&ts);
	return ts.tv_sec;
}

/* The object with this key, or NULL.  IPC_PRIVATE objects are never found. */
static struct kern_ipc_perm *ipc_findkey(struct ipc_ids *ids, key_t key)
{
	int i;

	for (i = 0; i < IPC_SLOTS; i++)
		if (ids->entries[i] && ids->entries[i]->key == key)
			return ids->entries[i];
	return NULL;
}

/*
 * Give new (its key and mode already set) a free slot and an id, owned by the caller.
 * limit is the kind's object limit (SHMMNI...).  Returns the id or -ENOSPC.
 */
int ipc_addid(struct ipc_ids *ids, struct kern_ipc_perm *new, int limit)
{
	int slot;

	if (ids->in_use >= limit)
		return -ENOSPC;
	for (slot = 0; slot < IPC_SLOTS && ids->entries[slot]; slot++)
		;
	if (slot == IPC_SLOTS)
		return -ENOSPC;
	new->deleted = 0;
	new->uid = new->cuid = 0;	/* everyone is root */
	new->gid = new->cgid = 0;
	new->seq = ids->seq++;		/* an unsigned short: it wraps, and ids stay positive ints */
	new->id = new->seq * SEQ_MULTIPLIER + slot;
	ids->entries[slot] = new;
	ids->in_use++;
	return new->id;
}

/* Take perm out of the table: its key and id are free at once.  Waiters see it deleted. */
void ipc_rmid(struct ipc_ids *ids, struct kern_ipc_perm *perm)
{
	ids->entries[perm->id % SEQ_MULTIPLIER] = NULL;
	ids->in_use--;
	perm->deleted = 1;
}

/* The object an id names, or ERR_PTR(-EINVAL) when there is none (any more). */
struct kern_ipc_perm *ipc_obtain_object_check(struct ipc_ids *ids, int id)
{
	struct kern_ipc_perm *perm;

	if (id < 0 || id % SEQ_MULTIPLIER >= IPC_SLOTS)
		return ERR_PTR(-EINVAL);
	perm = ids->entries[id % SEQ_MULTIPLIER];
	if (!perm || perm->id != id)
		return ERR_PTR(-EINVAL);
	return perm;
}

/* The object in slot idx (the *_STAT commands take a slot, not an id). */
struct kern_ipc_perm *ipc_obtain_object_idx(struct ipc_ids *ids, int idx)
{
	if (idx < 0 || idx >= IPC_SLOTS || !ids->entries[idx])
		return ERR_PTR(-EINVAL);
	return ids->entries[idx];
}

/* The highest slot in use, or -1: IPC_INFO and *_INFO return it. */
int ipc_get_maxid(struct ipc_ids *ids)
{
	int i;

	for (i = IPC_SLOTS - 1; i >= 0; i--)
		if (ids->entries[i])
			return i;
	return -1;
}

/*
 * May the caller access perm as flag asks (S_IRUGO, S_IWUGO, or a *get's mode bits)?
 * The owner's or creator's bits count for them, the group's for the group, the
 * others' for the rest.  Returns 0 or -1; root (CAP_IPC_OWNER) may always.
 */
int ipcperms(struct kern_ipc_perm *perm, short flag)
{
	uid_t euid = 0;		/* everyone is root */
	gid_t egid = 0;
	int requested_mode = (flag >> 6) | (flag >> 3) | flag;
	int granted_mode = perm->mode;

	if (euid == perm->cuid || euid == perm->uid)
		granted_mode >>= 6;
	else if (egid == perm->cgid || egid == perm->gid)
		granted_mode >>= 3;
	if ((requested_mode & ~granted_mode & 0007) && euid != 0)
		return -1;
	return 0;
}

/* IPC_SET and IPC_RMID: only the owner, the creator or root (CAP_SYS_ADMIN) may. */
int ipc_may_change(struct kern_ipc_perm *perm)
{
	uid_t euid = 0;

	return euid == perm->uid || euid == perm->cuid || euid == 0;
}

void kernel_to_ipc64_perm(struct kern_ipc_perm *in, struct ipc64_perm *out)
{
	memset(out, 0, sizeof(*out));
	out->key = in->key;
	out->uid = in->uid;
	out->gid = in->gid;
	out->cuid = in->cuid;
	out->cgid = in->cgid;
	out->mode = in->mode;
	out->seq = in->seq;
}

/* IPC_SET: the new owner and permission bits (the other mode bits stay). */
void ipc_update_perm(struct ipc64_perm *in, struct kern_ipc_perm *out)
{
	out->uid = in->uid;
	out->gid = in->gid;
	out->mode = (out->mode & ~S_IRWXUGO) | (in->mode & S_IRWXUGO);
}

/*
 * The *get calls: IPC_PRIVATE always makes a new object; a key finds its object,
 * or makes one with IPC_CREAT (ENOENT without).  An existing object with IPC_CREAT |
 * IPC_EXCL is EEXIST; otherwise the kind's more_checks, then the permission bits the
 * caller asks for (flg's low nine bits), decide.
 */
int ipcget(struct ipc_ids *ids, const struct ipc_ops *ops, struct ipc_params *params)
{
	struct kern_ipc_perm *perm;
	int err;

	if (params->key == IPC_PRIVATE)
		return ops->getnew(params);
	perm = ipc_findkey(ids, params->key);
	if (!perm)
		return (params->flg & IPC_CREAT) ? ops->getnew(params) : -ENOENT;
	if ((params->flg & IPC_CREAT) && (params->flg & IPC_EXCL))
		return -EEXIST;
	if (ops->more_checks) {
		err = ops->more_checks(perm, params);
		if (err)
			return err;
	}
	if (ipcperms(perm, params->flg))
		return -EACCES;
	return perm->id;
}
