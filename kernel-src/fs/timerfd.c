/*
 * timerfd.c - a timer as a file: timerfd_settime arms it (once, or with an
 * interval), and reading it returns how many times it expired since the
 * last read (8 bytes), waiting for the first.  Poll and epoll see POLLIN
 * while there are expirations to read.
 *
 * A timer keeps its deadline on its own clock: CLOCK_REALTIME's is
 * local_clock() plus the boot date, the others' local_clock() itself.
 * Expirations are counted when someone looks (read, poll, gettime) and at
 * the timer interrupt (timerfd_run), which wakes whoever waits for one.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/time.h>
#include <linux/timerfd.h>
#include <linux/anon_inodes.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>
#include <asm/setup.h>

#define TFD_TIMER_ABSTIME	(1 << 0)
#define TFD_TIMER_CANCEL_ON_SET	(1 << 1)	/* accepted; our real-time clock is never set */
#define TFD_CLOEXEC		O_CLOEXEC
#define TFD_NONBLOCK		O_NONBLOCK
#define TFD_CREATE_FLAGS	(TFD_CLOEXEC | TFD_NONBLOCK)
#define TFD_SETTIME_FLAGS	(TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET)

/* The alarm clocks wake a suspended system; we never suspend, so they are the plain clocks. */
#define CLOCK_REALTIME_ALARM	8
#define CLOCK_BOOTTIME_ALARM	9

#define KTIME_MAX	((u64)0x7fffffffffffffffULL)

struct itimerspec {
	struct timespec it_interval;
	struct timespec it_value;
};

struct timerfd_ctx {
	struct timerfd_ctx *next;	/* in timerfd_list */
	int clockid;
	u64 expires;			/* the next expiry, on clockid; 0: disarmed */
	u64 interval;			/* ns between expiries; 0: expires once */
	u64 ticks;			/* expiries not read yet */
};

/* Every timerfd, for the timer interrupt; and the earliest deadline among them, in local_clock(). */
static struct timerfd_ctx *timerfd_list;
static u64 timerfd_next_expiry = ~0ULL;

/* What the timer's clock reads beyond local_clock(). */
static u64 clock_offset(struct timerfd_ctx *ctx)
{
	if (ctx->clockid == CLOCK_REALTIME || ctx->clockid == CLOCK_REALTIME_ALARM)
		return (u64)boot_epoch * NSEC_PER_SEC;
	return 0;
}

/* A valid timespec in ns, saturated at KTIME_MAX as Linux's ktime. */
static u64 timespec_to_ns_sat(const struct timespec *ts)
{
	if ((u64)ts->tv_sec >= KTIME_MAX / NSEC_PER_SEC)
		return KTIME_MAX;
	return (u64)ts->tv_sec * NSEC_PER_SEC + (u64)ts->tv_nsec;
}

static int timespec_valid(const struct timespec *ts)
{
	return ts->tv_sec >= 0 && ts->tv_nsec >= 0 && ts->tv_nsec < NSEC_PER_SEC;
}

/* Count the expiries up to local_clock() mono; a periodic timer moves on to its next one. */
static void timerfd_update(struct timerfd_ctx *ctx, u64 mono)
{
	u64 now = mono + clock_offset(ctx), missed;

	if (!ctx->expires || now < ctx->expires)
		return;
	if (!ctx->interval) {
		ctx->ticks++;
		ctx->expires = 0;
		return;
	}
	missed = (now - ctx->expires) / ctx->interval + 1;
	ctx->ticks += missed;
	ctx->expires += missed * ctx->interval;
}

static void recompute_next_expiry(void)
{
	struct timerfd_ctx *ctx;

	timerfd_next_expiry = ~0ULL;
	for (ctx = timerfd_list; ctx; ctx = ctx->next) {
		u64 off = clock_offset(ctx), at = ctx->expires > off ? ctx->expires - off : 0;

		if (ctx->expires && at < timerfd_next_expiry)
			timerfd_next_expiry = at;
	}
}

/* From the timer interrupt: timers that expired wake their readers and pollers. */
void timerfd_run(u64 mono)
{
	struct timerfd_ctx *ctx;

	if (mono < timerfd_next_expiry)
		return;
	for (ctx = timerfd_list; ctx; ctx = ctx->next) {
		if (ctx->expires && ctx->expires <= mono + clock_offset(ctx)) {
			timerfd_update(ctx, mono);
			wake_up(ctx);
		}
	}
	recompute_next_expiry();
}

static ssize_t timerfd_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct timerfd_ctx *ctx = file->private_data;
	u64 ticks;

	(void)ppos;
	if (count < sizeof(ticks))
		return -EINVAL;
	for (;;) {
		timerfd_update(ctx, local_clock());
		if (ctx->ticks)
			break;
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		sleep_on(ctx);
		if (signal_pending(current))
			return -ERESTARTSYS;
	}
	ticks = ctx->ticks;
	ctx->ticks = 0;
	return copy_to_user(buf, &ticks, sizeof(ticks)) ? -EFAULT : (ssize_t)sizeof(ticks);
}

static unsigned int timerfd_poll(struct file *file, poll_table *wait)
{
	struct timerfd_ctx *ctx = file->private_data;

	poll_wait(file, ctx, wait);
	timerfd_update(ctx, local_clock());
	return ctx->ticks ? POLLIN : 0;
}

static void timerfd_release(struct inode *inode, struct file *file)
{
	struct timerfd_ctx *ctx = file->private_data, **p;

	(void)inode;
	for (p = &timerfd_list; *p != ctx; p = &(*p)->next)
		;
	*p = ctx->next;
	recompute_next_expiry();
	kfree(ctx);
}

static const struct file_operations timerfd_fops = {
	.read = timerfd_read,
	.release = timerfd_release,
	.poll = timerfd_poll,
};

SYSCALL_DEFINE2(timerfd_create, int, clockid, int, flags)
{
	struct timerfd_ctx *ctx;
	int fd;

	if ((flags & ~TFD_CREATE_FLAGS) ||
	    (clockid != CLOCK_MONOTONIC && clockid != CLOCK_REALTIME && clockid != CLOCK_REALTIME_ALARM &&
	     clockid != CLOCK_BOOTTIME && clockid != CLOCK_BOOTTIME_ALARM))
		return -EINVAL;
	ctx = kzalloc(sizeof(*ctx), GFP_KERNEL);
	if (!ctx)
		return -ENOMEM;
	ctx->clockid = clockid;
	fd = anon_inode_getfd("[timerfd]", &timerfd_fops, ctx, O_RDWR | (flags & TFD_CREATE_FLAGS));
	if (fd < 0) {
		kfree(ctx);
		return fd;
	}
	ctx->next = timerfd_list;
	timerfd_list = ctx;
	return fd;
}

/* The timerfd behind descriptor ufd: -EBADF, or -EINVAL for another kind of file. */
static struct timerfd_ctx *timerfd_fget(int ufd, long *err)
{
	struct file *file = fget(ufd);

	*err = !file ? -EBADF : file->f_op != &timerfd_fops ? -EINVAL : 0;
	return *err ? NULL : file->private_data;
}

/* The time left to the next expiry and the interval, as gettime reports them. */
static void timerfd_get(struct timerfd_ctx *ctx, u64 mono, struct itimerspec *t)
{
	timerfd_update(ctx, mono);
	ns_to_timespec(ctx->expires ? ctx->expires - (mono + clock_offset(ctx)) : 0, &t->it_value);
	ns_to_timespec(ctx->interval, &t->it_interval);
}

/* The deadline it_value sets on the timer's clock (0: disarm); an absolute one may be past. */
static u64 timerfd_deadline(struct timerfd_ctx *ctx, int flags, const struct timespec *value, u64 mono)
{
	u64 ns = timespec_to_ns_sat(value), now = mono + clock_offset(ctx);

	if (!ns || (flags & TFD_TIMER_ABSTIME))
		return ns;
	return ns > KTIME_MAX - now ? KTIME_MAX : now + ns;
}

SYSCALL_DEFINE4(timerfd_settime, int, ufd, int, flags, const struct itimerspec __user *, utmr,
		struct itimerspec __user *, otmr)
{
	struct itimerspec new, old;
	struct timerfd_ctx *ctx;
	u64 now = local_clock();
	long err;

	if (copy_from_user(&new, utmr, sizeof(new)))
		return -EFAULT;
	if ((flags & ~TFD_SETTIME_FLAGS) || !timespec_valid(&new.it_value) || !timespec_valid(&new.it_interval))
		return -EINVAL;
	ctx = timerfd_fget(ufd, &err);
	if (!ctx)
		return err;
	timerfd_get(ctx, now, &old);
	ctx->ticks = 0;
	ctx->interval = timespec_to_ns_sat(&new.it_interval);
	ctx->expires = timerfd_deadline(ctx, flags, &new.it_value, now);
	recompute_next_expiry();
	if (otmr && copy_to_user(otmr, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE2(timerfd_gettime, int, ufd, struct itimerspec __user *, otmr)
{
	struct itimerspec kotmr;
	struct timerfd_ctx *ctx;
	long err;

	ctx = timerfd_fget(ufd, &err);
	if (!ctx)
		return err;
	timerfd_get(ctx, local_clock(), &kotmr);
	return copy_to_user(otmr, &kotmr, sizeof(kotmr)) ? -EFAULT : 0;
}
