/*
 * splice.c - moving data between files without a user buffer in between:
 * splice (a pipe and any file, or two pipes), tee (pipe to pipe, leaving
 * the source unread), vmsplice (user memory and a pipe), and sendfile and
 * copy_file_range, which Linux builds on the same machinery.
 *
 * Linux lends page references from one side to the other; our pipe is one
 * ring buffer, so we copy through a kernel page instead.  set_fs(KERNEL_DS)
 * lets every file's read and write (ramfs, devices, sockets, pipes) take
 * that kernel buffer where it expects a user one.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/uio.h>
#include <linux/uaccess.h>
#include <linux/pipe_fs_i.h>
#include <linux/syscalls.h>

/* splice, tee and vmsplice flags (linux/splice.h); only NONBLOCK changes what we do */
#define SPLICE_F_MOVE		0x01
#define SPLICE_F_NONBLOCK	0x02
#define SPLICE_F_MORE		0x04
#define SPLICE_F_GIFT		0x08

/* A file's read or write, on a kernel buffer. */
static ssize_t kernel_file_io(struct file *f, char *buf, size_t count, loff_t *ppos, int write)
{
	mm_segment_t old_fs = get_fs();
	ssize_t r;

	set_fs(KERNEL_DS);
	r = write ? f->f_op->write(f, buf, count, ppos) : f->f_op->read(f, buf, count, ppos);
	set_fs(old_fs);
	return r;
}

static int can_read(struct file *f)
{
	return f->f_op && f->f_op->read;
}

static int can_write(struct file *f)
{
	return f->f_op && f->f_op->write;
}

/*
 * Wait until the pipe holds data (Linux's ipipe_prep): 1 then, 0 if it is
 * empty with no writer left, or an error.
 */
static int wait_for_pipe_data(struct pipe_inode_info *pipe, unsigned int flags)
{
	while (!pipe_bytes(pipe)) {
		if (!pipe->writers)
			return 0;
		if (flags & SPLICE_F_NONBLOCK)
			return -EAGAIN;
		sleep_on(pipe);
		if (signal_pending(current))
			return -ERESTARTSYS;
	}
	return 1;
}

/* Wait until the pipe has room (Linux's opipe_prep); with no reader left, SIGPIPE and EPIPE. */
static int wait_for_pipe_space(struct pipe_inode_info *pipe, unsigned int flags)
{
	for (;;) {
		if (!pipe->readers) {
			send_sig(SIGPIPE, current);
			return -EPIPE;
		}
		if (pipe_space(pipe))
			return 0;
		if (flags & SPLICE_F_NONBLOCK)
			return -EAGAIN;
		sleep_on(pipe);
		if (signal_pending(current))
			return -ERESTARTSYS;
	}
}

/*
 * Bytes leave the pipe only once their reader took them.  Another reader
 * of the same pipe may have run while ours slept: never consume past head.
 */
static void pipe_consume(struct pipe_inode_info *pipe, size_t n)
{
	pipe->tail += min(n, pipe_bytes(pipe));
	wake_up(pipe);
}

static char *get_bounce_page(void)
{
	return (char *)__get_free_page(GFP_KERNEL);
}

static void put_bounce_page(char *buf)
{
	free_page((unsigned long)buf);
}

/* The other side of a pipe's splice: a file at *ppos, or user memory (Linux's struct splice_desc). */
struct splice_desc {
	struct file *file;
	loff_t *ppos;
	struct iov_iter *iter;
};

/*
 * Move bytes between buf and the other side (Linux's splice actors): out of a
 * pipe, how many of the n at buf it took; into one (into_pipe), how many of
 * room for n it gave.  Or an error.
 */
typedef ssize_t (*splice_actor)(struct splice_desc *sd, char *buf, size_t n, int into_pipe);

static ssize_t file_actor(struct splice_desc *sd, char *buf, size_t n, int into_pipe)
{
	return kernel_file_io(sd->file, buf, n, sd->ppos, !into_pipe);
}

static ssize_t user_actor(struct splice_desc *sd, char *buf, size_t n, int into_pipe)
{
	size_t copied = into_pipe ? copy_from_iter(buf, n, sd->iter) : copy_to_iter(buf, n, sd->iter);

	return copied ? (ssize_t)copied : -EFAULT;
}

/*
 * What the pipe holds, up to len, once it holds something, to the actor
 * (Linux's __splice_from_pipe).  What the actor does not take stays.
 */
static ssize_t splice_from_pipe(struct pipe_inode_info *pipe, size_t len, unsigned int flags,
				splice_actor actor, struct splice_desc *sd)
{
	ssize_t done = 0;
	char *buf;
	int ret = wait_for_pipe_data(pipe, flags);

	if (ret <= 0)
		return ret;
	buf = get_bounce_page();
	if (!buf)
		return -ENOMEM;
	while ((size_t)done < len && pipe_bytes(pipe)) {
		size_t n = pipe_peek(pipe, buf, min(len - done, (size_t)PAGE_SIZE));
		ssize_t w = actor(sd, buf, n, 0);

		if (w < 0) {
			if (!done)
				done = w;
			break;
		}
		pipe_consume(pipe, w);
		done += w;
		if ((size_t)w < n)
			break;
	}
	put_bounce_page(buf);
	return done;
}

/*
 * Into a pipe: what one call of the actor gives, at most the room the pipe
 * has (Linux's splice_to_pipe).  A file's read that slept may find the pipe
 * fuller: then wait for room for the rest, as a write would.
 */
static ssize_t splice_to_pipe(struct pipe_inode_info *pipe, size_t len, unsigned int flags,
			      splice_actor actor, struct splice_desc *sd)
{
	ssize_t n;
	size_t filled = 0;
	char *buf;
	int ret = wait_for_pipe_space(pipe, flags);

	if (ret)
		return ret;
	buf = get_bounce_page();
	if (!buf)
		return -ENOMEM;
	n = actor(sd, buf, min(len, pipe_space(pipe)), 1);
	while (n > 0 && filled < (size_t)n) {
		filled += pipe_fill(pipe, buf + filled, n - filled);
		wake_up(pipe);
		if (filled < (size_t)n && wait_for_pipe_space(pipe, 0))
			break;
	}
	put_bounce_page(buf);
	return n > 0 ? (ssize_t)filled : n;
}

/*
 * Pipe to pipe: as much as is there and fits, waiting for data and for
 * room first (Linux's splice_pipe_to_pipe and, not consuming, link_pipe).
 */
static ssize_t pipe_to_pipe(struct pipe_inode_info *ipipe, struct pipe_inode_info *opipe,
			    size_t len, unsigned int flags, int consume)
{
	size_t n;
	char *buf;
	int ret = wait_for_pipe_data(ipipe, flags);

	if (ret < 0)
		return ret;
	ret = wait_for_pipe_space(opipe, flags);
	if (ret)
		return ret;
	buf = get_bounce_page();
	if (!buf)
		return -ENOMEM;
	n = pipe_peek(ipipe, buf, min(len, pipe_space(opipe)));
	pipe_fill(opipe, buf, n);
	if (consume)
		pipe_consume(ipipe, n);
	wake_up(opipe);
	put_bounce_page(buf);
	return n;
}

/* A user's offset for the non-pipe side of a splice, or the file's position. */
static int get_splice_offset(struct file *f, loff_t __user *uoff, loff_t *pos)
{
	if (!uoff) {
		*pos = f->f_pos;
		return 0;
	}
	if (!file_has_offsets(f))
		return -EINVAL;
	return copy_from_user(pos, uoff, sizeof(*pos)) ? -EFAULT : 0;
}

/* Where a splice left the non-pipe side: back to the user's offset, or the file's position. */
static long put_splice_offset(struct file *f, loff_t __user *uoff, loff_t pos, long ret)
{
	if (!uoff)
		f->f_pos = pos;
	else if (copy_to_user(uoff, &pos, sizeof(pos)))
		return -EFAULT;
	return ret;
}

/* Linux's do_splice: one end must be a pipe; the other may give an offset. */
static long do_splice(struct file *in, loff_t __user *off_in, struct file *out,
		      loff_t __user *off_out, size_t len, unsigned int flags)
{
	struct pipe_inode_info *ipipe = get_pipe_info(in), *opipe = get_pipe_info(out);
	struct splice_desc sd = { 0 };
	loff_t offset;
	long ret;

	if (ipipe && opipe) {
		if (off_in || off_out)
			return -ESPIPE;
		if (ipipe == opipe)
			return -EINVAL;
		return pipe_to_pipe(ipipe, opipe, len, flags, 1);
	}
	if (ipipe) {
		if (off_in)
			return -ESPIPE;
		ret = get_splice_offset(out, off_out, &offset);
		if (ret)
			return ret;
		if (out->f_flags & O_APPEND || !can_write(out))
			return -EINVAL;
		ret = rw_verify_area(offset, len);
		if (ret)
			return ret;
		sd.file = out;
		sd.ppos = &offset;
		ret = splice_from_pipe(ipipe, len, flags, file_actor, &sd);
		return put_splice_offset(out, off_out, offset, ret);
	}
	if (opipe) {
		if (off_out)
			return -ESPIPE;
		ret = get_splice_offset(in, off_in, &offset);
		if (ret)
			return ret;
		ret = rw_verify_area(offset, len);
		if (ret)
			return ret;
		if (!can_read(in))
			return -EINVAL;
		sd.file = in;
		sd.ppos = &offset;
		ret = splice_to_pipe(opipe, min(len, (size_t)MAX_RW_COUNT), flags, file_actor, &sd);
		return put_splice_offset(in, off_in, offset, ret);
	}
	return -EINVAL;
}

/*
 * The two open files of a call that may sleep, held so that another thread
 * closing the descriptors cannot free them meanwhile: 0, or EBADF when
 * either is missing or open the wrong way.
 */
static int get_file_pair(int fd_in, struct file **in, int fd_out, struct file **out)
{
	*in = fget(fd_in);
	if (!*in || !file_readable(*in))
		return -EBADF;
	*out = fget(fd_out);
	if (!*out || !file_writable(*out))
		return -EBADF;
	get_file(*in);
	get_file(*out);
	return 0;
}

static long put_file_pair(struct file *in, struct file *out, long ret)
{
	fput(out);
	fput(in);
	return ret;
}

SYSCALL_DEFINE6(splice, int, fd_in, loff_t __user *, off_in, int, fd_out,
		loff_t __user *, off_out, size_t, len, unsigned int, flags)
{
	struct file *in, *out;
	long ret;

	if (!len)
		return 0;
	ret = get_file_pair(fd_in, &in, fd_out, &out);
	if (ret)
		return ret;
	return put_file_pair(in, out, do_splice(in, off_in, out, off_out, len, flags));
}

SYSCALL_DEFINE4(tee, int, fdin, int, fdout, size_t, len, unsigned int, flags)
{
	struct pipe_inode_info *ipipe, *opipe;
	struct file *in, *out;
	long ret;

	if (!len)
		return 0;
	ret = get_file_pair(fdin, &in, fdout, &out);
	if (ret)
		return ret;
	ipipe = get_pipe_info(in);
	opipe = get_pipe_info(out);
	ret = -EINVAL;
	if (ipipe && opipe && ipipe != opipe)
		ret = pipe_to_pipe(ipipe, opipe, len, flags, 0);
	return put_file_pair(in, out, ret);
}

/* User memory into a pipe: what fits, waiting only while nothing does. */
static long vmsplice_to_pipe(struct pipe_inode_info *pipe, struct iov_iter *iter, unsigned int flags)
{
	struct splice_desc sd = { .iter = iter };

	return splice_to_pipe(pipe, iov_iter_count(iter), flags, user_actor, &sd);
}

/* A pipe into user memory, as readv would (Linux's vmsplice_to_user). */
static long vmsplice_to_user(struct pipe_inode_info *pipe, struct iov_iter *iter, unsigned int flags)
{
	struct splice_desc sd = { .iter = iter };

	return splice_from_pipe(pipe, iov_iter_count(iter), flags, user_actor, &sd);
}

SYSCALL_DEFINE4(vmsplice, int, fd, const struct iovec __user *, uiov,
		unsigned long, nr_segs, unsigned int, flags)
{
	struct pipe_inode_info *pipe;
	struct iov_iter iter;
	struct iovec *iov;
	struct file *f;
	long ret;

	if (nr_segs > UIO_MAXIOV)
		return -EINVAL;
	if (!nr_segs)
		return 0;
	f = fget(fd);
	pipe = f ? get_pipe_info(f) : NULL;
	if (!pipe)
		return -EBADF;
	ret = import_iovec(uiov, nr_segs, &iov, &iter);
	if (ret)
		return ret;
	get_file(f);
	if (!iov_iter_count(&iter))
		ret = 0;
	else if (file_writable(f))
		ret = vmsplice_to_pipe(pipe, &iter, flags);
	else
		ret = vmsplice_to_user(pipe, &iter, flags);
	fput(f);
	kfree(iov);
	return ret;
}

/*
 * From a regular file at *ppos to any file at *out_pos, a page at a time
 * (Linux's do_splice_direct, behind sendfile and copy_file_range).  What
 * out did not take is given back to in's offset.
 */
static ssize_t do_splice_direct(struct file *in, loff_t *ppos, struct file *out, loff_t *out_pos,
				size_t len)
{
	ssize_t done = 0;
	char *buf;

	if (!in->f_inode || !S_ISREG(in->f_inode->i_mode))
		return -EINVAL;
	if (out->f_flags & O_APPEND || !can_read(in) || !can_write(out))
		return -EINVAL;
	buf = get_bounce_page();
	if (!buf)
		return -ENOMEM;
	while ((size_t)done < len) {
		ssize_t n = kernel_file_io(in, buf, min(len - done, (size_t)PAGE_SIZE), ppos, 0);
		ssize_t w;

		if (n <= 0) {
			if (!done)
				done = n;
			break;
		}
		w = kernel_file_io(out, buf, n, out_pos, 1);
		*ppos -= n - (w > 0 ? w : 0);
		if (w < 0 && !done)
			done = w;
		if (w <= 0)
			break;
		done += w;
		if (w < n)
			break;
	}
	put_bounce_page(buf);
	return done;
}

/*
 * sendfile: count bytes of in, from *ppos or its position, to out at its
 * position (a pipe or socket has none to move).
 */
static long do_sendfile(int out_fd, int in_fd, loff_t *ppos, size_t count)
{
	struct file *in = fget(in_fd), *out;
	loff_t pos, out_pos;
	long ret;

	if (!in || !file_readable(in))
		return -EBADF;
	if (ppos && !file_has_offsets(in))
		return -ESPIPE;
	pos = ppos ? *ppos : in->f_pos;
	ret = rw_verify_area(pos, count);
	if (ret)
		return ret;
	if (count > MAX_RW_COUNT)
		count = MAX_RW_COUNT;
	out = fget(out_fd);
	if (!out || !file_writable(out))
		return -EBADF;
	out_pos = out->f_pos;
	ret = rw_verify_area(out_pos, count);
	if (ret)
		return ret;
	get_file(in);
	get_file(out);
	ret = do_splice_direct(in, &pos, out, &out_pos, count);
	if (ret > 0) {
		out->f_pos = out_pos;
		if (ppos)
			*ppos = pos;
		else
			in->f_pos = pos;
	}
	return put_file_pair(in, out, ret);
}

SYSCALL_DEFINE4(sendfile64, int, out_fd, int, in_fd, loff_t __user *, offset, size_t, count)
{
	loff_t pos;
	long ret;

	if (!offset)
		return do_sendfile(out_fd, in_fd, NULL, count);
	if (copy_from_user(&pos, offset, sizeof(pos)))
		return -EFAULT;
	ret = do_sendfile(out_fd, in_fd, &pos, count);
	if (copy_to_user(offset, &pos, sizeof(pos)))
		return -EFAULT;
	return ret;
}

/* Linux 4.7's vfs_copy_file_range: both regular files of one file system. */
static ssize_t vfs_copy_file_range(struct file *in, loff_t *pos_in, struct file *out, loff_t *pos_out,
				   size_t len, unsigned int flags)
{
	struct inode *inode_in = in->f_inode, *inode_out = out->f_inode;
	ssize_t ret;

	if (flags)
		return -EINVAL;
	if (!inode_in || !inode_out)
		return -EINVAL;
	if (S_ISDIR(inode_in->i_mode) || S_ISDIR(inode_out->i_mode))
		return -EISDIR;
	if (!S_ISREG(inode_in->i_mode) || !S_ISREG(inode_out->i_mode))
		return -EINVAL;
	if (rw_verify_area(*pos_in, len) || rw_verify_area(*pos_out, len))
		return -EINVAL;
	if (!file_readable(in) || !file_writable(out) || (out->f_flags & O_APPEND))
		return -EBADF;
	if (inode_in->i_sb != inode_out->i_sb)
		return -EXDEV;
	if (!len)
		return 0;
	get_file(in);
	get_file(out);
	ret = do_splice_direct(in, pos_in, out, pos_out, min(len, (size_t)MAX_RW_COUNT));
	return put_file_pair(in, out, ret);
}

SYSCALL_DEFINE6(copy_file_range, int, fd_in, loff_t __user *, off_in, int, fd_out,
		loff_t __user *, off_out, size_t, len, unsigned int, flags)
{
	struct file *in = fget(fd_in), *out = fget(fd_out);
	loff_t pos_in, pos_out;
	ssize_t ret;

	if (!in || !out)
		return -EBADF;
	pos_in = in->f_pos;
	pos_out = out->f_pos;
	if ((off_in && copy_from_user(&pos_in, off_in, sizeof(pos_in))) ||
	    (off_out && copy_from_user(&pos_out, off_out, sizeof(pos_out))))
		return -EFAULT;
	ret = vfs_copy_file_range(in, &pos_in, out, &pos_out, len, flags);
	if (ret <= 0)
		return ret;
	ret = put_splice_offset(in, off_in, pos_in, ret);
	return ret < 0 ? ret : put_splice_offset(out, off_out, pos_out, ret);
}
