/*
 * datagram.c - taking whole buffers off a socket's receive queue: a
 * datagram, a seqpacket message, or a connection a listener queued for
 * accept.  Shared by every family (af_unix, udp, tcp's accept).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/net.h>
#include <net/sock.h>

static int connection_based(struct sock *sk)
{
	return sk->sk_type == SOCK_STREAM || sk->sk_type == SOCK_SEQPACKET;
}

/*
 * The next buffer on sk's receive queue (left there with MSG_PEEK), waiting
 * for one unless noblock (or until SO_RCVTIMEO).  NULL with *err = 0 when
 * sk can receive no more.
 */
struct sk_buff *skb_recv_datagram(struct sock *sk, int flags, int noblock, int *err)
{
	u64 timeo = sock_rcvtimeo(sk, noblock);
	struct sk_buff *skb;

	for (;;) {
		*err = sock_error(sk);
		if (*err)
			return NULL;
		skb = skb_peek(&sk->sk_receive_queue);
		if (skb) {
			if (!(flags & MSG_PEEK))
				skb_dequeue(&sk->sk_receive_queue);
			return skb;
		}
		*err = -EAGAIN;
		if (sock_timed_out(timeo))
			return NULL;
		*err = 0;
		if (sk->sk_shutdown & RCV_SHUTDOWN)
			return NULL;
		*err = -ENOTCONN;
		if (connection_based(sk) && sk->sk_state != TCP_ESTABLISHED && sk->sk_state != TCP_LISTEN)
			return NULL;
		*err = sock_wait(sk, timeo);
		if (*err)
			return NULL;
	}
}
