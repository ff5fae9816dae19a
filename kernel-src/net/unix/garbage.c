/*
 * garbage.c - collecting Unix sockets that only passed descriptors keep
 * alive.  A socket's descriptor may be sent (SCM_RIGHTS) over a socket and
 * closed before anyone receives it: the buffer in flight holds the file.
 * If that buffer waits in the queue of a socket that is itself only held
 * by buffers in flight — in the simplest case, a socket sent over itself —
 * nothing will ever receive it, and nothing is freed.  Linux's collector,
 * which runs whenever a socket is released while descriptors are in flight:
 *
 *  1. candidates: in-flight sockets whose every file reference is in flight;
 *  2. take away the references candidates' queues hold on candidates;
 *  3. a candidate with references left is held from outside: it lives, and
 *     so does everything its queue holds (give those references back);
 *  4. the rest hold only each other: drop the buffers that hold them.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/net.h>
#include <net/sock.h>
#include <net/af_unix.h>

unsigned int unix_tot_inflight;
static struct unix_sock *gc_inflight_list;
static int gc_in_progress;

/* The Unix socket an open file is, or NULL. */
static struct unix_sock *unix_get_socket(struct file *file)
{
	int err;
	struct socket *sock = sock_from_file(file, &err);

	if (!sock || !sock->sk || sock->sk->sk_family != AF_UNIX)
		return NULL;
	return unix_sk(sock->sk);
}

/* A buffer now holds fp (sendmsg attached it). */
void unix_inflight(struct file *fp)
{
	struct unix_sock *u = unix_get_socket(fp);

	if (!u)
		return;
	if (!u->inflight++) {
		u->next_inflight = gc_inflight_list;
		gc_inflight_list = u;
	}
	unix_tot_inflight++;
}

/* ... no longer (received, or its buffer freed). */
void unix_notinflight(struct file *fp)
{
	struct unix_sock *u = unix_get_socket(fp), **link;

	if (!u)
		return;
	unix_tot_inflight--;
	if (--u->inflight)
		return;
	for (link = &gc_inflight_list; *link; link = &(*link)->next_inflight) {
		if (*link == u) {
			*link = u->next_inflight;
			return;
		}
	}
}

/*
 * Call func for every candidate whose file a buffer in x's queue holds; with
 * a hitlist, move such buffers there.
 */
static void scan_inflight(struct sock *x, void (*func)(struct unix_sock *), struct sk_buff_head *hitlist)
{
	struct sk_buff *skb, *next;

	for (skb = skb_peek(&x->sk_receive_queue); skb; skb = next) {
		struct scm_fp_list *fpl = UNIXCB(skb).fp;
		int i, hit = 0;

		next = skb->next;
		for (i = 0; fpl && i < fpl->count; i++) {
			struct unix_sock *u = unix_get_socket(fpl->fp[i]);

			if (u && u->gc_candidate) {
				hit = 1;
				func(u);
			}
		}
		if (hit && hitlist) {
			skb_unlink(skb, &x->sk_receive_queue);
			skb_queue_tail(hitlist, skb);
		}
	}
}

/* A listener's queue holds connections not yet accepted: their queues count as its. */
static void scan_children(struct sock *x, void (*func)(struct unix_sock *), struct sk_buff_head *hitlist)
{
	struct sk_buff *skb;

	if (x->sk_state != TCP_LISTEN) {
		scan_inflight(x, func, hitlist);
		return;
	}
	for (skb = skb_peek(&x->sk_receive_queue); skb; skb = skb->next)
		scan_inflight(skb->sk, func, hitlist);
}

static void dec_inflight(struct unix_sock *u)
{
	u->inflight--;
}

static void inc_inflight(struct unix_sock *u)
{
	u->inflight++;
}

static struct unix_sock *find_candidates(void)
{
	struct unix_sock *u, *candidates = NULL;

	for (u = gc_inflight_list; u; u = u->next_inflight) {
		struct socket *sock = u->sk.sk_socket;

		if (sock && sock->file && sock->file->f_count == u->inflight) {
			u->gc_candidate = u->gc_maybe_cycle = 1;
			u->next_candidate = candidates;
			candidates = u;
		}
	}
	return candidates;
}

void unix_gc(void)
{
	struct sk_buff_head hitlist = { NULL, NULL, 0 };
	struct unix_sock *candidates, *u;
	int changed;

	if (gc_in_progress)
		return;
	gc_in_progress = 1;
	candidates = find_candidates();
	for (u = candidates; u; u = u->next_candidate)
		scan_children(&u->sk, dec_inflight, NULL);
	do {
		changed = 0;
		for (u = candidates; u; u = u->next_candidate) {
			if (u->gc_maybe_cycle && u->inflight > 0) {
				u->gc_maybe_cycle = 0;
				scan_children(&u->sk, inc_inflight, NULL);
				changed = 1;
			}
		}
	} while (changed);
	for (u = candidates; u; u = u->next_candidate)
		if (u->gc_maybe_cycle)
			scan_children(&u->sk, inc_inflight, &hitlist);
	for (u = candidates; u; u = u->next_candidate)
		u->gc_candidate = u->gc_maybe_cycle = 0;
	skb_queue_purge(&hitlist);	/* frees the cycles: their files' last references go */
	gc_in_progress = 0;
}
