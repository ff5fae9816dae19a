/*
 * fadvise.c - posix_fadvise: hints about how a file will be read.  Our files
 * live in RAM, as tmpfs's do, and like tmpfs (whose backing device is
 * Linux's noop_backing_dev_info) we check the hint and ignore it.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/syscalls.h>

#define POSIX_FADV_NORMAL	0
#define POSIX_FADV_RANDOM	1
#define POSIX_FADV_SEQUENTIAL	2
#define POSIX_FADV_WILLNEED	3
#define POSIX_FADV_DONTNEED	4
#define POSIX_FADV_NOREUSE	5

SYSCALL_DEFINE4(fadvise64, int, fd, loff_t, offset, size_t, len, int, advice)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	if (f->f_inode && S_ISFIFO(f->f_inode->i_mode))
		return -ESPIPE;
	if ((loff_t)len < 0)
		return -EINVAL;
	if (advice < POSIX_FADV_NORMAL || advice > POSIX_FADV_NOREUSE)
		return -EINVAL;
	return 0;
}
