/*
 * eventpoll.c - epoll: a file that watches other files and reports which of
 * them are ready, without the caller naming them again at every wait.
 *
 * An epoll instance (struct eventpoll) holds one struct epitem per watched
 * (file, descriptor) pair, and a ready list: the items whose files may have
 * something to report, in the order that happened, which is the order
 * epoll_wait reports them in (as Linux's rdllist).  An item joins the list
 * when it is added or modified while its file is ready, and at every wake_up
 * on a wait channel its file named through poll_wait (ep_poll_callback, which
 * wake_up calls: Linux's wait-queue callback).
 *
 * epoll_wait takes items off the list, asks their files what is ready now,
 * and reports those with events: a level-triggered item goes back at the end
 * of the list, an edge-triggered one (EPOLLET) waits for its file's next
 * wake_up, a one-shot one (EPOLLONESHOT) is disarmed until EPOLL_CTL_MOD.
 *
 * Items do not hold their files: the last close of a file takes it out of
 * every instance (eventpoll_release, from fput), as in Linux.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/anon_inodes.h>
#include <linux/eventpoll.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>

#define EPOLL_CTL_ADD	1
#define EPOLL_CTL_DEL	2
#define EPOLL_CTL_MOD	3

#define EPOLL_CLOEXEC	O_CLOEXEC

#define EPOLLEXCLUSIVE	(1U << 28)	/* wake one of several instances watching the file */
#define EPOLLWAKEUP	(1U << 29)	/* hold off system suspend: we never suspend */
#define EPOLLONESHOT	(1U << 30)
#define EPOLLET		(1U << 31)

/* The flags that are no events: what a disarmed one-shot item keeps. */
#define EP_PRIVATE_BITS	(EPOLLWAKEUP | EPOLLONESHOT | EPOLLET | EPOLLEXCLUSIVE)
/* All that EPOLLEXCLUSIVE may come with. */
#define EPOLLEXCLUSIVE_OK_BITS	(POLLIN | POLLOUT | POLLERR | POLLHUP | EPOLLWAKEUP | EPOLLET | EPOLLEXCLUSIVE)

/* How deep epoll instances may watch one another. */
#define EP_MAX_NESTS	4
/* The wait channels one item listens on: sockets and pipes name one. */
#define EP_MAX_CHANS	2

/* x86-64 packs it (12 bytes), so that 32-bit and 64-bit programs share the layout. */
struct epoll_event {
	u32 events;
	u64 data;
} __attribute__((packed));

#define EP_MAX_EVENTS	(0x7fffffff / sizeof(struct epoll_event))

struct eventpoll;

struct epitem {
	struct epitem *next;		/* in ep_items: every item of every instance */
	struct epitem *rdnext;		/* in its instance's ready list */
	int on_rdlist;
	struct eventpoll *ep;
	struct file *file;
	int fd;
	int nchans;
	void *chans[EP_MAX_CHANS];	/* what the file's ->poll named: wake_ups here make it ready */
	struct epoll_event event;
};

struct eventpoll {
	struct epitem *rdlist;		/* the ready list, oldest first */
	struct epitem **rdtail;		/* where the next ready item goes */
};

/*
 * Every item of every instance.  wake_up looks through it for the items
 * listening on the channel woken; a dozen or so items is the usual size.
 */
static struct epitem *ep_items;

static const struct file_operations eventpoll_fops;

static int is_file_epoll(struct file *f)
{
	return f->f_op == &eventpoll_fops;
}

/* The ready list. */

static void ep_rdlist_add(struct eventpoll *ep, struct epitem *epi)
{
	if (epi->on_rdlist)
		return;
	epi->on_rdlist = 1;
	epi->rdnext = NULL;
	*ep->rdtail = epi;
	ep->rdtail = &epi->rdnext;
}

static void ep_rdlist_del(struct eventpoll *ep, struct epitem *epi)
{
	struct epitem **p;

	if (!epi->on_rdlist)
		return;
	for (p = &ep->rdlist; *p != epi; p = &(*p)->rdnext)
		;
	*p = epi->rdnext;
	if (ep->rdtail == &epi->rdnext)
		ep->rdtail = p;
	epi->on_rdlist = 0;
}

/* Take the whole ready list, leaving it empty; its items stay marked as on it. */
static struct epitem *ep_rdlist_take(struct eventpoll *ep)
{
	struct epitem *list = ep->rdlist;

	ep->rdlist = NULL;
	ep->rdtail = &ep->rdlist;
	return list;
}

/* Put back in front what ep_rdlist_take took and nobody looked at. */
static void ep_rdlist_splice_front(struct eventpoll *ep, struct epitem *list)
{
	struct epitem *last;

	if (!list)
		return;
	for (last = list; last->rdnext; last = last->rdnext)
		;
	last->rdnext = ep->rdlist;
	if (!ep->rdlist)
		ep->rdtail = &last->rdnext;
	ep->rdlist = list;
}

/* What of the events the item asks for its file has now. */
static unsigned int ep_item_poll(struct epitem *epi, poll_table *pt)
{
	return epi->file->f_op->poll(epi->file, pt) & epi->event.events;
}

/*
 * Something happened to an object that sleepers wait on as chan: every item
 * listening there may be ready.  Waking the instance wakes its epoll_wait
 * callers and, through this function again, instances that watch it.
 */
void ep_poll_callback(void *chan)
{
	struct epitem *epi;
	int i;

	for (epi = ep_items; epi; epi = epi->next) {
		for (i = 0; i < epi->nchans && epi->chans[i] != chan; i++)
			;
		if (i == epi->nchans || !(epi->event.events & ~EP_PRIVATE_BITS))
			continue;	/* another channel, or a disarmed one-shot item */
		ep_rdlist_add(epi->ep, epi);
		wake_up(epi->ep);
	}
}

/* The poll_table an item's first ->poll fills with the channels it names. */
struct ep_pqueue {
	poll_table pt;
	struct epitem *epi;
};

static void ep_ptable_queue_proc(struct file *file, void *chan, poll_table *pt)
{
	struct epitem *epi = container_of(pt, struct ep_pqueue, pt)->epi;
	int i;

	(void)file;
	for (i = 0; i < epi->nchans; i++)
		if (epi->chans[i] == chan)
			return;
	if (epi->nchans < EP_MAX_CHANS)
		epi->chans[epi->nchans++] = chan;
}

static struct epitem *ep_find(struct eventpoll *ep, struct file *file, int fd)
{
	struct epitem *epi;

	for (epi = ep_items; epi; epi = epi->next)
		if (epi->ep == ep && epi->file == file && epi->fd == fd)
			return epi;
	return NULL;
}

static int ep_insert(struct eventpoll *ep, struct epoll_event *event, struct file *tfile, int fd)
{
	struct epitem *epi = kzalloc(sizeof(*epi), GFP_KERNEL);
	struct ep_pqueue epq;

	if (!epi)
		return -ENOMEM;
	epi->ep = ep;
	epi->file = tfile;
	epi->fd = fd;
	epi->event = *event;
	epi->next = ep_items;
	ep_items = epi;
	epq.pt._qproc = ep_ptable_queue_proc;
	epq.epi = epi;
	if (ep_item_poll(epi, &epq.pt)) {
		ep_rdlist_add(ep, epi);
		wake_up(ep);
	}
	return 0;
}

static int ep_modify(struct eventpoll *ep, struct epitem *epi, struct epoll_event *event)
{
	epi->event = *event;
	if (ep_item_poll(epi, NULL)) {
		ep_rdlist_add(ep, epi);
		wake_up(ep);
	}
	return 0;
}

static void ep_remove(struct epitem *epi)
{
	struct epitem **p;

	for (p = &ep_items; *p != epi; p = &(*p)->next)
		;
	*p = epi->next;
	ep_rdlist_del(epi->ep, epi);
	kfree(epi);
}

/* The last reference to file is going: it leaves every instance watching it. */
void eventpoll_release(struct file *file)
{
	struct epitem **p = &ep_items;

	while (*p) {
		struct epitem *epi = *p;

		if (epi->file == file) {
			*p = epi->next;
			ep_rdlist_del(epi->ep, epi);
			kfree(epi);
		} else {
			p = &epi->next;
		}
	}
}

/*
 * Would `ep` watching the instance `target` make a cycle, or nest instances
 * deeper than EP_MAX_NESTS?  Then EPOLL_CTL_ADD fails with ELOOP.
 */
static int ep_loop_check(struct eventpoll *ep, struct eventpoll *target, int depth)
{
	struct epitem *epi;

	if (target == ep || depth > EP_MAX_NESTS)
		return -ELOOP;
	for (epi = ep_items; epi; epi = epi->next)
		if (epi->ep == target && is_file_epoll(epi->file) &&
		    ep_loop_check(ep, epi->file->private_data, depth + 1))
			return -ELOOP;
	return 0;
}

/*
 * Report up to maxevents ready items.  Items not looked at stay in front of
 * the list; level-triggered items reported go to its end, behind them.
 */
static int ep_send_events(struct eventpoll *ep, struct epoll_event __user *events, int maxevents)
{
	struct epitem *txlist = ep_rdlist_take(ep);
	int n = 0;

	while (txlist && n < maxevents) {
		struct epitem *epi = txlist;
		struct epoll_event ev;

		txlist = epi->rdnext;
		epi->on_rdlist = 0;
		ev.events = ep_item_poll(epi, NULL);
		if (!ev.events)
			continue;	/* not ready after all: back on the list at its next wake_up */
		ev.data = epi->event.data;
		if (copy_to_user(&events[n], &ev, sizeof(ev))) {
			epi->on_rdlist = 1;
			epi->rdnext = txlist;
			txlist = epi;
			if (!n)
				n = -EFAULT;
			break;
		}
		n++;
		if (epi->event.events & EPOLLONESHOT)
			epi->event.events &= EP_PRIVATE_BITS;
		else if (!(epi->event.events & EPOLLET))
			ep_rdlist_add(ep, epi);
	}
	ep_rdlist_splice_front(ep, txlist);
	return n;
}

/*
 * Wait for events until the deadline (see deadline_after).  Events already
 * there are reported even with a signal pending; a signal that comes first
 * ends the wait with EINTR.
 */
static long ep_poll(struct eventpoll *ep, struct epoll_event __user *events, int maxevents, u64 deadline)
{
	int n;

	for (;;) {
		if (ep->rdlist) {
			n = ep_send_events(ep, events, maxevents);
			if (n)
				return n;
		}
		if (timed_out(deadline))
			return 0;
		if (signal_pending(current))
			return -EINTR;
		current->wake_time = deadline;
		sleep_on(ep);
		current->wake_time = 0;
	}
}

/* An instance is readable while an item on its ready list has events. */
static unsigned int ep_eventpoll_poll(struct file *file, poll_table *wait)
{
	struct eventpoll *ep = file->private_data;
	struct epitem *epi;

	poll_wait(file, ep, wait);
	for (epi = ep->rdlist; epi; epi = epi->rdnext)
		if (ep_item_poll(epi, NULL))
			return POLLIN | POLLRDNORM;
	return 0;
}

/* The instance's last close: its items go with it. */
static void ep_eventpoll_release(struct inode *inode, struct file *file)
{
	struct eventpoll *ep = file->private_data;
	struct epitem **p = &ep_items;

	(void)inode;
	while (*p) {
		struct epitem *epi = *p;

		if (epi->ep == ep) {
			*p = epi->next;
			kfree(epi);
		} else {
			p = &epi->next;
		}
	}
	kfree(ep);
}

static const struct file_operations eventpoll_fops = {
	.release = ep_eventpoll_release,
	.poll = ep_eventpoll_poll,
};

SYSCALL_DEFINE1(epoll_create1, int, flags)
{
	struct eventpoll *ep;
	int fd;

	if (flags & ~EPOLL_CLOEXEC)
		return -EINVAL;
	ep = kzalloc(sizeof(*ep), GFP_KERNEL);
	if (!ep)
		return -ENOMEM;
	ep->rdtail = &ep->rdlist;
	fd = anon_inode_getfd("[eventpoll]", &eventpoll_fops, ep, O_RDWR | (flags & O_CLOEXEC));
	if (fd < 0)
		kfree(ep);
	return fd;
}

/* size is only a hint, but must be positive (it was the table's size once). */
SYSCALL_DEFINE1(epoll_create, int, size)
{
	if (size <= 0)
		return -EINVAL;
	return sys_epoll_create1(0);
}

/* The checks of Linux's epoll_ctl, in its order: each failure gets Linux's error. */
static long ep_ctl_check(struct file *file, struct file *tfile, int op, struct epoll_event *epds)
{
	if (!tfile->f_op || !tfile->f_op->poll)
		return -EPERM;		/* regular files and directories are always ready */
	if (file == tfile || !is_file_epoll(file))
		return -EINVAL;
	if (epds->events & EPOLLEXCLUSIVE) {
		if (op == EPOLL_CTL_MOD)
			return -EINVAL;
		if (op == EPOLL_CTL_ADD && (is_file_epoll(tfile) || (epds->events & ~EPOLLEXCLUSIVE_OK_BITS)))
			return -EINVAL;
	}
	if (op == EPOLL_CTL_ADD && is_file_epoll(tfile))
		return ep_loop_check(file->private_data, tfile->private_data, 1);
	return 0;
}

SYSCALL_DEFINE4(epoll_ctl, int, epfd, int, op, int, fd, struct epoll_event __user *, event)
{
	struct epoll_event epds = { 0, 0 };
	struct file *file, *tfile;
	struct eventpoll *ep;
	struct epitem *epi;
	long error;

	if (op != EPOLL_CTL_DEL && copy_from_user(&epds, event, sizeof(epds)))
		return -EFAULT;
	file = epfd >= 0 ? fget(epfd) : NULL;
	tfile = fd >= 0 ? fget(fd) : NULL;
	if (!file || !tfile)
		return -EBADF;
	/* Only a process allowed to block suspend keeps EPOLLWAKEUP; we never suspend. */
	epds.events &= ~EPOLLWAKEUP;
	error = ep_ctl_check(file, tfile, op, &epds);
	if (error)
		return error;
	ep = file->private_data;
	epi = ep_find(ep, tfile, fd);
	switch (op) {
	case EPOLL_CTL_ADD:
		if (epi)
			return -EEXIST;
		epds.events |= POLLERR | POLLHUP;	/* always reported */
		return ep_insert(ep, &epds, tfile, fd);
	case EPOLL_CTL_DEL:
		if (!epi)
			return -ENOENT;
		ep_remove(epi);
		return 0;
	case EPOLL_CTL_MOD:
		if (!epi)
			return -ENOENT;
		if (epi->event.events & EPOLLEXCLUSIVE)
			return -EINVAL;
		epds.events |= POLLERR | POLLHUP;
		return ep_modify(ep, epi, &epds);
	default:
		return -EINVAL;
	}
}

/* timeout in ms: -1 (any negative) waits for ever, 0 only looks. */
SYSCALL_DEFINE4(epoll_wait, int, epfd, struct epoll_event __user *, events, int, maxevents, int, timeout)
{
	struct file *file;
	long r;

	if (maxevents <= 0 || (unsigned long)maxevents > EP_MAX_EVENTS)
		return -EINVAL;
	if (!access_ok(VERIFY_WRITE, events, maxevents * sizeof(struct epoll_event)))
		return -EFAULT;
	file = epfd >= 0 ? fget(epfd) : NULL;
	if (!file)
		return -EBADF;
	if (!is_file_epoll(file))
		return -EINVAL;
	/* Held while we sleep: another thread may close epfd meanwhile. */
	get_file(file);
	r = ep_poll(file->private_data, events, maxevents,
		    deadline_after(timeout < 0 ? -1 : (long long)timeout * 1000000));
	fput(file);
	return r;
}

/* epoll_wait with a temporary signal mask, as ppoll's. */
SYSCALL_DEFINE6(epoll_pwait, int, epfd, struct epoll_event __user *, events, int, maxevents, int, timeout,
		const sigset_t __user *, sigmask, size_t, sigsetsize)
{
	long r = set_temporary_mask(sigmask, sigsetsize);

	if (r)
		return r;
	return end_temporary_mask(sys_epoll_wait(epfd, events, maxevents, timeout));
}
