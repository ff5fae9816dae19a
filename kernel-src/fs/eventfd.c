/*
 * eventfd.c - a file that is a 64-bit counter: write adds to it, read takes
 * it (or, with EFD_SEMAPHORE, one of it) and resets it.  Reads wait while it
 * is 0 and writes while the sum would reach 2^64 - 1; poll and epoll see
 * POLLIN while it is above 0 and POLLOUT while 1 more can be added.  Programs
 * use it to wake an event loop from another thread or process.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/anon_inodes.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>

#define EFD_SEMAPHORE	(1 << 0)
#define EFD_CLOEXEC	O_CLOEXEC
#define EFD_NONBLOCK	O_NONBLOCK
#define EFD_SHARED_FCNTL_FLAGS	(O_CLOEXEC | O_NONBLOCK)
#define EFD_FLAGS_SET	(EFD_SHARED_FCNTL_FLAGS | EFD_SEMAPHORE)

#define ULLONG_MAX	(~0ULL)

struct eventfd_ctx {
	u64 count;
	unsigned int flags;	/* EFD_SEMAPHORE */
};

/*
 * Sleep on ctx until ready(ctx, arg) holds: -EAGAIN for a non-blocking
 * file, -ERESTARTSYS when a signal comes first.
 */
static int eventfd_wait(struct file *file, struct eventfd_ctx *ctx, int (*ready)(struct eventfd_ctx *, u64), u64 arg)
{
	while (!ready(ctx, arg)) {
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		sleep_on(ctx);
		if (signal_pending(current))
			return -ERESTARTSYS;
	}
	return 0;
}

static int count_positive(struct eventfd_ctx *ctx, u64 unused)
{
	(void)unused;
	return ctx->count > 0;
}

/* Adding ucnt keeps the counter below ULLONG_MAX. */
static int room_for(struct eventfd_ctx *ctx, u64 ucnt)
{
	return ULLONG_MAX - ctx->count > ucnt;
}

static ssize_t eventfd_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct eventfd_ctx *ctx = file->private_data;
	u64 ucnt;
	int err;

	(void)ppos;
	if (count < sizeof(ucnt))
		return -EINVAL;
	err = eventfd_wait(file, ctx, count_positive, 0);
	if (err)
		return err;
	ucnt = (ctx->flags & EFD_SEMAPHORE) ? 1 : ctx->count;
	ctx->count -= ucnt;
	wake_up(ctx);		/* writers waiting for room */
	/* As Linux: the counter is taken even if the buffer then faults. */
	return copy_to_user(buf, &ucnt, sizeof(ucnt)) ? -EFAULT : (ssize_t)sizeof(ucnt);
}

static ssize_t eventfd_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	struct eventfd_ctx *ctx = file->private_data;
	u64 ucnt;
	int err;

	(void)ppos;
	if (count < sizeof(ucnt))
		return -EINVAL;
	if (copy_from_user(&ucnt, buf, sizeof(ucnt)))
		return -EFAULT;
	if (ucnt == ULLONG_MAX)
		return -EINVAL;
	err = eventfd_wait(file, ctx, room_for, ucnt);
	if (err)
		return err;
	ctx->count += ucnt;
	wake_up(ctx);		/* readers waiting for a count */
	return sizeof(ucnt);
}

static unsigned int eventfd_poll(struct file *file, poll_table *wait)
{
	struct eventfd_ctx *ctx = file->private_data;
	unsigned int events = 0;

	poll_wait(file, ctx, wait);
	if (ctx->count > 0)
		events |= POLLIN;
	if (ctx->count == ULLONG_MAX)
		events |= POLLERR;	/* only the kernel's own eventfd_signal could get it there */
	if (ULLONG_MAX - 1 > ctx->count)
		events |= POLLOUT;
	return events;
}

static void eventfd_release(struct inode *inode, struct file *file)
{
	(void)inode;
	kfree(file->private_data);
}

static const struct file_operations eventfd_fops = {
	.read = eventfd_read,
	.write = eventfd_write,
	.release = eventfd_release,
	.poll = eventfd_poll,
};

SYSCALL_DEFINE2(eventfd2, unsigned int, count, int, flags)
{
	struct eventfd_ctx *ctx;
	int fd;

	if (flags & ~EFD_FLAGS_SET)
		return -EINVAL;
	ctx = kzalloc(sizeof(*ctx), GFP_KERNEL);
	if (!ctx)
		return -ENOMEM;
	ctx->count = count;
	ctx->flags = flags & EFD_SEMAPHORE;
	fd = anon_inode_getfd("[eventfd]", &eventfd_fops, ctx, O_RDWR | (flags & EFD_SHARED_FCNTL_FLAGS));
	if (fd < 0)
		kfree(ctx);
	return fd;
}

SYSCALL_DEFINE1(eventfd, unsigned int, count)
{
	return sys_eventfd2(count, 0);
}
