/*
 * stream.c - what connection-based sockets (af_unix's SOCK_STREAM and
 * SOCK_SEQPACKET, tcp) share: how a listener hands over a connection, how
 * a reader waits for data, and how a writer learns the connection is gone.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/net.h>
#include <net/sock.h>

/*
 * Wait for stream data: 0 to look again, or why not (-EAGAIN, -ERESTARTSYS,
 * a pending error), or 1 at end of file.
 */
static int sk_stream_wait_data(struct sock *sk, u64 timeo)
{
	int err = sock_error(sk);

	if (err)
		return err;
	if (sk->sk_shutdown & RCV_SHUTDOWN)
		return 1;
	if (sock_timed_out(timeo))
		return -EAGAIN;
	return sock_wait(sk, timeo);
}

/*
 * A stream read takes whatever is queued, up to size bytes, waiting only
 * while nothing is (MSG_WAITALL: until size bytes came).
 */
void sk_stream_read_init(struct sk_stream_read *rd, struct sock *sk, struct msghdr *msg, size_t size, int flags)
{
	rd->last = NULL;
	rd->copied = 0;
	rd->target = (flags & MSG_WAITALL) && size ? size : 1;
	rd->start = msg->msg_iter;
	rd->timeo = sock_rcvtimeo(sk, flags & MSG_DONTWAIT);
	rd->flags = flags;
}

/*
 * The next buffer to read from, waiting while there is none, or NULL when
 * the read ends: *err is 0 (enough was read), 1 (end of file) or why it
 * could not wait.  MSG_PEEK leaves the buffers queued; if it has to wait,
 * it starts again from the first byte, which another reader may have taken.
 */
struct sk_buff *sk_stream_next(struct sock *sk, struct sk_stream_read *rd, struct msghdr *msg, int *err)
{
	struct sk_buff *skb;

	for (;;) {
		skb = rd->last ? rd->last->next : skb_peek(&sk->sk_receive_queue);
		*err = 0;
		if (skb || rd->copied >= rd->target)
			return skb;
		*err = sk_stream_wait_data(sk, rd->timeo);
		if (*err)
			return NULL;
		if (rd->flags & MSG_PEEK) {
			rd->last = NULL;
			rd->copied = 0;
			msg->msg_iter = rd->start;
		}
	}
}

/* A broken connection: EPIPE, and SIGPIPE unless the caller said MSG_NOSIGNAL. */
int sk_stream_error(int flags, int err)
{
	if (err == -EPIPE && !(flags & MSG_NOSIGNAL))
		send_sig(SIGPIPE, current);
	return err;
}

/*
 * accept: connect() made the server's end at once and queued it on the
 * listener's receive queue, owning an empty buffer there; take the next
 * one (waiting unless nonblocking) and make it newsock's.
 */
int sk_stream_accept(struct socket *sock, struct socket *newsock, int flags)
{
	struct sock *sk = sock->sk, *newsk;
	struct sk_buff *skb;
	int err;

	if (sk->sk_state != TCP_LISTEN)
		return -EINVAL;
	skb = skb_recv_datagram(sk, 0, flags & O_NONBLOCK, &err);
	if (!skb)
		return err ? err : -EINVAL;
	newsk = skb->sk;
	kfree_skb(skb);
	wake_up(sk);		/* a connector may be waiting for room in the backlog */
	newsk->sk_socket = newsock;
	newsock->sk = newsk;
	newsock->state = SS_CONNECTED;
	return 0;
}
