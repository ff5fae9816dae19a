/*
 * read_write.c - read, write and lseek, and the ramfs file operations
 * behind them for regular files and directories.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/uio.h>
#include <linux/slab.h>
#include <linux/mm.h>
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

/*
 * What a sealed file lets a write of count bytes at pos store: none with
 * F_SEAL_WRITE (a write of nothing is no write); with F_SEAL_GROW, the pages wholly below the end, as Linux
 * checks page by page (shmem_write_begin).
 */
static ssize_t sealed_write_count(struct inode *inode, loff_t pos, size_t count)
{
	loff_t below_end;

	if (!count)
		return 0;
	if (inode->i_seals & F_SEAL_WRITE)
		return -EPERM;
	if (!(inode->i_seals & F_SEAL_GROW) || pos + (loff_t)count <= inode->i_size)
		return count;
	below_end = (inode->i_size & PAGE_MASK) - pos;
	return below_end > 0 ? below_end : -EPERM;
}

static ssize_t ramfs_write(struct file *file, const char __user *buf, size_t count, loff_t *pos)
{
	ssize_t n;

	if (file->f_flags & O_APPEND)
		*pos = file->f_inode->i_size;
	/* RLIMIT_FSIZE first, then the seals, as Linux's generic_write_checks and shmem_write_begin. */
	n = write_limit(*pos, count);
	if (n <= 0)
		return n;
	n = sealed_write_count(file->f_inode, *pos, (size_t)n);
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
	.fallocate = shmem_fallocate,
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

/* preadv2/pwritev2's flags that Linux 4.7 knows (uapi/linux/fs.h); RAM needs none of them */
#define RWF_HIPRI	0x00000001
#define RWF_DSYNC	0x00000002
#define RWF_SYNC	0x00000004
#define RWF_SUPPORTED	(RWF_HIPRI | RWF_DSYNC | RWF_SYNC)

/*
 * Linux's rw_verify_area for our files: a negative count or a range that
 * runs past the largest offset is EINVAL.
 */
int rw_verify_area(loff_t pos, size_t count)
{
	if ((ssize_t)count < 0 || pos < 0 || (loff_t)(pos + count) < 0)
		return -EINVAL;
	return 0;
}

/*
 * One ->read or ->write per vector element, stopping at a short one, as
 * Linux does for files without ->read_iter.
 */
static ssize_t do_loop_readv_writev(struct file *f, struct iov_iter *iter, loff_t *ppos, int write)
{
	ssize_t total = 0;

	for (; iter->nr_segs; iter->iov++, iter->nr_segs--) {
		char __user *base = iter->iov->iov_base;
		size_t len = iter->iov->iov_len;
		ssize_t n;

		if (!len)
			continue;
		n = write ? f->f_op->write(f, base, len, ppos) : f->f_op->read(f, base, len, ppos);
		if (n < 0)
			return total ? total : n;
		total += n;
		if ((size_t)n < len)
			break;
	}
	return total;
}

/* readv, writev and their positioned forms on an open file, with Linux's checks in its order. */
static ssize_t vfs_readv_writev(struct file *f, const struct iovec __user *vec, unsigned long vlen,
				loff_t *ppos, int flags, int write)
{
	struct iovec *iov;
	struct iov_iter iter;
	ssize_t ret;

	if (write ? !file_writable(f) : !file_readable(f))
		return -EBADF;
	if (!f->f_op || !(write ? f->f_op->write != NULL : f->f_op->read != NULL))
		return -EINVAL;
	ret = import_iovec(vec, vlen, &iov, &iter);
	if (ret < 0)
		return ret;
	if (iov_iter_count(&iter)) {
		ret = rw_verify_area(*ppos, iov_iter_count(&iter));
		if (!ret && (flags & ~RWF_SUPPORTED))
			ret = -EOPNOTSUPP;
		if (!ret) {
			get_file(f);	/* a sleeping read keeps its pipe or socket */
			ret = do_loop_readv_writev(f, &iter, ppos, write);
			fput(f);
		}
	}
	kfree(iov);
	return ret;
}

/* At the file's own position (readv, writev, and the v2 calls given offset -1). */
static ssize_t do_readv_writev(unsigned long fd, const struct iovec __user *vec, unsigned long vlen,
			       int flags, int write)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	return vfs_readv_writev(f, vec, vlen, &f->f_pos, flags, write);
}

/* At pos, leaving the file's position alone. */
static ssize_t do_preadv_pwritev(unsigned long fd, const struct iovec __user *vec, unsigned long vlen,
				 loff_t pos, int flags, int write)
{
	struct file *f;

	if (pos < 0)
		return -EINVAL;
	f = fget(fd);
	if (!f)
		return -EBADF;
	if (!file_has_offsets(f))
		return -ESPIPE;
	return vfs_readv_writev(f, vec, vlen, &pos, flags, write);
}

SYSCALL_DEFINE3(readv, unsigned long, fd, const struct iovec __user *, vec, unsigned long, vlen)
{
	return do_readv_writev(fd, vec, vlen, 0, 0);
}

SYSCALL_DEFINE3(writev, unsigned long, fd, const struct iovec __user *, vec, unsigned long, vlen)
{
	return do_readv_writev(fd, vec, vlen, 0, 1);
}

/* The offset comes in two halves for 32-bit callers; on x86-64 pos_l holds all of it. */
SYSCALL_DEFINE5(preadv, unsigned long, fd, const struct iovec __user *, vec, unsigned long, vlen,
		unsigned long, pos_l, unsigned long, pos_h)
{
	return do_preadv_pwritev(fd, vec, vlen, (loff_t)pos_l, 0, 0);
}

SYSCALL_DEFINE5(pwritev, unsigned long, fd, const struct iovec __user *, vec, unsigned long, vlen,
		unsigned long, pos_l, unsigned long, pos_h)
{
	return do_preadv_pwritev(fd, vec, vlen, (loff_t)pos_l, 0, 1);
}

SYSCALL_DEFINE6(preadv2, unsigned long, fd, const struct iovec __user *, vec, unsigned long, vlen,
		unsigned long, pos_l, unsigned long, pos_h, int, flags)
{
	if ((loff_t)pos_l == -1)
		return do_readv_writev(fd, vec, vlen, flags, 0);
	return do_preadv_pwritev(fd, vec, vlen, (loff_t)pos_l, flags, 0);
}

SYSCALL_DEFINE6(pwritev2, unsigned long, fd, const struct iovec __user *, vec, unsigned long, vlen,
		unsigned long, pos_l, unsigned long, pos_h, int, flags)
{
	if ((loff_t)pos_l == -1)
		return do_readv_writev(fd, vec, vlen, flags, 1);
	return do_preadv_pwritev(fd, vec, vlen, (loff_t)pos_l, flags, 1);
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
	if ((length < inode->i_size && (inode->i_seals & F_SEAL_SHRINK)) ||
	    (length > inode->i_size && (inode->i_seals & F_SEAL_GROW)))
		return -EPERM;
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
