/*
 * posix_locks.c - fcntl record locks (F_GETLK, F_SETLK, F_SETLKW), as Linux keeps them:
 * byte ranges of an inode, each owned by a process (its tgid), read (shared) or write
 * (exclusive).  A process's own locks never conflict with each other: a new lock
 * replaces, splits or merges with the ones it overlaps.  They are not inherited by
 * fork, and all of a process's locks on a file go when it closes any descriptor for
 * that file, or exits.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <uapi/linux/fcntl.h>

#define OFFSET_MAX	0x7fffffffffffffffLL

/* The x86-64 struct flock. */
struct user_flock {
	short l_type;
	short l_whence;
	loff_t l_start;
	loff_t l_len;
	pid_t l_pid;
};

struct file_lock {
	struct file_lock *next;
	pid_t owner;
	int type;		/* F_RDLCK or F_WRLCK */
	loff_t start, end;	/* inclusive; end OFFSET_MAX: to the end of the file, however long */
};

/* The range a struct flock names, relative to whence (Linux's flock_to_posix_lock). */
static int flock_range(struct file *f, const struct user_flock *fl, loff_t *start, loff_t *end)
{
	loff_t base;

	switch (fl->l_whence) {
	case 0: base = 0; break;
	case 1: base = f->f_pos; break;
	case 2: base = f->f_inode->i_size; break;
	default: return -EINVAL;
	}
	if (fl->l_start > OFFSET_MAX - base)
		return -EOVERFLOW;
	*start = base + fl->l_start;
	if (*start < 0)
		return -EINVAL;
	if (fl->l_len > 0) {
		if (fl->l_len - 1 > OFFSET_MAX - *start)
			return -EOVERFLOW;
		*end = *start + fl->l_len - 1;
	} else if (fl->l_len < 0) {
		/* A negative length covers the bytes before start. */
		*end = *start - 1;
		*start += fl->l_len;
		if (*start < 0)
			return -EINVAL;
	} else {
		*end = OFFSET_MAX;
	}
	return 0;
}

/* Another process's lock over [start, end] that a lock of `type` may not coexist with. */
static struct file_lock *find_conflict(struct inode *inode, pid_t owner, int type, loff_t start, loff_t end)
{
	struct file_lock *l;

	for (l = inode->i_posix_locks; l; l = l->next)
		if (l->owner != owner && l->start <= end && start <= l->end &&
		    (type == F_WRLCK || l->type == F_WRLCK))
			return l;
	return NULL;
}

static struct file_lock *new_lock(pid_t owner, int type, loff_t start, loff_t end, struct file_lock *next)
{
	struct file_lock *l = kmalloc(sizeof(*l), GFP_KERNEL);

	if (l) {
		l->owner = owner;
		l->type = type;
		l->start = start;
		l->end = end;
		l->next = next;
	}
	return l;
}

/*
 * Take [start, end] out of owner's locks: a lock inside goes, one that overlaps an
 * edge is trimmed, one around the range is split in two.
 */
static int cut_range(struct inode *inode, pid_t owner, loff_t start, loff_t end)
{
	struct file_lock **pp = &inode->i_posix_locks, *l;

	while ((l = *pp) != NULL) {
		if (l->owner != owner || l->end < start || end < l->start) {
			pp = &l->next;
		} else if (l->start < start && l->end > end) {
			struct file_lock *tail = new_lock(owner, l->type, end + 1, l->end, l->next);

			if (!tail)
				return -ENOLCK;
			l->end = start - 1;
			l->next = tail;
			pp = &tail->next;
		} else if (l->start < start) {
			l->end = start - 1;
			pp = &l->next;
		} else if (l->end > end) {
			l->start = end + 1;
			pp = &l->next;
		} else {
			*pp = l->next;
			kfree(l);
		}
	}
	return 0;
}

/* Add owner's lock, absorbing its locks of the same type that touch or overlap it. */
static int add_lock(struct inode *inode, pid_t owner, int type, loff_t start, loff_t end)
{
	struct file_lock **pp = &inode->i_posix_locks, *l;

	while ((l = *pp) != NULL) {
		int touches = l->start <= (end == OFFSET_MAX ? end : end + 1) &&
			      start <= (l->end == OFFSET_MAX ? l->end : l->end + 1);

		if (l->owner == owner && l->type == type && touches) {
			start = min(start, l->start);
			end = max(end, l->end);
			*pp = l->next;
			kfree(l);
		} else {
			pp = &l->next;
		}
	}
	l = new_lock(owner, type, start, end, inode->i_posix_locks);
	if (!l)
		return -ENOLCK;
	inode->i_posix_locks = l;
	return 0;
}

/* Closing any descriptor of a file drops the process's locks on it (POSIX). */
void locks_remove_posix(struct file *f, pid_t owner)
{
	if (f->f_inode && f->f_inode->i_posix_locks) {
		cut_range(f->f_inode, owner, 0, OFFSET_MAX);
		wake_up(f->f_inode);
	}
}

static int getlk(struct file *f, struct user_flock *fl)
{
	struct file_lock *l;
	loff_t start, end;
	int err;

	if (fl->l_type != F_RDLCK && fl->l_type != F_WRLCK)
		return -EINVAL;
	err = flock_range(f, fl, &start, &end);
	if (err)
		return err;
	l = find_conflict(f->f_inode, current->tgid, fl->l_type, start, end);
	if (!l) {
		fl->l_type = F_UNLCK;
		return 0;
	}
	fl->l_type = l->type;
	fl->l_whence = 0;
	fl->l_start = l->start;
	fl->l_len = l->end == OFFSET_MAX ? 0 : l->end - l->start + 1;
	fl->l_pid = l->owner;
	return 0;
}

static int setlk(struct file *f, const struct user_flock *fl, int wait)
{
	struct inode *inode = f->f_inode;
	unsigned int mode = f->f_flags & O_ACCMODE;
	loff_t start, end;
	int err;

	/* Linux's order of complaints: the range, the type, then the file's access mode. */
	err = flock_range(f, fl, &start, &end);
	if (err)
		return err;
	if (fl->l_type != F_RDLCK && fl->l_type != F_WRLCK && fl->l_type != F_UNLCK)
		return -EINVAL;
	if ((fl->l_type == F_RDLCK && mode == O_WRONLY) || (fl->l_type == F_WRLCK && mode == O_RDONLY))
		return -EBADF;
	if (fl->l_type != F_UNLCK) {
		while (find_conflict(inode, current->tgid, fl->l_type, start, end)) {
			if (!wait)
				return -EAGAIN;
			if (signal_pending(current))
				return -ERESTARTSYS;
			sleep_on(inode);
		}
	}
	err = cut_range(inode, current->tgid, start, end);
	if (!err && fl->l_type != F_UNLCK)
		err = add_lock(inode, current->tgid, fl->l_type, start, end);
	/* A lock given up or shrunk may be what another process waits for. */
	wake_up(inode);
	return err;
}

/* fcntl's F_GETLK, F_SETLK and F_SETLKW. */
long fcntl_posix_lock(struct file *f, unsigned int cmd, void __user *ufl)
{
	struct user_flock fl;
	int err;

	if (!f->f_inode)
		return -EINVAL;
	if (copy_from_user(&fl, ufl, sizeof(fl)))
		return -EFAULT;
	if (cmd != F_GETLK)
		return setlk(f, &fl, cmd == F_SETLKW);
	err = getlk(f, &fl);
	if (!err && copy_to_user(ufl, &fl, sizeof(fl)))
		return -EFAULT;
	return err;
}
