/*
 * skbuff.c - socket buffers: one message (a datagram, or a piece of a
 * stream) on its way from a sender's socket to a receiver's queue.  The
 * sender's send buffer is charged until the receiver consumes it, which
 * is what makes a fast writer wait for a slow reader.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <net/sock.h>

/* A buffer of size data bytes charged to sk, whatever its send buffer holds. */
struct sk_buff *sock_wmalloc(struct sock *sk, unsigned long size)
{
	struct sk_buff *skb = kzalloc(sizeof(*skb) + size, GFP_KERNEL);

	if (!skb)
		return NULL;
	skb->sk = sk;
	skb->len = size;
	skb->truesize = sizeof(*skb) + size;
	sk->sk_wmem_alloc += skb->truesize;
	sock_hold(sk);
	return skb;
}

/*
 * A buffer for sending: wait while sk's send buffer is full (-EAGAIN when
 * noblock or after SO_SNDTIMEO), fail with EPIPE once sending is shut down
 * or with a pending error.
 */
struct sk_buff *sock_alloc_send_skb(struct sock *sk, unsigned long size, int noblock, int *err)
{
	u64 timeo = sock_sndtimeo(sk, noblock);
	struct sk_buff *skb;

	for (;;) {
		*err = sock_error(sk);
		if (*err)
			return NULL;
		*err = -EPIPE;
		if (sk->sk_shutdown & SEND_SHUTDOWN)
			return NULL;
		if (sk->sk_wmem_alloc < sk->sk_sndbuf)
			break;
		*err = -EAGAIN;
		if (sock_timed_out(timeo))
			return NULL;
		*err = sock_wait(sk, timeo);
		if (*err)
			return NULL;
	}
	skb = sock_wmalloc(sk, size);
	*err = skb ? 0 : -ENOBUFS;
	return skb;
}

/*
 * A datagram reaches its receiver, which owns it from now on (as Linux's
 * skb_set_owner_r): the sender has its room back at once — a datagram
 * sender never waits for a slow reader — and the receiver's receive
 * buffer is charged until it reads it.  The buffer holds no reference to
 * its receiver, whose queue it is on: the receiver frees it when it goes.
 */
void skb_set_owner_r(struct sk_buff *skb, struct sock *sk)
{
	struct sock *sender = skb->sk;

	sender->sk_wmem_alloc -= skb->truesize;
	wake_up(sender);
	sock_put(sender);
	skb->sk = sk;
	skb->rmem_charged = 1;
	sk->sk_rmem_alloc += skb->truesize;
}

/* The buffer is consumed: its owner gets the room back (and may be waiting for it). */
void kfree_skb(struct sk_buff *skb)
{
	struct sock *sk = skb->sk;

	if (skb->destructor)
		skb->destructor(skb);
	if (skb->rmem_charged) {
		sk->sk_rmem_alloc -= skb->truesize;
		kfree(skb);
		return;
	}
	sk->sk_wmem_alloc -= skb->truesize;
	wake_up(sk);
	kfree(skb);
	sock_put(sk);
}

void skb_queue_tail(struct sk_buff_head *list, struct sk_buff *skb)
{
	skb->next = NULL;
	if (list->tail)
		list->tail->next = skb;
	else
		list->head = skb;
	list->tail = skb;
	list->qlen++;
}

struct sk_buff *skb_dequeue(struct sk_buff_head *list)
{
	struct sk_buff *skb = list->head;

	if (!skb)
		return NULL;
	list->head = skb->next;
	if (!list->head)
		list->tail = NULL;
	list->qlen--;
	skb->next = NULL;
	return skb;
}

/* Take skb out of the middle of list. */
void skb_unlink(struct sk_buff *skb, struct sk_buff_head *list)
{
	struct sk_buff **link, *prev = NULL;

	for (link = &list->head; *link; prev = *link, link = &(*link)->next) {
		if (*link == skb) {
			*link = skb->next;
			if (list->tail == skb)
				list->tail = prev;
			list->qlen--;
			skb->next = NULL;
			return;
		}
	}
}

void skb_queue_purge(struct sk_buff_head *list)
{
	struct sk_buff *skb;

	while ((skb = skb_dequeue(list)) != NULL)
		kfree_skb(skb);
}
