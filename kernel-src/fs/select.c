/*
 * select.c - poll, ppoll, select and pselect6: wait until some of a set of
 * descriptors can be read or written, a timeout passes, or a signal comes.
 *
 * Each file type says what is ready now (file_operations.poll; a file
 * without one, such as a regular file, is always ready).  Waiting is simple:
 * sleep on poll_wait_queue, which every wake_up also wakes, and look again.
 *
 * A sleeper holds the files it waits on, as Linux's wait-queue entries do
 * (struct poll_files below): another thread may close a descriptor meanwhile,
 * but the file stays open until the call returns.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/time.h>
#include <linux/poll.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>

struct pollfd {
	int fd;
	short events;
	short revents;
};

#define MAX_POLL_FDS	NR_OPEN
#define FD_SETSIZE	1024
#define FDSET_LONGS	(FD_SETSIZE / 64)

/*
 * The files a poll or select holds, as Linux's poll_wqueues: the first look
 * takes a reference to every file that can make the caller wait (one with a
 * ->poll), so that a descriptor another thread closes leaves its pipe with a
 * reader or its socket with a peer until the call returns.  Later looks go
 * by descriptor again, as Linux's fdget does, and see the close.  Every
 * descriptor polled adds at most one file, and there are at most
 * MAX_POLL_FDS of them.
 */
struct poll_files {
	int first_look;
	int count;
	struct file *held[MAX_POLL_FDS];
};

static void poll_files_init(struct poll_files *pf)
{
	pf->first_look = 1;
	pf->count = 0;
}

static void poll_files_release(struct poll_files *pf)
{
	while (pf->count > 0)
		fput(pf->held[--pf->count]);
}

/* What fd has ready among `events` (plus POLLERR/POLLHUP, always reported). */
static unsigned int poll_one(int fd, unsigned int events, struct poll_files *pf)
{
	struct file *f = fd >= 0 ? fget(fd) : NULL;
	unsigned int mask;

	if (!f)
		return POLLNVAL;
	if (!f->f_op || !f->f_op->poll)
		return (POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM) & events;
	if (pf->first_look && pf->count < MAX_POLL_FDS)
		pf->held[pf->count++] = get_file(f);
	mask = f->f_op->poll(f, NULL);
	return mask & (events | POLLERR | POLLHUP);
}

/*
 * Sleep until wake_up or the deadline (0: none); -EINTR on a signal.  The
 * caller then looks at its descriptors again.
 */
static int poll_sleep(u64 deadline)
{
	current->wake_time = deadline;
	sleep_on(&poll_wait_queue);
	current->wake_time = 0;
	return signal_pending(current) ? -EINTR : 0;
}

/* A relative timeout as a deadline: ns < 0 waits for ever (0), 0 does not wait (1 = already past). */
u64 deadline_after(long long ns)
{
	if (ns < 0)
		return 0;
	if (ns == 0)
		return 1;
	return local_clock() + (u64)ns;
}

int timed_out(u64 deadline)
{
	return deadline && local_clock() >= deadline;
}

static long do_poll(struct pollfd *fds, unsigned int nfds, u64 deadline, struct poll_files *pf)
{
	unsigned int i;
	int ready, err;

	for (;; pf->first_look = 0) {
		ready = 0;
		for (i = 0; i < nfds; i++) {
			fds[i].revents = fds[i].fd < 0 ? 0 : (short)poll_one(fds[i].fd, (unsigned short)fds[i].events, pf);
			if (fds[i].revents)
				ready++;
		}
		if (ready || timed_out(deadline))
			return ready;
		err = poll_sleep(deadline);
		if (err)
			return err;
	}
}

static long poll_user(struct pollfd __user *ufds, unsigned int nfds, u64 deadline)
{
	struct poll_files held;
	struct pollfd *fds;
	long r;

	if (nfds > MAX_POLL_FDS)
		return -EINVAL;
	fds = kmalloc(nfds * sizeof(*fds) + 1, GFP_KERNEL);
	if (!fds)
		return -ENOMEM;
	if (copy_from_user(fds, ufds, nfds * sizeof(*fds))) {
		kfree(fds);
		return -EFAULT;
	}
	poll_files_init(&held);
	r = do_poll(fds, nfds, deadline, &held);
	poll_files_release(&held);
	if (r >= 0 && copy_to_user(ufds, fds, nfds * sizeof(*fds)))
		r = -EFAULT;
	kfree(fds);
	return r;
}

/* Interrupted, these calls fail with EINTR: Linux never restarts them, SA_RESTART or not. */
SYSCALL_DEFINE3(poll, struct pollfd __user *, ufds, unsigned int, nfds, int, timeout_msecs)
{
	return poll_user(ufds, nfds, deadline_after(timeout_msecs < 0 ? -1 : (long long)timeout_msecs * 1000000));
}

/*
 * ppoll, pselect6 and epoll_pwait wait with a temporary signal mask; as with
 * rt_sigsuspend, a handler run for the signal that ends the wait returns to
 * the original mask.
 */
int set_temporary_mask(const sigset_t __user *umask, size_t size)
{
	sigset_t mask;

	if (!umask)
		return 0;
	if (size != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&mask, umask, sizeof(mask)))
		return -EFAULT;
	current->saved_sigmask = current->blocked;
	current->restore_sigmask = 1;
	current->blocked = mask & ~(sigmask(SIGKILL) | sigmask(SIGSTOP));
	return 0;
}

static long ts_to_ns(const struct timespec __user *uts, long long *ns)
{
	struct timespec ts;

	if (!uts) {
		*ns = -1;
		return 0;
	}
	if (copy_from_user(&ts, uts, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	*ns = (long long)ts.tv_sec * NSEC_PER_SEC + ts.tv_nsec;
	return 0;
}

/* The wait ended without a signal to handle: the temporary mask goes now. */
long end_temporary_mask(long r)
{
	if (r != -EINTR)
		restore_saved_sigmask(current);
	return r;
}

SYSCALL_DEFINE5(ppoll, struct pollfd __user *, ufds, unsigned int, nfds, struct timespec __user *, tsp,
		const sigset_t __user *, sigmask, size_t, sigsetsize)
{
	long long ns;
	long r = ts_to_ns(tsp, &ns);

	if (!r)
		r = set_temporary_mask(sigmask, sigsetsize);
	if (r)
		return r;
	return end_temporary_mask(poll_user(ufds, nfds, deadline_after(ns)));
}

static int mark_ready(unsigned long *set, int word, unsigned long bit, int ready)
{
	if (ready)
		set[word] |= bit;
	return ready != 0;
}

/* Which of POLLIN, POLLOUT and POLLPRI select asks about descriptor fd. */
static unsigned int select_wants(int fd, unsigned long *in, unsigned long *out, unsigned long *ex)
{
	unsigned long bit = 1UL << (fd % 64);
	int w = fd / 64;
	unsigned int want = 0;

	if (in && (in[w] & bit))
		want |= POLLIN | POLLRDNORM;
	if (out && (out[w] & bit))
		want |= POLLOUT | POLLWRNORM;
	if (ex && (ex[w] & bit))
		want |= POLLPRI;
	return want;
}

/* As Linux's max_select_fd: every descriptor in the sets must be open when select starts. */
static int select_fds_open(int n, unsigned long *in, unsigned long *out, unsigned long *ex)
{
	int fd;

	for (fd = 0; fd < n; fd++)
		if (select_wants(fd, in, out, ex) && !fget(fd))
			return -EBADF;
	return 0;
}

/*
 * select's three bitmaps, checked against every descriptor below n.  One
 * closed by another thread while select sleeps counts as ready in every set
 * that asks about it, as Linux since 2022's "select: Fix indefinitely
 * sleeping task" (4.7 skipped it, and could sleep for ever).
 */
static long do_select(int n, unsigned long *in, unsigned long *out, unsigned long *ex, u64 deadline,
		      struct poll_files *pf)
{
	unsigned long rin[FDSET_LONGS], rout[FDSET_LONGS], rex[FDSET_LONGS];
	int fd, ready, err, words = (n + 63) / 64;

	for (;; pf->first_look = 0) {
		ready = 0;
		memset(rin, 0, sizeof(rin));
		memset(rout, 0, sizeof(rout));
		memset(rex, 0, sizeof(rex));
		for (fd = 0; fd < n; fd++) {
			unsigned long bit = 1UL << (fd % 64);
			int w = fd / 64;
			unsigned int want = select_wants(fd, in, out, ex), got;

			if (!want)
				continue;
			got = poll_one(fd, want, pf);
			/* Each set a descriptor is ready in counts once, as Linux counts. */
			ready += mark_ready(rin, w, bit, (want & POLLIN) && (got & (POLLIN | POLLHUP | POLLERR | POLLNVAL)));
			ready += mark_ready(rout, w, bit, (want & POLLOUT) && (got & (POLLOUT | POLLERR | POLLNVAL)));
			ready += mark_ready(rex, w, bit, (want & POLLPRI) && (got & (POLLPRI | POLLNVAL)));
		}
		if (ready || timed_out(deadline))
			break;
		err = poll_sleep(deadline);
		if (err)
			return err;
	}
	if (in)
		memcpy(in, rin, words * sizeof(long));
	if (out)
		memcpy(out, rout, words * sizeof(long));
	if (ex)
		memcpy(ex, rex, words * sizeof(long));
	return ready;
}

/* Copy the sets in, wait, copy the results out. */
static long select_user(int n, unsigned long __user *uin, unsigned long __user *uout,
			unsigned long __user *uex, u64 deadline)
{
	unsigned long in[FDSET_LONGS], out[FDSET_LONGS], ex[FDSET_LONGS];
	struct poll_files held;
	size_t bytes;
	long r;

	if (n < 0)
		return -EINVAL;
	if (n > FD_SETSIZE)
		n = FD_SETSIZE;
	bytes = (size_t)(n + 63) / 64 * sizeof(long);
	if ((uin && copy_from_user(in, uin, bytes)) || (uout && copy_from_user(out, uout, bytes)) ||
	    (uex && copy_from_user(ex, uex, bytes)))
		return -EFAULT;
	r = select_fds_open(n, uin ? in : NULL, uout ? out : NULL, uex ? ex : NULL);
	if (r < 0)
		return r;
	poll_files_init(&held);
	r = do_select(n, uin ? in : NULL, uout ? out : NULL, uex ? ex : NULL, deadline, &held);
	poll_files_release(&held);
	if (r < 0)
		return r;
	if ((uin && copy_to_user(uin, in, bytes)) || (uout && copy_to_user(uout, out, bytes)) ||
	    (uex && copy_to_user(uex, ex, bytes)))
		return -EFAULT;
	return r;
}

/* Linux writes the time left back into select's timeval. */
SYSCALL_DEFINE5(select, int, n, unsigned long __user *, inp, unsigned long __user *, outp,
		unsigned long __user *, exp, struct timeval __user *, tvp)
{
	struct timeval tv;
	u64 deadline = 0;
	long r;

	if (tvp) {
		if (copy_from_user(&tv, tvp, sizeof(tv)))
			return -EFAULT;
		if (tv.tv_sec < 0 || tv.tv_usec < 0 || tv.tv_usec >= 1000000)
			return -EINVAL;
		deadline = deadline_after((long long)tv.tv_sec * NSEC_PER_SEC + tv.tv_usec * 1000LL);
	}
	r = select_user(n, inp, outp, exp, deadline);
	if (tvp && deadline > 1) {
		u64 now = local_clock(), left = deadline > now ? deadline - now : 0;

		tv.tv_sec = (time_t)(left / NSEC_PER_SEC);
		tv.tv_usec = (long)(left % NSEC_PER_SEC / 1000);
		if (copy_to_user(tvp, &tv, sizeof(tv)))
			return -EFAULT;
	}
	return r;
}

struct sigset_argpack {
	const sigset_t __user *p;
	size_t size;
};

SYSCALL_DEFINE6(pselect6, int, n, unsigned long __user *, inp, unsigned long __user *, outp,
		unsigned long __user *, exp, struct timespec __user *, tsp, void __user *, sig)
{
	struct sigset_argpack pack = { NULL, 0 };
	long long ns;
	long r = ts_to_ns(tsp, &ns);

	if (!r && sig && copy_from_user(&pack, sig, sizeof(pack)))
		r = -EFAULT;
	if (!r)
		r = set_temporary_mask(pack.p, pack.size);
	if (r)
		return r;
	return end_temporary_mask(select_user(n, inp, outp, exp, deadline_after(ns)));
}
