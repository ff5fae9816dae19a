/*
 * read_write.c - read, write and lseek, and the ramfs file operations
 * behind them for regular files and directories.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/uio.h>
#include <linux/syscalls.h>

static ssize_t ramfs_read(struct file *file, char __user *buf, size_t count, loff_t *pos)
{
	ssize_t n = ramfs_read_data(file->f_inode, *pos, (char *)buf, count, 1);

	if (n > 0)
		*pos += n;
	return n;
}

/*
 * RLIMIT_FSIZE (Linux's generic_write_checks): a write is cut short at the
 * limit; one that starts there gets SIGXFSZ and EFBIG.  Returns the count
 * that may be written, or -EFBIG.
 */
static long write_limit(loff_t pos, size_t count)
{
	unsigned long limit = rlimit(RLIMIT_FSIZE);

	if (!count || limit == RLIM_INFINITY)
		return (long)count;
	if ((unsigned long)pos >= limit) {
		send_sig(SIGXFSZ, current);
		return -EFBIG;
	}
	return (long)(count < limit - (unsigned long)pos ? count : limit - (unsigned long)pos);
}

static ssize_t ramfs_write(struct file *file, const char __user *buf, size_t count, loff_t *pos)
{
	long n;

	if (file->f_flags & O_APPEND)
		*pos = file->f_inode->i_size;
	n = write_limit(*pos, count);
	if (n <= 0)
		return n;
	count = (size_t)n;
	n = ramfs_write_data(file->f_inode, *pos, (const char *)buf, count, 1);
	if (n > 0)
		*pos += n;
	return n;
}

static ssize_t dir_read(struct file *file, char __user *buf, size_t count, loff_t *pos)
{
	return -EISDIR;
}

const struct file_operations ramfs_file_operations = {
	.read = ramfs_read,
	.write = ramfs_write,
};

const struct file_operations ramfs_dir_operations = {
	.read = dir_read,
};

/* Read file contents from kernel code (execve reads programs this way). */
ssize_t kernel_read(struct file *file, loff_t pos, char *buf, size_t count)
{
	return ramfs_read_data(file->f_inode, pos, buf, count, 0);
}

/*
 * A read or write that may sleep holds the file: another thread closing the
 * descriptor meanwhile must not free the pipe or socket under it.
 */
static ssize_t held_file_io(struct file *f, char __user *buf, size_t count, int write)
{
	ssize_t r;

	get_file(f);
	r = write ? f->f_op->write(f, buf, count, &f->f_pos) : f->f_op->read(f, buf, count, &f->f_pos);
	fput(f);
	return r;
}

SYSCALL_DEFINE3(read, unsigned int, fd, char __user *, buf, size_t, count)
{
	struct file *f = fget(fd);

	if (!f || !file_readable(f))
		return -EBADF;
	if (!f->f_op || !f->f_op->read)
		return -EINVAL;
	if (!access_ok(VERIFY_WRITE, buf, count))
		return -EFAULT;
	return held_file_io(f, buf, count, 0);
}

SYSCALL_DEFINE3(write, unsigned int, fd, const char __user *, buf, size_t, count)
{
	struct file *f = fget(fd);

	if (!f || !file_writable(f))
		return -EBADF;
	if (!f->f_op || !f->f_op->write)
		return -EINVAL;
	if (!access_ok(VERIFY_READ, buf, count))
		return -EFAULT;
	return held_file_io(f, (char __user *)buf, count, 1);
}

SYSCALL_DEFINE4(pread64, unsigned int, fd, char __user *, buf, size_t, count, loff_t, pos)
{
	struct file *f = fget(fd);

	if (!f || !file_readable(f))
		return -EBADF;
	if (!f->f_inode || !S_ISREG(f->f_inode->i_mode))
		return -ESPIPE;
	if (pos < 0)
		return -EINVAL;
	return f->f_op->read(f, buf, count, &pos);
}

SYSCALL_DEFINE4(pwrite64, unsigned int, fd, const char __user *, buf, size_t, count, loff_t, pos)
{
	struct file *f = fget(fd);

	if (!f || !file_writable(f))
		return -EBADF;
	if (!f->f_inode || !S_ISREG(f->f_inode->i_mode))
		return -ESPIPE;
	if (pos < 0)
		return -EINVAL;
	return f->f_op->write(f, buf, count, &pos);
}

/* readv/writev: one read/write per vector element, stopping at a short one. */
static long do_iov(unsigned int fd, const struct iovec __user *vec, unsigned long vlen, int write)
{
	long total = 0;
	unsigned long i;

	if (vlen > 1024)
		return -EINVAL;
	for (i = 0; i < vlen; i++) {
		struct iovec iov;
		long n;

		if (copy_from_user(&iov, vec + i, sizeof(iov)))
			return -EFAULT;
		if (!iov.iov_len)
			continue;
		n = write ? sys_write(fd, iov.iov_base, iov.iov_len)
			  : sys_read(fd, iov.iov_base, iov.iov_len);
		if (n < 0)
			return total ? total : n;
		total += n;
		if ((size_t)n < iov.iov_len)
			break;
	}
	return total;
}

SYSCALL_DEFINE3(readv, unsigned long, fd, const struct iovec __user *, vec, unsigned long, vlen)
{
	return do_iov(fd, vec, vlen, 0);
}

SYSCALL_DEFINE3(writev, unsigned long, fd, const struct iovec __user *, vec, unsigned long, vlen)
{
	return do_iov(fd, vec, vlen, 1);
}

SYSCALL_DEFINE3(lseek, unsigned int, fd, off_t, offset, unsigned int, whence)
{
	struct file *f = fget(fd);
	loff_t pos;

	if (!f)
		return -EBADF;
	if (!f->f_inode || !(S_ISREG(f->f_inode->i_mode) || S_ISDIR(f->f_inode->i_mode)))
		return -ESPIPE;
	switch (whence) {
	case SEEK_SET:
		pos = offset;
		break;
	case SEEK_CUR:
		pos = f->f_pos + offset;
		break;
	case SEEK_END:
		pos = f->f_inode->i_size + offset;
		break;
	default:
		return -EINVAL;
	}
	if (pos < 0)
		return -EINVAL;
	f->f_pos = pos;
	return pos;
}

/* Cut or extend (with zeros) a regular file to length bytes. */
long do_truncate(struct inode *inode, loff_t length)
{
	if (S_ISDIR(inode->i_mode))
		return -EISDIR;
	if (!S_ISREG(inode->i_mode))
		return -EINVAL;
	if (length < 0)
		return -EINVAL;
	/* Growing a file past RLIMIT_FSIZE: SIGXFSZ and EFBIG (Linux's inode_newsize_ok). */
	if (length > inode->i_size && rlimit(RLIMIT_FSIZE) != RLIM_INFINITY &&
	    (unsigned long)length > rlimit(RLIMIT_FSIZE)) {
		send_sig(SIGXFSZ, current);
		return -EFBIG;
	}
	ramfs_resize(inode, length);
	current_time(&inode->i_mtime);
	inode->i_ctime = inode->i_mtime;
	return 0;
}

SYSCALL_DEFINE2(ftruncate, unsigned int, fd, unsigned long, length)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	if (!f->f_inode || !S_ISREG(f->f_inode->i_mode))
		return -EINVAL;
	return do_truncate(f->f_inode, (loff_t)length);
}

/* RAM is the only storage: there is nothing to write back. */
SYSCALL_DEFINE1(fsync, unsigned int, fd)
{
	return fget(fd) ? 0 : -EBADF;
}

SYSCALL_DEFINE1(fdatasync, unsigned int, fd)
{
	return fget(fd) ? 0 : -EBADF;
}

SYSCALL_DEFINE0(sync)
{
	return 0;
}
