/*
 * tcp.c - TCP over loopback: SOCK_STREAM sockets of AF_INET.
 *
 * A connection is two inet socks that point at each other (peer), each
 * holding the other, as af_unix's connected sockets do.  connect() to a
 * listener makes the server's end at once — the three-way handshake that
 * loopback completes before connect returns — and queues it on the
 * listener's receive queue for accept().  Writing queues buffers on the
 * peer's receive queue, charged to the writer's send buffer until read.
 *
 * What the wire would carry is a state change of the peer: a FIN
 * (shutdown(SHUT_WR), close) is end of file for its reader; an RST (close
 * with unread data, a listener closed with connections pending, data
 * arriving at a closed socket) is an error the peer reports once.
 * There is no TIME_WAIT: a closed connection's port is free at once.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/fs.h>
#include <net/inet_sock.h>

#define TCP_SKB_MAX	(PAGE_SIZE - sizeof(struct sk_buff) - 64)	/* a write's buffers fit a page */
#define TCP_SKB_CONSUMED(skb)	((skb)->cb[0])	/* bytes of the buffer already read */

static const struct proto_ops inet_stream_ops;

int tcp_create(struct socket *sock)
{
	sock->ops = &inet_stream_ops;
	return inet_sk_alloc(sock, IPPROTO_TCP) ? 0 : -ENOMEM;
}

/* The peer reset the connection: err once, then end of file, and no more writing. */
static void tcp_reset(struct sock *sk, int err)
{
	sk->sk_err = err;
	sk->sk_shutdown = SHUTDOWN_MASK;
	sk->sk_state = TCP_CLOSE;
	wake_up(sk);
}

static void tcp_close(struct sock *sk, int embryo);

/* A listener's pending connections, never accepted, are reset. */
static void tcp_reset_pending(struct sock *sk)
{
	struct sk_buff *skb;

	while ((skb = skb_dequeue(&sk->sk_receive_queue)) != NULL) {
		tcp_close(skb->sk, 1);
		kfree_skb(skb);
	}
}

/* A FIN arrives: the reader gets end of file once the data before it is read. */
static void tcp_fin(struct sock *sk)
{
	sk->sk_shutdown |= RCV_SHUTDOWN;
	wake_up(sk);
}

/*
 * The socket is closed (or, embryo, a connection nobody accepted is
 * dropped).  Its peer gets a FIN — or an RST if data sent to this end was
 * never read — and this end lets go of it; the peer still holds this one,
 * and finds it dead when it writes.
 */
static void tcp_close(struct sock *sk, int embryo)
{
	struct inet_sock *inet = inet_sk(sk);
	struct sock *other = inet->peer;

	if (sk->sk_state == TCP_LISTEN)
		tcp_reset_pending(sk);
	inet_put_port(sk);
	sk_set_closed(sk);
	if (other) {
		if (!skb_queue_empty(&sk->sk_receive_queue) || embryo)
			tcp_reset(other, ECONNRESET);
		else
			tcp_fin(other);
		inet->peer = NULL;
		sock_put(other);
	}
	skb_queue_purge(&sk->sk_receive_queue);
	sock_put(sk);
}

static int tcp_release(struct socket *sock)
{
	if (sock->sk) {
		tcp_close(sock->sk, 0);
		sock->sk = NULL;
	}
	return 0;
}

/* A listener stops listening (shutdown(SHUT_RD)). */
void tcp_disconnect(struct sock *sk)
{
	sk->sk_state = TCP_CLOSE;
	tcp_reset_pending(sk);
}

/* shutdown(SHUT_WR) (how has SEND_SHUTDOWN) sends a FIN. */
void tcp_shutdown(struct sock *sk, int how)
{
	struct sock *other = inet_sk(sk)->peer;

	if ((how & SEND_SHUTDOWN) && other && !sock_flag(other, SOCK_DEAD))
		tcp_fin(other);
}

static int tcp_acceptq_is_full(struct sock *sk)
{
	return sk->sk_receive_queue.qlen > sk->sk_max_ack_backlog;
}

/* listen: an unbound socket gets an ephemeral port, and the port is checked again. */
static int tcp_listen(struct socket *sock, int backlog)
{
	struct sock *sk = sock->sk;

	if (sock->state != SS_UNCONNECTED)
		return -EINVAL;
	if (sk->sk_state != TCP_CLOSE && sk->sk_state != TCP_LISTEN)
		return -EINVAL;
	if (sk->sk_state == TCP_CLOSE && inet_get_port(sk, inet_sk(sk)->inet_num))
		return -EADDRINUSE;
	sk->sk_max_ack_backlog = backlog;
	sk->sk_state = TCP_LISTEN;
	wake_up(sk);		/* connectors waiting for room in a longer backlog */
	return 0;
}

/*
 * The listener for daddr:dport, waiting (unless nonblocking) while its
 * backlog is full: NULL with *err set when there is none.
 */
static struct sock *tcp_find_listener(struct sock *sk, __be32 saddr, __be32 daddr, __be16 dport,
				      u64 timeo, int *err)
{
	struct sock *listener;

	for (;;) {
		listener = inet_lookup(IPPROTO_TCP, saddr, inet_sk(sk)->inet_sport, daddr, ntohs(dport));
		*err = -ECONNREFUSED;
		if (!listener)
			return NULL;
		if (!tcp_acceptq_is_full(listener))
			return listener;
		*err = -EAGAIN;
		if (sock_timed_out(timeo))
			return NULL;
		*err = sock_wait(listener, timeo);
		if (*err)
			return NULL;
	}
}

/* The server's end of sk's connection to listener, queued for accept. */
static int tcp_make_child(struct sock *sk, struct sock *listener)
{
	struct inet_sock *inet = inet_sk(sk), *child;
	struct sock *newsk = inet_sk_alloc(NULL, IPPROTO_TCP);
	struct sk_buff *skb;

	if (!newsk)
		return -ENOMEM;
	child = inet_sk(newsk);
	newsk->sk_type = SOCK_STREAM;
	newsk->sk_state = TCP_ESTABLISHED;
	/* what a listener's clone inherits */
	newsk->sk_reuse = listener->sk_reuse;
	newsk->sk_reuseport = listener->sk_reuseport;
	newsk->sk_sndbuf = listener->sk_sndbuf;
	newsk->sk_rcvbuf = listener->sk_rcvbuf;
	newsk->sk_flags = listener->sk_flags & (1UL << SOCK_KEEPOPEN);
	child->nodelay = inet_sk(listener)->nodelay;
	child->inet_rcv_saddr = child->inet_saddr = inet->inet_daddr;
	child->inet_daddr = inet->inet_saddr;
	child->inet_dport = inet->inet_sport;
	skb = sock_wmalloc(newsk, 0);		/* what carries it on the accept queue */
	if (!skb) {
		sock_put(newsk);
		return -ENOMEM;
	}
	inet_inherit_port(listener, newsk);
	child->peer = sk;		/* each end holds the other */
	sock_hold(sk);
	inet->peer = newsk;
	sock_hold(newsk);
	skb_queue_tail(&listener->sk_receive_queue, skb);
	wake_up(listener);
	return 0;
}

/*
 * connect: loopback completes the handshake at once with a listener at
 * the address (ECONNREFUSED when there is none); an unbound socket gets an
 * ephemeral port and 127.0.0.1.
 */
static int tcp_connect(struct socket *sock, struct sockaddr *uaddr, int addr_len, int flags)
{
	struct sockaddr_in *usin = (struct sockaddr_in *)uaddr;
	struct sock *sk = sock->sk, *listener;
	struct inet_sock *inet = inet_sk(sk);
	__be32 daddr, saddr;
	int err = inet_check_dest(uaddr, addr_len);

	if (err)
		return err;
	if (sock->state == SS_CONNECTED || sk->sk_state != TCP_CLOSE)
		return -EISCONN;
	daddr = usin->sin_addr.s_addr;
	err = inet_route(&daddr, &saddr);
	if (err)
		return err;
	if (inet->inet_rcv_saddr)
		saddr = inet->inet_rcv_saddr;
	listener = tcp_find_listener(sk, saddr, daddr, usin->sin_port, sock_sndtimeo(sk, flags & O_NONBLOCK), &err);
	if (!listener)
		return err;
	if (!inet->inet_num && inet_get_port(sk, 0))
		return -EADDRNOTAVAIL;
	inet_set_source(inet, saddr);
	inet->inet_daddr = daddr;
	inet->inet_dport = usin->sin_port;
	err = tcp_make_child(sk, listener);
	if (err)
		return err;
	sk->sk_state = TCP_ESTABLISHED;
	sock->state = SS_CONNECTED;
	return 0;
}

/*
 * Data for a peer that is closed: loopback answers with an RST at once.
 * This write succeeds (the bytes are lost); the next reports EPIPE, as
 * Linux's does after a peer's FIN then RST.
 */
static void tcp_send_to_closed(struct sock *sk, struct sk_buff *skb)
{
	kfree_skb(skb);
	tcp_reset(sk, EPIPE);
}

/*
 * Write: buffers of at most a page on the peer's receive queue, waiting
 * for room in the send buffer.  EPIPE (and SIGPIPE, unless MSG_NOSIGNAL)
 * when the connection cannot carry data, as Linux's tcp_sendmsg.
 */
static int tcp_sendmsg(struct socket *sock, struct msghdr *msg, size_t len)
{
	struct sock *sk = sock->sk, *other = inet_sk(sk)->peer;
	int flags = msg->msg_flags, err = -EPIPE;
	struct sk_buff *skb;
	size_t sent = 0;

	if (flags & MSG_OOB)
		return -EOPNOTSUPP;
	if (sk->sk_state != TCP_ESTABLISHED) {
		err = sock_error(sk);
		return sk_stream_error(flags, err ? err : -EPIPE);
	}
	while (sent < len) {
		size_t size = min_t(size_t, len - sent, TCP_SKB_MAX);

		skb = sock_alloc_send_skb(sk, size, flags & MSG_DONTWAIT, &err);
		if (!skb)
			break;
		if (copy_from_iter(skb->data, size, &msg->msg_iter) != size) {
			kfree_skb(skb);
			err = -EFAULT;
			break;
		}
		sent += size;
		if (sock_flag(other, SOCK_DEAD)) {
			tcp_send_to_closed(sk, skb);
			break;
		}
		skb_queue_tail(&other->sk_receive_queue, skb);
		wake_up(other);
	}
	return sent ? (int)sent : sk_stream_error(flags, err);
}

/* Closed, and not by a connection's end (that reads end of file, after its error): nothing is queued. */
static int tcp_never_connected(struct sock *sk)
{
	return sk->sk_state == TCP_CLOSE && !sk->sk_err && !(sk->sk_shutdown & RCV_SHUTDOWN);
}

/* Read a stream (net/core/stream.c says how much and how long). */
static int tcp_recvmsg(struct socket *sock, struct msghdr *msg, size_t size, int flags)
{
	struct sock *sk = sock->sk;
	struct sk_buff *skb;
	struct sk_stream_read rd;
	int err = 0;

	if (flags & MSG_OOB)
		return -EINVAL;		/* no urgent data ever arrives */
	if (sk->sk_state == TCP_LISTEN || tcp_never_connected(sk))
		return -ENOTCONN;
	sk_stream_read_init(&rd, sk, msg, size, flags);
	while (rd.copied < size && (skb = sk_stream_next(sk, &rd, msg, &err)) != NULL) {
		size_t chunk = min_t(size_t, skb->len - TCP_SKB_CONSUMED(skb), size - rd.copied);

		if (copy_to_iter(skb->data + TCP_SKB_CONSUMED(skb), chunk, &msg->msg_iter) != chunk) {
			err = -EFAULT;
			break;
		}
		rd.copied += chunk;
		if (flags & MSG_PEEK) {
			rd.last = skb;
			continue;
		}
		TCP_SKB_CONSUMED(skb) += chunk;
		if (TCP_SKB_CONSUMED(skb) == skb->len) {
			skb_dequeue(&sk->sk_receive_queue);
			kfree_skb(skb);
		}
	}
	if (rd.copied)
		return rd.copied;
	return err == 1 ? 0 : err;
}

/* Room to write while a third of the send buffer is free, as Linux's sk_stream_is_writeable. */
static int tcp_writable(struct sock *sk)
{
	return sk->sk_wmem_alloc * 3 <= sk->sk_sndbuf * 2;
}

/* As Linux's tcp_poll: a socket neither connected nor listening is hung up. */
static unsigned int tcp_poll(struct socket *sock)
{
	struct sock *sk = sock->sk;
	unsigned int mask = 0;

	if (sk->sk_state == TCP_LISTEN)
		return skb_queue_empty(&sk->sk_receive_queue) ? 0 : POLLIN | POLLRDNORM;
	if (sk->sk_shutdown == SHUTDOWN_MASK || sk->sk_state == TCP_CLOSE)
		mask |= POLLHUP;
	if (sk->sk_shutdown & RCV_SHUTDOWN)
		mask |= POLLIN | POLLRDNORM | POLLRDHUP;
	if (!skb_queue_empty(&sk->sk_receive_queue))
		mask |= POLLIN | POLLRDNORM;
	if ((sk->sk_shutdown & SEND_SHUTDOWN) || tcp_writable(sk))
		mask |= POLLOUT | POLLWRNORM;
	if (sk->sk_err)
		mask |= POLLERR;
	return mask;
}

static const struct proto_ops inet_stream_ops = {
	.family = AF_INET,
	.release = tcp_release,
	.bind = inet_bind,
	.connect = tcp_connect,
	.socketpair = sock_no_socketpair,
	.accept = sk_stream_accept,
	.getname = inet_getname,
	.poll = tcp_poll,
	.listen = tcp_listen,
	.shutdown = inet_shutdown,
	.sendmsg = tcp_sendmsg,
	.recvmsg = tcp_recvmsg,
	.setsockopt = inet_setsockopt,
	.getsockopt = inet_getsockopt,
};
