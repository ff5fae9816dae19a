/*
 * sem.c - System V semaphores (Linux's ipc/sem.c): semget, semop/semtimedop, semctl.
 *
 * A semaphore array is nsems counters.  semop applies a list of operations to them
 * all or none: each adds sem_op to its semaphore (a negative one must not take it
 * below zero) or, with sem_op 0, waits for it to be zero.  When one cannot proceed
 * the caller sleeps in the array's pending queue (struct sem_queue, on its own
 * stack) in arrival order.  Whoever changes the values (semop, SETVAL, SETALL, an
 * exit's undo) runs update_queue: it retries the pending operations in order,
 * applies each that can proceed now on behalf of its sleeper and wakes it with
 * the result, as Linux does.  IPC_RMID wakes every sleeper with EIDRM.
 *
 * SEM_UNDO: each process keeps, per array it used so, the adjustment (semadj) that
 * undoes what it did; exit applies them.  Threads (CLONE_SYSVSEM) share the list.
 */
#include <linux/kernel.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/ipc.h>
#include <linux/sem.h>
#include <linux/syscalls.h>
#include <uapi/linux/sem.h>

#define CLONE_SYSVSEM	0x00040000
#define SEMOPM_FAST	64		/* operations copied to the stack; more are kmalloc'd */
#define SEM_WAITING	1		/* sem_queue.status while the operations wait */

struct sem {
	int	semval;
	int	sempid;			/* the last process to change it */
};

/* One sleeping semop. */
struct sem_queue {
	struct sem_queue	*next;
	struct task_struct	*sleeper;
	pid_t			pid;
	struct sembuf		*sops;
	int			nsops;
	struct sembuf		*blocking;	/* the operation that could not proceed */
	struct sem_undo		*undo;
	int			alter;		/* does it change values (or only wait for zero)? */
	int			status;		/* SEM_WAITING, then 0 or an error */
};

/* A process's adjustments for one array.  On the process's list and the array's. */
struct sem_undo {
	struct sem_undo		*list_proc;
	struct sem_undo		*list_id;
	struct sem_undo_list	*ulp;
	int			semid;
	short			semadj[];
};

struct sem_undo_list {
	int			refcnt;		/* tasks sharing it (CLONE_SYSVSEM) */
	struct sem_undo		*list_proc;
};

struct sem_array {
	struct kern_ipc_perm	sem_perm;
	time_t			sem_otime, sem_ctime;
	int			sem_nsems;
	struct sem_queue	*pending;	/* sleepers, first come first */
	struct sem_undo		*list_id;	/* undo entries for this array */
	struct sem		sems[];
};

static struct ipc_ids sem_ids;
static int used_sems;			/* semaphores in all arrays (SEMMNS) */

static struct sem_array *sem_of(struct kern_ipc_perm *perm)
{
	return IS_ERR(perm) ? (void *)perm : container_of(perm, struct sem_array, sem_perm);
}

static struct sem_array *sem_obtain_object_check(int semid)
{
	return sem_of(ipc_obtain_object_check(&sem_ids, semid));
}

static int newary(struct ipc_params *params)
{
	int nsems = params->size, id;
	struct sem_array *sma;

	if (!nsems)
		return -EINVAL;
	if (used_sems + nsems > SEMMNS)
		return -ENOSPC;
	sma = kzalloc(sizeof(*sma) + nsems * sizeof(struct sem), GFP_KERNEL);
	if (!sma)
		return -ENOMEM;
	sma->sem_perm.key = params->key;
	sma->sem_perm.mode = params->flg & S_IRWXUGO;
	sma->sem_nsems = nsems;
	sma->sem_ctime = ipc_time();
	id = ipc_addid(&sem_ids, &sma->sem_perm, SEMMNI);
	if (id < 0) {
		kfree(sma);
		return id;
	}
	used_sems += nsems;
	return id;
}

/* semget of an existing key: it must have at least the semaphores asked for. */
static int sem_more_checks(struct kern_ipc_perm *perm, struct ipc_params *params)
{
	return (int)params->size > sem_of(perm)->sem_nsems ? -EINVAL : 0;
}

static const struct ipc_ops sem_ops = {
	.getnew = newary,
	.more_checks = sem_more_checks,
};

SYSCALL_DEFINE3(semget, key_t, key, int, nsems, int, semflg)
{
	struct ipc_params params = { .key = key, .flg = semflg, .size = nsems };

	if (nsems < 0 || nsems > SEMMSL)
		return -EINVAL;
	return ipcget(&sem_ids, &sem_ops, &params);
}

/*
 * Try q's operations: all of them, or none.  Returns 0 when applied, 1 when one
 * must wait (q->blocking says which), -EAGAIN when that one has IPC_NOWAIT, or
 * -ERANGE when a value or an undo adjustment would leave its range.
 */
static int perform_atomic_semop(struct sem_array *sma, struct sem_queue *q)
{
	struct sembuf *sop;
	int result;

	for (sop = q->sops; sop < q->sops + q->nsops; sop++) {
		struct sem *curr = &sma->sems[sop->sem_num];

		result = curr->semval;
		if (!sop->sem_op && result)
			goto would_block;
		result += sop->sem_op;
		if (result < 0)
			goto would_block;
		if (result > SEMVMX)
			goto out_of_range;
		if (sop->sem_flg & SEM_UNDO) {
			int undo = q->undo->semadj[sop->sem_num] - sop->sem_op;

			if (undo < -SEMAEM - 1 || undo > SEMAEM)
				goto out_of_range;
			q->undo->semadj[sop->sem_num] = undo;
		}
		curr->semval = result;
	}
	for (sop = q->sops; sop < q->sops + q->nsops; sop++)
		sma->sems[sop->sem_num].sempid = q->pid;
	return 0;

out_of_range:
	result = -ERANGE;
	goto undo;
would_block:
	q->blocking = sop;
	result = (sop->sem_flg & IPC_NOWAIT) ? -EAGAIN : 1;
undo:
	while (--sop >= q->sops) {
		sma->sems[sop->sem_num].semval -= sop->sem_op;
		if (sop->sem_flg & SEM_UNDO)
			q->undo->semadj[sop->sem_num] += sop->sem_op;
	}
	return result;
}

static void wake_up_sem_queue(struct sem_queue *q, int status)
{
	q->status = status;
	wake_up_process(q->sleeper);
}

/*
 * The values changed: complete, in arrival order, every sleeping semop that can
 * proceed now.  One that changed values may let an earlier one proceed, so the
 * scan starts again after it.
 */
static void update_queue(struct sem_array *sma)
{
	struct sem_queue **link, *q;
	int error;

again:
	for (link = &sma->pending; (q = *link) != NULL;) {
		error = perform_atomic_semop(sma, q);
		if (error > 0) {
			link = &q->next;
			continue;
		}
		*link = q->next;
		wake_up_sem_queue(q, error);
		if (!error)
			sma->sem_otime = ipc_time();
		if (!error && q->alter)
			goto again;
	}
}

static void unlink_queue(struct sem_array *sma, struct sem_queue *q)
{
	struct sem_queue **link;

	for (link = &sma->pending; *link; link = &(*link)->next)
		if (*link == q) {
			*link = q->next;
			return;
		}
}

/* SETVAL and SETALL void the undo adjustments: of one semaphore, or of all (semnum -1). */
static void clear_semadj(struct sem_array *sma, int semnum)
{
	struct sem_undo *un;

	for (un = sma->list_id; un; un = un->list_id) {
		if (semnum >= 0)
			un->semadj[semnum] = 0;
		else
			memset(un->semadj, 0, sma->sem_nsems * sizeof(short));
	}
}

/* The calling process's undo list, made on first use. */
static struct sem_undo_list *get_undo_list(void)
{
	struct sem_undo_list *ulp = current->sysvsem_undo;

	if (!ulp) {
		ulp = kzalloc(sizeof(*ulp), GFP_KERNEL);
		if (!ulp)
			return NULL;
		ulp->refcnt = 1;
		current->sysvsem_undo = ulp;
	}
	return ulp;
}

/* The calling process's undo entry for array semid, made (all zero) on first use. */
static struct sem_undo *find_alloc_undo(struct sem_array *sma, int semid)
{
	struct sem_undo_list *ulp = get_undo_list();
	struct sem_undo *un;

	if (!ulp)
		return ERR_PTR(-ENOMEM);
	for (un = ulp->list_proc; un; un = un->list_proc)
		if (un->semid == semid)
			return un;
	un = kzalloc(sizeof(*un) + sma->sem_nsems * sizeof(short), GFP_KERNEL);
	if (!un)
		return ERR_PTR(-ENOMEM);
	un->semid = semid;
	un->ulp = ulp;
	un->list_proc = ulp->list_proc;
	ulp->list_proc = un;
	un->list_id = sma->list_id;
	sma->list_id = un;
	return un;
}

static void unlink_undo_from_proc(struct sem_undo *un)
{
	struct sem_undo **link;

	for (link = &un->ulp->list_proc; *link; link = &(*link)->list_proc)
		if (*link == un) {
			*link = un->list_proc;
			return;
		}
}

static void unlink_undo_from_array(struct sem_array *sma, struct sem_undo *un)
{
	struct sem_undo **link;

	for (link = &sma->list_id; *link; link = &(*link)->list_id)
		if (*link == un) {
			*link = un->list_id;
			return;
		}
}

/* Copy the operations in, and check them as Linux does before looking at the array. */
static long copy_sops(struct sembuf *sops, const struct sembuf __user *tsops, unsigned int nsops,
		      int *undos, int *alter)
{
	unsigned int i, max = 0;

	if (copy_from_user(sops, tsops, nsops * sizeof(*sops)))
		return -EFAULT;
	*undos = *alter = 0;
	for (i = 0; i < nsops; i++) {
		if (sops[i].sem_num >= max)
			max = sops[i].sem_num;
		if (sops[i].sem_flg & SEM_UNDO)
			*undos = 1;
		if (sops[i].sem_op)
			*alter = 1;
	}
	return max;
}

/*
 * Sleep until update_queue completes q (its status), IPC_RMID removes the array
 * (EIDRM), a signal comes (EINTR: semop is never restarted) or the deadline passes
 * (EAGAIN).  Only while q still waits is sma known to exist.
 */
static long sem_sleep(struct sem_array *sma, struct sem_queue *q, u64 deadline)
{
	struct sem_queue **link;
	long error;

	for (link = &sma->pending; *link; link = &(*link)->next)
		;
	*link = q;
	for (;;) {
		if (deadline && local_clock() >= deadline) {
			error = -EAGAIN;
			break;
		}
		current->wake_time = deadline;
		sleep_on(q);
		current->wake_time = 0;
		if (q->status != SEM_WAITING)
			return q->status;
		if (signal_pending(current)) {
			error = -EINTR;
			break;
		}
	}
	unlink_queue(sma, q);
	return error;
}

static long do_semtimedop(int semid, struct sembuf __user *tsops, unsigned int nsops,
			  const struct timespec __user *timeout)
{
	struct sembuf fast_sops[SEMOPM_FAST], *sops = fast_sops;
	struct sem_queue queue = { .sleeper = current, .pid = current->tgid, .status = SEM_WAITING };
	struct sem_array *sma;
	u64 deadline;
	int undos, alter;
	long error, max;

	if (nsops < 1 || semid < 0)
		return -EINVAL;
	if (nsops > SEMOPM)
		return -E2BIG;
	if (nsops > SEMOPM_FAST) {
		sops = kmalloc(nsops * sizeof(*sops), GFP_KERNEL);
		if (!sops)
			return -ENOMEM;
	}
	error = max = copy_sops(sops, tsops, nsops, &undos, &alter);
	if (error >= 0)
		error = timeout_deadline(timeout, &deadline);
	if (error < 0)
		goto out_free;
	sma = sem_obtain_object_check(semid);
	error = PTR_ERR(sma);
	if (IS_ERR(sma))
		goto out_free;
	error = -EFBIG;
	if (max >= sma->sem_nsems)
		goto out_free;
	error = -EACCES;
	if (ipcperms(&sma->sem_perm, alter ? S_IWUGO : S_IRUGO))
		goto out_free;
	if (undos) {
		queue.undo = find_alloc_undo(sma, semid);
		error = PTR_ERR(queue.undo);
		if (IS_ERR(queue.undo))
			goto out_free;
	}
	queue.sops = sops;
	queue.nsops = nsops;
	queue.alter = alter;
	error = perform_atomic_semop(sma, &queue);
	if (error == 0) {
		sma->sem_otime = ipc_time();
		if (alter)
			update_queue(sma);
	} else if (error > 0) {
		error = sem_sleep(sma, &queue, deadline);
	}
out_free:
	if (sops != fast_sops)
		kfree(sops);
	return error;
}

SYSCALL_DEFINE4(semtimedop, int, semid, struct sembuf __user *, tsops, unsigned int, nsops,
		const struct timespec __user *, timeout)
{
	return do_semtimedop(semid, tsops, nsops, timeout);
}

SYSCALL_DEFINE3(semop, int, semid, struct sembuf __user *, tsops, unsigned int, nsops)
{
	return do_semtimedop(semid, tsops, nsops, NULL);
}

/*
 * GETNCNT and GETZCNT: the sleepers whose blocking operation is on semaphore
 * semnum and waits for an increase (count_zero 0) or for zero (count_zero 1).
 */
static int count_semcnt(struct sem_array *sma, int semnum, int count_zero)
{
	struct sem_queue *q;
	int semcnt = 0;

	for (q = sma->pending; q; q = q->next) {
		if (q->blocking->sem_num != semnum)
			continue;
		if (count_zero ? q->blocking->sem_op == 0 : q->blocking->sem_op < 0)
			semcnt++;
	}
	return semcnt;
}

/* IPC_RMID: undo entries go, sleepers wake with EIDRM, the id and key are free. */
static void freeary(struct sem_array *sma)
{
	struct sem_undo *un;
	struct sem_queue *q;

	while ((un = sma->list_id) != NULL) {
		sma->list_id = un->list_id;
		unlink_undo_from_proc(un);
		kfree(un);
	}
	while ((q = sma->pending) != NULL) {
		sma->pending = q->next;
		wake_up_sem_queue(q, -EIDRM);
	}
	ipc_rmid(&sem_ids, &sma->sem_perm);
	used_sems -= sma->sem_nsems;
	kfree(sma);
}

static long semctl_stat(struct sem_array *sma, struct semid64_ds __user *buf)
{
	struct semid64_ds tbuf;

	if (ipcperms(&sma->sem_perm, S_IRUGO))
		return -EACCES;
	memset(&tbuf, 0, sizeof(tbuf));
	kernel_to_ipc64_perm(&sma->sem_perm, &tbuf.sem_perm);
	tbuf.sem_otime = sma->sem_otime;
	tbuf.sem_ctime = sma->sem_ctime;
	tbuf.sem_nsems = sma->sem_nsems;
	return copy_to_user(buf, &tbuf, sizeof(tbuf)) ? -EFAULT : 0;
}

/* IPC_INFO (the limits) and SEM_INFO (with the usage); both return the highest slot in use. */
static long semctl_info(int cmd, struct seminfo __user *buf)
{
	int maxid = ipc_get_maxid(&sem_ids);
	struct seminfo info = {
		.semmni = SEMMNI, .semmns = SEMMNS, .semmsl = SEMMSL, .semopm = SEMOPM,
		.semvmx = SEMVMX, .semmnu = SEMMNU, .semmap = SEMMAP, .semume = SEMUME,
		.semusz = SEMUSZ, .semaem = SEMAEM,
	};

	if (cmd == SEM_INFO) {
		info.semusz = sem_ids.in_use;
		info.semaem = used_sems;
	}
	if (copy_to_user(buf, &info, sizeof(info)))
		return -EFAULT;
	return maxid < 0 ? 0 : maxid;
}

static long semctl_setval(struct sem_array *sma, int semnum, int val)
{
	if (semnum < 0 || semnum >= sma->sem_nsems)
		return -EINVAL;
	if (ipcperms(&sma->sem_perm, S_IWUGO))
		return -EACCES;
	if (val > SEMVMX || val < 0)
		return -ERANGE;
	clear_semadj(sma, semnum);
	sma->sems[semnum].semval = val;
	sma->sems[semnum].sempid = current->tgid;
	sma->sem_ctime = ipc_time();
	update_queue(sma);
	return 0;
}

/* GETALL and SETALL move nsems unsigned shorts. */
static long semctl_all(struct sem_array *sma, int cmd, unsigned short __user *array)
{
	unsigned short fast[SEMOPM_FAST], *vals = fast;
	int nsems = sma->sem_nsems, i;
	long err = 0;

	if (ipcperms(&sma->sem_perm, cmd == SETALL ? S_IWUGO : S_IRUGO))
		return -EACCES;
	if (nsems > SEMOPM_FAST) {
		vals = kmalloc(nsems * sizeof(*vals), GFP_KERNEL);
		if (!vals)
			return -ENOMEM;
	}
	if (cmd == GETALL) {
		for (i = 0; i < nsems; i++)
			vals[i] = sma->sems[i].semval;
		if (copy_to_user(array, vals, nsems * sizeof(*vals)))
			err = -EFAULT;
		goto out;
	}
	if (copy_from_user(vals, array, nsems * sizeof(*vals))) {
		err = -EFAULT;
		goto out;
	}
	for (i = 0; i < nsems; i++)
		if (vals[i] > SEMVMX) {
			err = -ERANGE;
			goto out;
		}
	for (i = 0; i < nsems; i++) {
		sma->sems[i].semval = vals[i];
		sma->sems[i].sempid = current->tgid;
	}
	clear_semadj(sma, -1);
	sma->sem_ctime = ipc_time();
	update_queue(sma);
out:
	if (vals != fast)
		kfree(vals);
	return err;
}

/* GETVAL, GETPID, GETNCNT, GETZCNT: one semaphore's state. */
static long semctl_get(struct sem_array *sma, int semnum, int cmd)
{
	if (ipcperms(&sma->sem_perm, S_IRUGO))
		return -EACCES;
	if (semnum < 0 || semnum >= sma->sem_nsems)
		return -EINVAL;
	switch (cmd) {
	case GETVAL:
		return sma->sems[semnum].semval;
	case GETPID:
		return sma->sems[semnum].sempid;
	case GETNCNT:
		return count_semcnt(sma, semnum, 0);
	default:
		return count_semcnt(sma, semnum, 1);
	}
}

/* IPC_SET and IPC_RMID: the owner's (or root's) commands. */
static long semctl_down(struct sem_array *sma, int cmd, struct semid64_ds __user *buf)
{
	struct semid64_ds semid64;

	if (cmd == IPC_SET && copy_from_user(&semid64, buf, sizeof(semid64)))
		return -EFAULT;
	if (!ipc_may_change(&sma->sem_perm))
		return -EPERM;
	if (cmd == IPC_RMID) {
		freeary(sma);
		return 0;
	}
	ipc_update_perm(&semid64.sem_perm, &sma->sem_perm);
	sma->sem_ctime = ipc_time();
	return 0;
}

SYSCALL_DEFINE4(semctl, int, semid, int, semnum, int, cmd, unsigned long, arg)
{
	void __user *p = (void __user *)arg;
	struct sem_array *sma;
	long err;

	if (semid < 0)
		return -EINVAL;
	if (cmd == IPC_INFO || cmd == SEM_INFO)
		return semctl_info(cmd, p);
	if (cmd == SEM_STAT) {
		sma = sem_of(ipc_obtain_object_idx(&sem_ids, semid));
		if (IS_ERR(sma))
			return PTR_ERR(sma);
		err = semctl_stat(sma, p);
		return err ? err : sma->sem_perm.id;
	}
	sma = sem_obtain_object_check(semid);
	if (IS_ERR(sma))
		return PTR_ERR(sma);
	switch (cmd) {
	case IPC_STAT:
		return semctl_stat(sma, p);
	case GETALL:
	case SETALL:
		return semctl_all(sma, cmd, p);
	case GETVAL:
	case GETPID:
	case GETNCNT:
	case GETZCNT:
		return semctl_get(sma, semnum, cmd);
	case SETVAL:
		return semctl_setval(sma, semnum, (int)arg);
	case IPC_RMID:
	case IPC_SET:
		return semctl_down(sma, cmd, p);
	default:
		return -EINVAL;
	}
}

/* fork: a new process starts without adjustments; CLONE_SYSVSEM shares the list. */
int copy_semundo(unsigned long clone_flags, struct task_struct *tsk)
{
	struct sem_undo_list *ulp;

	tsk->sysvsem_undo = NULL;
	if (!(clone_flags & CLONE_SYSVSEM))
		return 0;
	ulp = get_undo_list();
	if (!ulp)
		return -ENOMEM;
	ulp->refcnt++;
	tsk->sysvsem_undo = ulp;
	return 0;
}

/* Apply one undo entry: each value moves by its adjustment, kept within 0..SEMVMX. */
static void apply_undo(struct sem_array *sma, struct sem_undo *un, pid_t pid)
{
	int i;

	for (i = 0; i < sma->sem_nsems; i++) {
		struct sem *sem = &sma->sems[i];

		if (!un->semadj[i])
			continue;
		sem->semval += un->semadj[i];
		if (sem->semval < 0)
			sem->semval = 0;
		if (sem->semval > SEMVMX)
			sem->semval = SEMVMX;
		sem->sempid = pid;
	}
	update_queue(sma);
}

/* A task ends: the last of those sharing the undo list applies its adjustments. */
void exit_sem(struct task_struct *tsk)
{
	struct sem_undo_list *ulp = tsk->sysvsem_undo;
	struct sem_undo *un;

	if (!ulp)
		return;
	tsk->sysvsem_undo = NULL;
	if (--ulp->refcnt)
		return;
	while ((un = ulp->list_proc) != NULL) {
		struct sem_array *sma = sem_obtain_object_check(un->semid);

		ulp->list_proc = un->list_proc;
		unlink_undo_from_array(sma, un);
		apply_undo(sma, un, tsk->tgid);
		kfree(un);
	}
	kfree(ulp);
}
