/*
 * readahead.c - readahead: bring a range of a file into the page cache.
 * Our regular files are always all there; the call checks its arguments,
 * as Linux's does before it asks the file system.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/syscalls.h>

SYSCALL_DEFINE3(readahead, int, fd, loff_t, offset, size_t, count)
{
	struct file *f = fget(fd);

	if (!f || !file_readable(f))
		return -EBADF;
	if (!f->f_inode || !S_ISREG(f->f_inode->i_mode))
		return -EINVAL;
	return 0;
}
