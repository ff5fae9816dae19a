/*
 * sync.c - writing files back to their disks.  Ours are in RAM, as on
 * tmpfs: there is nothing to write, so these calls only check what they
 * are given (fsync, fdatasync and sync are in read_write.c).
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/syscalls.h>

#define SYNC_FILE_RANGE_WAIT_BEFORE	1
#define SYNC_FILE_RANGE_WRITE		2
#define SYNC_FILE_RANGE_WAIT_AFTER	4
#define VALID_FLAGS (SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER)

/* The range is checked before the descriptor, as Linux 4.7 does. */
SYSCALL_DEFINE4(sync_file_range, int, fd, loff_t, offset, loff_t, nbytes, unsigned int, flags)
{
	loff_t endbyte = offset + nbytes;
	struct file *f;
	umode_t mode;

	if (flags & ~VALID_FLAGS)
		return -EINVAL;
	if (offset < 0 || endbyte < 0 || endbyte < offset)
		return -EINVAL;
	f = fget(fd);
	if (!f)
		return -EBADF;
	mode = f->f_inode ? f->f_inode->i_mode : 0;
	if (!S_ISREG(mode) && !S_ISBLK(mode) && !S_ISDIR(mode) && !S_ISLNK(mode))
		return -ESPIPE;
	return 0;
}

SYSCALL_DEFINE1(syncfs, int, fd)
{
	return fget(fd) ? 0 : -EBADF;
}
