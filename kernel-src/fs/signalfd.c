/*
 * signalfd.c - signals as a file: reading a signalfd takes pending signals
 * of its mask (the caller blocks them, so no handler runs) and returns one
 * struct signalfd_siginfo for each; poll and epoll see POLLIN while one is
 * pending.  As in Linux, the file looks at the pending signals of whoever
 * reads or polls it, and send_sig_info wakes its readers (signalfd_notify).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/signalfd.h>
#include <linux/anon_inodes.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>

#define SFD_CLOEXEC	O_CLOEXEC
#define SFD_NONBLOCK	O_NONBLOCK

#define SI_QUEUE_CODE	(-1)	/* sigqueue */
#define SI_TIMER	(-2)	/* a POSIX timer */
#define SI_MESGQ	(-3)	/* mq_notify */

/* What read returns per signal: 128 bytes, as x86-64 Linux lays them out. */
struct signalfd_siginfo {
	u32 ssi_signo;
	s32 ssi_errno;
	s32 ssi_code;
	u32 ssi_pid;
	u32 ssi_uid;
	s32 ssi_fd;
	u32 ssi_tid;
	u32 ssi_band;
	u32 ssi_overrun;
	u32 ssi_trapno;
	s32 ssi_status;
	s32 ssi_int;
	u64 ssi_ptr;
	u64 ssi_utime;
	u64 ssi_stime;
	u64 ssi_addr;
	u16 ssi_addr_lsb;
	u8 __pad[46];
};

struct signalfd_ctx {
	sigset_t sigmask;	/* the signals it takes (never SIGKILL or SIGSTOP) */
};

/* A signal was queued for p: readers and pollers of signalfds look again. */
void signalfd_notify(struct task_struct *p, int sig)
{
	(void)sig;
	wake_up(p->sighand);
}

/* The lowest pending signal of the mask, or 0. */
static int next_signal(sigset_t pending, sigset_t mask)
{
	sigset_t x = pending & mask;
	int sig;

	if (!x)
		return 0;
	for (sig = 1; !(x & sigmask(sig)); sig++)
		;
	return sig;
}

static int is_fault(const struct ksiginfo *info)
{
	int sig = info->signo;

	return info->code > 0 && info->code != SI_KERNEL &&
	       (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE || sig == SIGTRAP);
}

/* The fields Linux's signalfd_copyinfo fills for the kind of siginfo this is. */
static void signalfd_copyinfo(struct signalfd_siginfo *new, const struct ksiginfo *info)
{
	memset(new, 0, sizeof(*new));
	new->ssi_signo = info->signo;
	new->ssi_code = info->code;
	if (is_fault(info)) {
		new->ssi_addr = info->addr;
		return;
	}
	new->ssi_pid = info->pid;
	new->ssi_uid = info->uid;
	if (info->signo == SIGCHLD && info->code > 0 && info->code != SI_KERNEL) {
		new->ssi_status = (s32)info->value;	/* CLD_*: the exit code or signal */
		return;
	}
	if (info->code == SI_QUEUE_CODE || info->code == SI_TIMER || info->code == SI_MESGQ ||
	    info->signo >= SIGRTMIN) {
		new->ssi_int = (s32)info->value;	/* sigval: both views of it */
		new->ssi_ptr = info->value;
	}
}

/* Wait for a signal of the mask: -EAGAIN when non-blocking, -ERESTARTSYS on another signal. */
static int signalfd_wait(struct file *file, struct signalfd_ctx *ctx)
{
	while (!next_signal(current->pending, ctx->sigmask)) {
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		if (signal_pending(current))
			return -ERESTARTSYS;
		sleep_on(current->sighand);
	}
	return 0;
}

/* As many signals as fit in count; only the first may wait. */
static ssize_t signalfd_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct signalfd_ctx *ctx = file->private_data;
	struct signalfd_siginfo __user *siginfo = (struct signalfd_siginfo __user *)buf;
	size_t n = count / sizeof(struct signalfd_siginfo), done;

	(void)ppos;
	if (!n)
		return -EINVAL;
	for (done = 0; done < n; done++) {
		struct signalfd_siginfo new;
		struct ksiginfo info;
		int sig = next_signal(current->pending, ctx->sigmask);

		if (!sig) {
			int err;

			if (done)
				break;
			err = signalfd_wait(file, ctx);
			if (err)
				return err;
			sig = next_signal(current->pending, ctx->sigmask);
		}
		dequeue_signal(current, sig, &info);
		signalfd_copyinfo(&new, &info);
		if (copy_to_user(&siginfo[done], &new, sizeof(new)))
			return done ? (ssize_t)(done * sizeof(new)) : -EFAULT;
	}
	return done * sizeof(struct signalfd_siginfo);
}

static unsigned int signalfd_poll(struct file *file, poll_table *wait)
{
	struct signalfd_ctx *ctx = file->private_data;

	poll_wait(file, current->sighand, wait);
	return next_signal(current->pending, ctx->sigmask) ? POLLIN : 0;
}

static void signalfd_release(struct inode *inode, struct file *file)
{
	(void)inode;
	kfree(file->private_data);
}

static const struct file_operations signalfd_fops = {
	.read = signalfd_read,
	.release = signalfd_release,
	.poll = signalfd_poll,
};

/* ufd -1 makes a signalfd; an existing one gets the new mask. */
SYSCALL_DEFINE4(signalfd4, int, ufd, sigset_t __user *, user_mask, size_t, sizemask, int, flags)
{
	struct signalfd_ctx *ctx;
	struct file *file;
	sigset_t sigmask;

	if (flags & ~(SFD_CLOEXEC | SFD_NONBLOCK))
		return -EINVAL;
	if (sizemask != sizeof(sigset_t) || copy_from_user(&sigmask, user_mask, sizeof(sigmask)))
		return -EINVAL;
	sigmask &= ~(sigmask(SIGKILL) | sigmask(SIGSTOP));
	if (ufd == -1) {
		ctx = kzalloc(sizeof(*ctx), GFP_KERNEL);
		if (!ctx)
			return -ENOMEM;
		ctx->sigmask = sigmask;
		ufd = anon_inode_getfd("[signalfd]", &signalfd_fops, ctx, O_RDWR | (flags & (O_CLOEXEC | O_NONBLOCK)));
		if (ufd < 0)
			kfree(ctx);
		return ufd;
	}
	file = fget(ufd);
	if (!file)
		return -EBADF;
	if (file->f_op != &signalfd_fops)
		return -EINVAL;
	ctx = file->private_data;
	ctx->sigmask = sigmask;
	wake_up(current->sighand);
	return ufd;
}

SYSCALL_DEFINE3(signalfd, int, ufd, sigset_t __user *, user_mask, size_t, sizemask)
{
	return sys_signalfd4(ufd, user_mask, sizemask, 0);
}
