/*
 * signal_queue.c - why a signal was sent, and taking signals synchronously.
 *
 * Next to its pending mask a task keeps a queue of siginfos (struct ksiginfo), oldest
 * first.  A standard signal is queued once however often it is sent while pending; a
 * real-time one (SIGRTMIN and up) once per sending, so sigqueue's values all arrive, in
 * order.  A pending signal without a queued siginfo (a fault, or a full queue) is
 * reported as sent by the kernel.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/time.h>
#include <linux/posix-timers.h>

/* info NULL means SI_USER from the current process, as kill sends. */
int queue_siginfo(struct task_struct *p, int sig, const struct ksiginfo *info)
{
	struct ksiginfo *slot;

	/* A timer's signal is queued even so: each timer has its own (Linux's preallocated sigqueue). */
	if (sig < SIGRTMIN && (p->pending & sigmask(sig)) && !(info && info->code == SI_TIMER))
		return 0;
	if (p->nr_queued == SIGQUEUE_MAX) {
		/* sigqueue learns that the queue is full; other senders just set the bit. */
		return info && info->code < 0 && sig >= SIGRTMIN ? -EAGAIN : 0;
	}
	slot = &p->sigqueue[p->nr_queued++];
	if (info) {
		*slot = *info;
	} else {
		memset(slot, 0, sizeof(*slot));
		slot->code = SI_USER;
		slot->pid = current->tgid;
	}
	slot->signo = sig;
	return 0;
}

static void remove_queued(struct task_struct *p, int i)
{
	for (; i + 1 < p->nr_queued; i++)
		p->sigqueue[i] = p->sigqueue[i + 1];
	p->nr_queued--;
}

/* Take one instance of pending signal sig, and why it came. */
void dequeue_signal(struct task_struct *p, int sig, struct ksiginfo *info)
{
	int i, found = -1, more = 0;

	for (i = 0; i < p->nr_queued && !more; i++) {
		if (p->sigqueue[i].signo != sig)
			continue;
		if (found < 0)
			found = i;
		else
			more = 1;
	}
	if (found >= 0) {
		*info = p->sigqueue[found];
		remove_queued(p, found);
		if (info->code == SI_TIMER)
			posix_timer_rearm(p, info);
	} else {
		memset(info, 0, sizeof(*info));
		info->signo = sig;
		info->code = SI_KERNEL;
	}
	if (!more)
		p->pending &= ~sigmask(sig);
}

/* Forget every pending instance of sig (it became ignored). */
void flush_sigqueue(struct task_struct *p, int sig)
{
	int i = 0;

	while (i < p->nr_queued) {
		if (p->sigqueue[i].signo == sig)
			remove_queued(p, i);
		else
			i++;
	}
	p->pending &= ~sigmask(sig);
}

/*
 * execve: the old program's timers are gone, and so are their queued signals
 * (a signal stays pending if something else sent it too), as Linux's.
 */
void flush_itimer_signals(struct task_struct *p)
{
	sigset_t retain = 0, timer_signals = 0;
	int i = 0;

	while (i < p->nr_queued) {
		if (p->sigqueue[i].code == SI_TIMER) {
			timer_signals |= sigmask(p->sigqueue[i].signo);
			remove_queued(p, i);
		} else {
			retain |= sigmask(p->sigqueue[i++].signo);
		}
	}
	p->pending &= ~timer_signals | retain;
}

/* What a siginfo_t says to user space (rt_sigtimedwait, PTRACE_GETSIGINFO). */
void fill_user_siginfo(struct user_siginfo *u, const struct ksiginfo *info)
{
	memset(u, 0, sizeof(*u));
	u->si_signo = info->signo;
	u->si_code = info->code;
	u->si_pid = info->pid;
	u->si_uid = info->uid;
	u->si_value = info->value;
}

/* Wait for one of the signals in uthese (blocked or not); -EAGAIN when the time is up. */
SYSCALL_DEFINE4(rt_sigtimedwait, const sigset_t __user *, uthese, struct user_siginfo __user *, uinfo,
		const struct timespec __user *, uts, size_t, sigsetsize)
{
	struct user_siginfo out;
	struct ksiginfo info;
	struct timespec ts;
	sigset_t these;
	u64 deadline = 0;
	int sig;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&these, uthese, sizeof(these)))
		return -EFAULT;
	these &= ~(sigmask(SIGKILL) | sigmask(SIGSTOP));
	if (uts) {
		if (copy_from_user(&ts, uts, sizeof(ts)))
			return -EFAULT;
		if (ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC || ts.tv_sec < 0)
			return -EINVAL;
		deadline = local_clock() + (u64)ts.tv_sec * NSEC_PER_SEC + (u64)ts.tv_nsec;
	}
	current->sigwait_set = these;
	while (!(current->pending & these)) {
		if (signal_pending(current)) {
			current->sigwait_set = 0;
			return -EINTR;
		}
		if (uts && local_clock() >= deadline) {
			current->sigwait_set = 0;
			return -EAGAIN;
		}
		/* send_sig wakes us for a signal in sigwait_set; the timer at the deadline. */
		current->wake_time = uts ? deadline : 0;
		sleep_on(&current->pending);
		current->wake_time = 0;
	}
	current->sigwait_set = 0;
	for (sig = 1; !(current->pending & these & sigmask(sig)); sig++)
		;
	dequeue_signal(current, sig, &info);
	if (uinfo) {
		fill_user_siginfo(&out, &info);
		if (copy_to_user(uinfo, &out, sizeof(out)))
			return -EFAULT;
	}
	return sig;
}

/*
 * sigqueue: a signal with the sender's siginfo.  Only a process signalling itself may
 * claim to be the kernel or kill (si_code >= 0), as Linux insists.
 */
SYSCALL_DEFINE3(rt_sigqueueinfo, pid_t, pid, int, sig, struct user_siginfo __user *, uinfo)
{
	struct user_siginfo in;
	struct ksiginfo info;
	struct task_struct *p;

	if (copy_from_user(&in, uinfo, sizeof(in)))
		return -EFAULT;
	if ((in.si_code >= 0 || in.si_code == SI_TKILL) && pid != current->tgid)
		return -EPERM;
	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	p = find_task_by_pid(pid);
	if (!p)
		return -ESRCH;
	if (!sig)
		return 0;
	info.signo = sig;
	info.code = in.si_code;
	info.pid = in.si_pid;
	info.uid = in.si_uid;
	info.value = in.si_value;
	return group_send_sig_info(sig, &info, p->group_leader);
}
