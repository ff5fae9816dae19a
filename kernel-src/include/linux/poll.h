/*
 * poll.h - how a file names what it waits on, and what poll, select and
 * epoll share (fs/select.c).
 *
 * A file's ->poll(file, wait) says which POLL* bits are ready now and, for a
 * caller that will keep watching (epoll), names with poll_wait() the wait
 * channels whose wake_up() may change that answer: a pipe's, a socket's, the
 * tty's.  Callers that only look once pass wait == NULL.
 */
#ifndef _LINUX_POLL_H
#define _LINUX_POLL_H

#include <linux/types.h>
#include <linux/signal.h>
#include <linux/time.h>

struct file;

typedef struct poll_table_struct {
	/* called for every wait channel the file names; NULL: nobody listens */
	void (*_qproc)(struct file *file, void *chan, struct poll_table_struct *pt);
} poll_table;

static inline void poll_wait(struct file *file, void *chan, poll_table *pt)
{
	if (pt && pt->_qproc && chan)
		pt->_qproc(file, chan, pt);
}

/* fs/select.c: waits with a deadline in local_clock() ns (0: none, 1: do not wait) */
u64 deadline_after(long long ns);
int timed_out(u64 deadline);
/* ppoll, pselect6, epoll_pwait: the temporary signal mask of the wait, and its end */
int set_temporary_mask(const sigset_t __user *umask, size_t size);
long end_temporary_mask(long r);

#endif
