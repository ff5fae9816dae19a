/*
 * locks.c - flock: advisory whole-file locks, held by an open file (shared
 * by dup and fork, as in Linux) and dropped when it is closed for the last
 * time.  Many LOCK_SH holders, or one LOCK_EX holder, per inode; a request
 * that conflicts waits, or fails with EWOULDBLOCK under LOCK_NB.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/signal.h>
#include <linux/syscalls.h>

#define LOCK_SH	1
#define LOCK_EX	2
#define LOCK_NB	4
#define LOCK_UN	8

static void release_flock(struct file *f)
{
	struct inode *inode = f->f_inode;

	if (f->f_flock == LOCK_SH)
		inode->i_flock_shared--;
	else if (f->f_flock == LOCK_EX)
		inode->i_flock_excl = NULL;
	if (f->f_flock)
		wake_up(inode);
	f->f_flock = 0;
}

void locks_remove_flock(struct file *file)
{
	if (file->f_inode && file->f_flock)
		release_flock(file);
}

/* Would taking `type` on f's inode conflict with another open file's lock? */
static int conflicts(struct file *f, int type)
{
	struct inode *inode = f->f_inode;
	int others_shared = inode->i_flock_shared - (f->f_flock == LOCK_SH);

	if (inode->i_flock_excl && inode->i_flock_excl != f)
		return 1;
	return type == LOCK_EX && others_shared > 0;
}

SYSCALL_DEFINE2(flock, unsigned int, fd, unsigned int, cmd)
{
	struct file *f = fget(fd);
	int type = cmd & ~LOCK_NB;

	if (!f)
		return -EBADF;
	if (type == LOCK_UN) {
		locks_remove_flock(f);
		return 0;
	}
	if (type != LOCK_SH && type != LOCK_EX)
		return -EINVAL;
	if (!f->f_inode)
		return -EINVAL;
	/* Converting a lock drops it first, as Linux does (not atomic). */
	if (f->f_flock && f->f_flock != type)
		release_flock(f);
	while (conflicts(f, type)) {
		if (cmd & LOCK_NB)
			return -EWOULDBLOCK;
		if (signal_pending(current))
			return -ERESTARTSYS;
		sleep_on(f->f_inode);
	}
	if (f->f_flock == type)
		return 0;
	f->f_flock = type;
	if (type == LOCK_SH)
		f->f_inode->i_flock_shared++;
	else
		f->f_inode->i_flock_excl = f;
	return 0;
}
