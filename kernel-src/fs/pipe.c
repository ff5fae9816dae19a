/*
 * pipe.c - pipes: a 4 KiB ring buffer with a read end and a write end.
 *
 * Reading an empty pipe sleeps until data arrives, or returns 0 (end of
 * file) once every write end is closed.  Writing sleeps while the buffer
 * is full; writing with no read end left raises SIGPIPE and fails with
 * EPIPE.  A FIFO (mkfifo) is the same pipe, found through its inode by
 * every open of the name.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/syscalls.h>
#include <linux/pipe_fs_i.h>
#include <uapi/linux/magic.h>

/* Where pipe(2)'s pipes live (a FIFO's inode is on the file system holding its name). */
static struct super_block pipefs_sb = {
	.s_magic = PIPEFS_MAGIC,
};

static ssize_t pipe_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct pipe_inode_info *pipe = file->private_data;
	size_t done = 0;

	while (pipe->head == pipe->tail) {
		if (!pipe->writers)
			return 0;
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		sleep_on(pipe);
		if (signal_pending(current))
			return -ERESTARTSYS;
	}
	while (done < count && pipe->tail != pipe->head) {
		size_t off = pipe->tail % PIPE_SIZE;
		size_t n = pipe->head - pipe->tail;

		if (n > PIPE_SIZE - off)
			n = PIPE_SIZE - off;
		if (n > count - done)
			n = count - done;
		if (copy_to_user(buf + done, pipe->buf + off, n))
			return done ? (ssize_t)done : -EFAULT;
		pipe->tail += n;
		done += n;
	}
	wake_up(pipe);
	return done;
}

static ssize_t pipe_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	struct pipe_inode_info *pipe = file->private_data;
	size_t done = 0;

	while (done < count) {
		size_t off, n;

		if (!pipe->readers) {
			send_sig(SIGPIPE, current);
			return done ? (ssize_t)done : -EPIPE;
		}
		if (pipe->head - pipe->tail == PIPE_SIZE) {
			if (file->f_flags & O_NONBLOCK) {
				if (!done)
					return -EAGAIN;
				break;		/* what fitted is written: wake the reader below */
			}
			wake_up(pipe);
			sleep_on(pipe);
			if (signal_pending(current))
				return done ? (ssize_t)done : -ERESTARTSYS;
			continue;
		}
		off = pipe->head % PIPE_SIZE;
		n = PIPE_SIZE - (pipe->head - pipe->tail);
		if (n > PIPE_SIZE - off)
			n = PIPE_SIZE - off;
		if (n > count - done)
			n = count - done;
		if (copy_from_user(pipe->buf + off, buf + done, n))
			return done ? (ssize_t)done : -EFAULT;
		pipe->head += n;
		done += n;
	}
	wake_up(pipe);
	return done;
}

static void pipe_release(struct inode *inode, struct file *file)
{
	struct pipe_inode_info *pipe = file->private_data;
	int mode = file->f_flags & O_ACCMODE;

	if (mode != O_WRONLY)
		pipe->readers--;
	if (mode != O_RDONLY)
		pipe->writers--;
	wake_up(pipe);
	if (!pipe->readers && !pipe->writers) {
		if (inode && inode->i_pipe == pipe)
			inode->i_pipe = NULL;	/* a FIFO's next open starts afresh */
		kfree(pipe);
	}
}

/* Readable: data, or no writer left (end of file).  Writable: room, and a reader. */
static unsigned int pipe_poll(struct file *file, poll_table *wait)
{
	struct pipe_inode_info *pipe = file->private_data;
	int mode = file->f_flags & O_ACCMODE;
	unsigned int mask = 0;

	poll_wait(file, pipe, wait);

	if (mode != O_WRONLY) {
		if (pipe->head != pipe->tail)
			mask |= POLLIN | POLLRDNORM;
		if (!pipe->writers)
			mask |= POLLHUP;
	}
	if (mode != O_RDONLY) {
		if (pipe->head - pipe->tail < PIPE_SIZE)
			mask |= POLLOUT | POLLWRNORM;
		if (!pipe->readers)
			mask |= POLLERR;
	}
	return mask;
}

static const struct file_operations pipe_fops = {
	.read = pipe_read,
	.write = pipe_write,
	.release = pipe_release,
	.poll = pipe_poll,
};

/* The pipe behind an open file, or NULL if it is not a pipe or FIFO. */
struct pipe_inode_info *get_pipe_info(struct file *file)
{
	return file->f_op == &pipe_fops ? file->private_data : NULL;
}

/*
 * Copy up to len of the oldest bytes into a kernel buffer without consuming
 * them (tee, and splice until it knows how much its reader took).
 */
size_t pipe_peek(struct pipe_inode_info *pipe, char *buf, size_t len)
{
	size_t done = 0;

	if (len > pipe_bytes(pipe))
		len = pipe_bytes(pipe);
	while (done < len) {
		size_t off = (pipe->tail + done) % PIPE_SIZE;
		size_t n = PIPE_SIZE - off;

		if (n > len - done)
			n = len - done;
		memcpy(buf + done, pipe->buf + off, n);
		done += n;
	}
	return done;
}

/* Append up to len bytes of a kernel buffer, as many as there is room for. */
size_t pipe_fill(struct pipe_inode_info *pipe, const char *buf, size_t len)
{
	size_t done = 0;

	if (len > pipe_space(pipe))
		len = pipe_space(pipe);
	while (done < len) {
		size_t off = pipe->head % PIPE_SIZE;
		size_t n = PIPE_SIZE - off;

		if (n > len - done)
			n = len - done;
		memcpy(pipe->buf + off, buf + done, n);
		pipe->head += n;
		done += n;
	}
	return done;
}

/*
 * Opening a FIFO: as POSIX says, a reader waits for a writer and a writer for
 * a reader (unless O_NONBLOCK: then a reader goes ahead, and a writer without
 * a reader fails with ENXIO); O_RDWR is both ends and never waits.
 */
int fifo_open(struct inode *inode, struct file *file)
{
	struct pipe_inode_info *pipe = inode->i_pipe;
	int mode = file->f_flags & O_ACCMODE, nonblock = file->f_flags & O_NONBLOCK;
	unsigned int seen;

	if (!pipe) {
		pipe = kzalloc(sizeof(*pipe), GFP_KERNEL);
		if (!pipe)
			return -ENOMEM;
		inode->i_pipe = pipe;
	}
	if (mode == O_WRONLY && nonblock && !pipe->readers) {
		if (!pipe->writers) {
			inode->i_pipe = NULL;
			kfree(pipe);
		}
		return -ENXIO;
	}
	file->f_op = &pipe_fops;
	file->private_data = pipe;
	if (mode != O_WRONLY) {
		pipe->readers++;
		pipe->r_counter++;
	}
	if (mode != O_RDONLY) {
		pipe->writers++;
		pipe->w_counter++;
	}
	wake_up(pipe);
	if (mode == O_RDWR || nonblock)
		return 0;
	/*
	 * Wait for the other end to have been opened, not to be open now: a
	 * writer may open, write and close before this reader runs again.
	 */
	seen = mode == O_RDONLY ? pipe->w_counter : pipe->r_counter;
	while ((mode == O_RDONLY ? !pipe->writers : !pipe->readers) &&
	       seen == (mode == O_RDONLY ? pipe->w_counter : pipe->r_counter)) {
		sleep_on(pipe);
		if (signal_pending(current)) {
			pipe_release(inode, file);
			file->f_op = NULL;
			return -ERESTARTSYS;
		}
	}
	return 0;
}

SYSCALL_DEFINE2(pipe2, int __user *, fildes, int, flags)
{
	struct pipe_inode_info *pipe;
	struct inode *inode;
	struct file *rf, *wf;
	int fd[2];

	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return -EINVAL;
	pipe = kzalloc(sizeof(*pipe), GFP_KERNEL);
	inode = ramfs_get_inode(S_IFIFO | 0600, 0);
	if (!pipe || !inode) {
		kfree(pipe);
		kfree(inode);
		return -ENFILE;
	}
	inode->i_nlink = 0;		/* anonymous: freed with its last file */
	inode->i_sb = &pipefs_sb;
	rf = alloc_file(inode, O_RDONLY | (flags & O_NONBLOCK), &pipe_fops);
	wf = alloc_file(inode, O_WRONLY | (flags & O_NONBLOCK), &pipe_fops);
	if (!rf || !wf)
		panic("pipe: out of memory");
	rf->private_data = wf->private_data = pipe;
	pipe->readers = pipe->writers = 1;

	fd[0] = get_unused_fd();
	if (fd[0] >= 0)
		fd_install(fd[0], rf);
	fd[1] = get_unused_fd();
	if (fd[0] < 0 || fd[1] < 0) {
		if (fd[0] >= 0)
			current->files->fd[fd[0]] = NULL;
		fput(rf);
		fput(wf);
		return -EMFILE;
	}
	fd_install(fd[1], wf);
	if (flags & O_CLOEXEC)
		current->files->close_on_exec |= (1UL << fd[0]) | (1UL << fd[1]);
	if (copy_to_user(fildes, fd, sizeof(fd))) {
		do_close(fd[0]);
		do_close(fd[1]);
		return -EFAULT;
	}
	return 0;
}

SYSCALL_DEFINE1(pipe, int __user *, fildes)
{
	return sys_pipe2(fildes, 0);
}
