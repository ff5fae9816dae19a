/*
 * file.c - open files and file descriptors.
 *
 * A struct file is shared by every descriptor (and every process, after
 * fork) that refers to it, so it counts its references; the last fput()
 * releases it.  current->files->fd[fd] is the descriptor table (shared by
 * the threads of a process).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/eventpoll.h>
#include <linux/mm.h>
#include <linux/syscalls.h>

struct file *alloc_file(struct inode *inode, unsigned int flags, const struct file_operations *fop)
{
	struct file *f = kzalloc(sizeof(*f), GFP_KERNEL);

	if (!f)
		return NULL;
	f->f_inode = inode;
	f->f_flags = flags;
	f->f_op = fop;
	f->f_count = 1;
	if (inode)
		iget(inode);
	return f;
}

struct file *fget(unsigned int fd)
{
	if (fd >= NR_OPEN)
		return NULL;
	return current->files->fd[fd];
}

void fput(struct file *file)
{
	if (--file->f_count > 0)
		return;
	eventpoll_release(file);
	locks_remove_flock(file);
	if (file->f_op && file->f_op->release)
		file->f_op->release(file->f_inode, file);
	if (file->f_inode)
		iput(file->f_inode);
	kfree(file);
}

/* One more than the highest descriptor the process may have: RLIMIT_NOFILE, at most the table. */
static unsigned int files_limit(void)
{
	unsigned long limit = rlimit(RLIMIT_NOFILE);

	return limit < NR_OPEN ? (unsigned int)limit : NR_OPEN;
}

/* The lowest free descriptor from minfd on, or -EMFILE (open, pipe, socket, dup...). */
static int alloc_fd(unsigned int minfd)
{
	unsigned int fd, limit = files_limit();

	for (fd = minfd; fd < limit; fd++)
		if (!current->files->fd[fd])
			return (int)fd;
	return -EMFILE;
}

int get_unused_fd(void)
{
	return alloc_fd(0);
}

void fd_install(unsigned int fd, struct file *file)
{
	current->files->fd[fd] = file;
	current->files->close_on_exec &= ~(1UL << fd);
}

int do_close(unsigned int fd)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	current->files->fd[fd] = NULL;
	current->files->close_on_exec &= ~(1UL << fd);
	filp_close(f);
	return 0;
}

/* One descriptor of f closes: what the file does then, the caller's record locks, the reference. */
void filp_close(struct file *f)
{
	if (f->f_op && f->f_op->flush)
		f->f_op->flush(f);
	locks_remove_posix(f, current->tgid);
	fput(f);
}

void close_files(void)
{
	int fd;

	for (fd = 0; fd < NR_OPEN; fd++)
		if (current->files->fd[fd])
			do_close(fd);
}

void close_on_exec(void)
{
	int fd;

	for (fd = 0; fd < NR_OPEN; fd++)
		if (current->files->close_on_exec & (1UL << fd))
			do_close(fd);
}

SYSCALL_DEFINE1(close, unsigned int, fd)
{
	return do_close(fd);
}

/* Make newfd (>= minfd if newfd < 0: the lowest free one) refer to oldfd's file. */
static long do_dup(unsigned int oldfd, int newfd, int minfd, int cloexec)
{
	struct file *f = fget(oldfd);

	if (!f)
		return -EBADF;
	if (newfd < 0) {
		newfd = alloc_fd((unsigned int)minfd);
		if (newfd < 0)
			return newfd;
	} else if ((unsigned int)newfd >= files_limit()) {
		return -EBADF;
	} else if (current->files->fd[newfd] == f) {
		return newfd;
	} else if (current->files->fd[newfd]) {
		do_close(newfd);
	}
	f->f_count++;
	fd_install(newfd, f);
	if (cloexec)
		current->files->close_on_exec |= 1UL << newfd;
	return newfd;
}

SYSCALL_DEFINE1(dup, unsigned int, fildes)
{
	return do_dup(fildes, -1, 0, 0);
}

/* A newfd at or past RLIMIT_NOFILE is EBADF, as Linux. */
SYSCALL_DEFINE3(dup3, unsigned int, oldfd, unsigned int, newfd, int, flags)
{
	if (flags & ~O_CLOEXEC)
		return -EINVAL;
	if (oldfd == newfd)
		return -EINVAL;
	if (newfd >= files_limit())
		return -EBADF;
	return do_dup(oldfd, (int)newfd, 0, flags & O_CLOEXEC);
}

SYSCALL_DEFINE2(dup2, unsigned int, oldfd, unsigned int, newfd)
{
	if (!fget(oldfd))
		return -EBADF;
	if (oldfd == newfd)
		return newfd;
	return sys_dup3(oldfd, newfd, 0);
}

SYSCALL_DEFINE3(fcntl, unsigned int, fd, unsigned int, cmd, unsigned long, arg)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if (arg >= files_limit())
			return -EINVAL;
		return do_dup(fd, -1, (int)arg, cmd == F_DUPFD_CLOEXEC);
	case F_GETFD:
		return (current->files->close_on_exec >> fd) & 1;
	case F_SETFD:
		if (arg & FD_CLOEXEC)
			current->files->close_on_exec |= 1UL << fd;
		else
			current->files->close_on_exec &= ~(1UL << fd);
		return 0;
	case F_GETFL:
		return f->f_flags;
	case F_SETFL:
		f->f_flags = (f->f_flags & ~(O_APPEND | O_NONBLOCK)) | (arg & (O_APPEND | O_NONBLOCK));
		return 0;
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
		return fcntl_posix_lock(f, cmd, (void __user *)arg);
	case F_ADD_SEALS:
	case F_GET_SEALS:
		return shmem_fcntl(f, cmd, arg);
	default:
		return -EINVAL;
	}
}
