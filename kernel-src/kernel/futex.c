/*
 * futex.c - fast user-space locking: the sleeping half of a lock whose
 * fast path is an atomic instruction in user space.
 *
 * FUTEX_WAIT(uaddr, val) sleeps only if *uaddr still holds val: the check
 * and the sleep are atomic because this kernel never switches tasks
 * inside a system call except in schedule() (one CPU, interrupts off), so
 * no FUTEX_WAKE can slip in between.  A waiter is keyed by its address
 * space and the word's address; FUTEX_WAKE(uaddr, n) wakes up to n of
 * them.  FUTEX_PRIVATE_FLAG changes nothing: even a word in MAP_SHARED
 * memory is keyed by address space, so only its own process's threads wake
 * its waiters (Linux keys a shared futex by its page; not done here yet).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>

#define FUTEX_WAIT		0
#define FUTEX_WAKE		1
#define FUTEX_PRIVATE_FLAG	128
#define FUTEX_CLOCK_REALTIME	256
#define FUTEX_CMD_MASK		(~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME))

/* Every futex waiter sleeps on this one channel; futex_uaddr tells them apart. */
static int futex_queue;

static int is_waiter(struct task_struct *p, int __user *uaddr)
{
	return p->futex_uaddr == uaddr && p->mm == current->mm &&
	       p->state != EXIT_ZOMBIE && p->state != EXIT_DEAD;
}

/* Wake up to nr_wake threads of this process waiting on uaddr; returns how many. */
int futex_wake(int __user *uaddr, int nr_wake)
{
	int i, woken = 0;

	for (i = 1; i < NR_TASKS && woken < nr_wake; i++) {
		struct task_struct *p = task[i];

		if (!p || !is_waiter(p, uaddr))
			continue;
		p->futex_uaddr = NULL;		/* tells the waiter it was woken */
		wake_up_process(p);
		woken++;
	}
	return woken;
}

/* A relative timeout as a local_clock() deadline; 0 means none. */
static int timeout_deadline(const struct timespec __user *utime, u64 *deadline)
{
	struct timespec ts;

	*deadline = 0;
	if (!utime)
		return 0;
	if (copy_from_user(&ts, utime, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	*deadline = local_clock() + (u64)ts.tv_sec * NSEC_PER_SEC + (u64)ts.tv_nsec;
	if (!*deadline)
		*deadline = 1;
	return 0;
}

static long futex_wait(int __user *uaddr, int val, const struct timespec __user *utime)
{
	u64 deadline;
	int cur, err;

	err = timeout_deadline(utime, &deadline);
	if (err)
		return err;
	if (get_user(cur, uaddr))
		return -EFAULT;
	if (cur != val)
		return -EAGAIN;
	current->futex_uaddr = uaddr;
	current->wake_time = deadline;
	sleep_on(&futex_queue);
	current->wake_time = 0;
	if (!current->futex_uaddr)
		return 0;			/* futex_wake chose us */
	current->futex_uaddr = NULL;
	if (deadline && local_clock() >= deadline)
		return -ETIMEDOUT;
	if (signal_pending(current))
		return deadline ? -EINTR : -ERESTARTSYS;
	return 0;				/* spurious: callers re-check their word */
}

SYSCALL_DEFINE6(futex, int __user *, uaddr, int, op, int, val,
		const struct timespec __user *, utime, int __user *, uaddr2, int, val3)
{
	if ((unsigned long)uaddr & 3)
		return -EINVAL;
	switch (op & FUTEX_CMD_MASK) {
	case FUTEX_WAIT:
		return futex_wait(uaddr, val, utime);
	case FUTEX_WAKE:
		return futex_wake(uaddr, val);
	default:
		return -ENOSYS;
	}
}
