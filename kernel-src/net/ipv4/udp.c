/*
 * udp.c - UDP over loopback: SOCK_DGRAM sockets of AF_INET.  A datagram
 * goes straight onto the receiving socket's queue, charged to its receive
 * buffer (when that is full the datagram is dropped, as a busy receiver's
 * would be).  A datagram to a port nobody has is dropped too; loopback's
 * ICMP "port unreachable" makes a connected sender's next call fail with
 * ECONNREFUSED, as Linux reports it.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/fs.h>
#include <net/inet_sock.h>

/* Who sent a datagram, for recvfrom. */
#define UDP_SKB_SADDR(skb)	((skb)->cb[0])
#define UDP_SKB_SPORT(skb)	((skb)->cb[1])

static const struct proto_ops inet_dgram_ops;

int udp_create(struct socket *sock)
{
	sock->ops = &inet_dgram_ops;
	return inet_sk_alloc(sock, IPPROTO_UDP) ? 0 : -ENOMEM;
}

static int udp_release(struct socket *sock)
{
	struct sock *sk = sock->sk;

	if (sk) {
		inet_put_port(sk);
		sk_set_closed(sk);
		sock_put(sk);
		sock->sk = NULL;
	}
	return 0;
}

/* A socket that sends or connects before bind gets a port of its own (Linux's inet_autobind). */
static int udp_autobind(struct sock *sk)
{
	if (inet_sk(sk)->inet_num)
		return 0;
	return inet_get_port(sk, 0) ? -EAGAIN : 0;
}

/* connect: the default destination, and the only sender whose datagrams are taken; AF_UNSPEC forgets it. */
static int udp_connect(struct socket *sock, struct sockaddr *uaddr, int addr_len, int flags)
{
	struct sockaddr_in *usin = (struct sockaddr_in *)uaddr;
	struct sock *sk = sock->sk;
	struct inet_sock *inet = inet_sk(sk);
	__be32 daddr, saddr;
	int err;

	if (addr_len < (int)sizeof(uaddr->sa_family))
		return -EINVAL;
	if (uaddr->sa_family == AF_UNSPEC) {
		inet->inet_daddr = 0;
		inet->inet_dport = 0;
		sk->sk_state = TCP_CLOSE;
		return 0;
	}
	err = inet_check_dest(uaddr, addr_len);
	if (err)
		return err;
	daddr = usin->sin_addr.s_addr;
	err = inet_route(&daddr, &saddr);
	if (!err)
		err = udp_autobind(sk);
	if (err)
		return err;
	inet_set_source(inet, saddr);
	inet->inet_daddr = daddr;
	inet->inet_dport = usin->sin_port;
	sk->sk_state = TCP_ESTABLISHED;
	return 0;
}

/* Where a datagram goes: msg's address, or the connected peer's. */
static int udp_destination(struct sock *sk, struct msghdr *msg, __be32 *daddr, __be16 *dport)
{
	struct sockaddr_in *usin = msg->msg_name;

	if (!msg->msg_namelen) {
		if (sk->sk_state != TCP_ESTABLISHED)
			return -EDESTADDRREQ;
		*daddr = inet_sk(sk)->inet_daddr;
		*dport = inet_sk(sk)->inet_dport;
		return 0;
	}
	if (msg->msg_namelen < (int)sizeof(*usin))
		return -EINVAL;
	if (usin->sin_family != AF_INET && usin->sin_family != AF_UNSPEC)
		return -EAFNOSUPPORT;
	*daddr = usin->sin_addr.s_addr;
	*dport = usin->sin_port;
	return *dport ? 0 : -EINVAL;
}

/* Hand skb to the socket bound to daddr:dport; nobody there refuses a connected sender. */
static void udp_deliver(struct sock *sk, struct sk_buff *skb, __be32 daddr, __be16 dport)
{
	struct sock *other = inet_lookup(IPPROTO_UDP, UDP_SKB_SADDR(skb), UDP_SKB_SPORT(skb), daddr, ntohs(dport));

	if (!other) {
		kfree_skb(skb);
		if (sk->sk_state == TCP_ESTABLISHED) {
			sk->sk_err = ECONNREFUSED;
			wake_up(sk);
		}
		return;
	}
	if (other->sk_rmem_alloc + (int)skb->truesize > other->sk_rcvbuf) {
		kfree_skb(skb);
		return;
	}
	skb_set_owner_r(skb, other);
	skb_queue_tail(&other->sk_receive_queue, skb);
	wake_up(other);
}

static int udp_sendmsg(struct socket *sock, struct msghdr *msg, size_t len)
{
	struct sock *sk = sock->sk;
	struct inet_sock *inet = inet_sk(sk);
	struct sk_buff *skb;
	__be32 daddr, saddr;
	__be16 dport;
	int err;

	if (len > UDP_MAX_PAYLOAD)
		return -EMSGSIZE;
	if (msg->msg_flags & MSG_OOB)
		return -EOPNOTSUPP;
	err = udp_destination(sk, msg, &daddr, &dport);
	if (!err)
		err = inet_route(&daddr, &saddr);
	if (!err)
		err = udp_autobind(sk);
	if (err)
		return err;
	if (inet->inet_saddr)
		saddr = inet->inet_saddr;
	skb = sock_alloc_send_skb(sk, len, msg->msg_flags & MSG_DONTWAIT, &err);
	if (!skb)
		return err;
	if (copy_from_iter(skb->data, len, &msg->msg_iter) != len) {
		kfree_skb(skb);
		return -EFAULT;
	}
	UDP_SKB_SADDR(skb) = saddr;
	UDP_SKB_SPORT(skb) = inet->inet_sport;
	udp_deliver(sk, skb, daddr, dport);
	return len;
}

/* One datagram; MSG_TRUNC in the result when the buffer was too small (the flag returns its length). */
static int udp_recvmsg(struct socket *sock, struct msghdr *msg, size_t size, int flags)
{
	struct sockaddr_in *sin = msg->msg_name;
	struct sk_buff *skb;
	int err;

	if (flags & MSG_OOB)
		return -EOPNOTSUPP;
	skb = skb_recv_datagram(sock->sk, flags, flags & MSG_DONTWAIT, &err);
	if (!skb)
		return err;
	if (size > skb->len)
		size = skb->len;
	else if (size < skb->len)
		msg->msg_flags |= MSG_TRUNC;
	err = flags & MSG_TRUNC ? (int)skb->len : (int)size;
	if (copy_to_iter(skb->data, size, &msg->msg_iter) != size)
		err = -EFAULT;
	if (sin) {
		memset(sin, 0, sizeof(*sin));
		sin->sin_family = AF_INET;
		sin->sin_addr.s_addr = UDP_SKB_SADDR(skb);
		sin->sin_port = UDP_SKB_SPORT(skb);
		msg->msg_namelen = sizeof(*sin);
	}
	if (!(flags & MSG_PEEK))
		kfree_skb(skb);
	return err;
}

/* As Linux's datagram_poll; a writer has room while half its send buffer is free. */
static unsigned int udp_poll(struct socket *sock)
{
	struct sock *sk = sock->sk;
	unsigned int mask = 0;

	if (sk->sk_err)
		mask |= POLLERR;
	if (sk->sk_shutdown & RCV_SHUTDOWN)
		mask |= POLLRDHUP | POLLIN | POLLRDNORM;
	if (sk->sk_shutdown == SHUTDOWN_MASK)
		mask |= POLLHUP;
	if (!skb_queue_empty(&sk->sk_receive_queue))
		mask |= POLLIN | POLLRDNORM;
	if (sk->sk_wmem_alloc * 2 < sk->sk_sndbuf)
		mask |= POLLOUT | POLLWRNORM | POLLWRBAND;
	return mask;
}

static const struct proto_ops inet_dgram_ops = {
	.family = AF_INET,
	.release = udp_release,
	.bind = inet_bind,
	.connect = udp_connect,
	.socketpair = sock_no_socketpair,
	.accept = sock_no_accept,
	.getname = inet_getname,
	.poll = udp_poll,
	.listen = sock_no_listen,
	.shutdown = inet_shutdown,
	.sendmsg = udp_sendmsg,
	.recvmsg = udp_recvmsg,
	.setsockopt = inet_setsockopt,
	.getsockopt = inet_getsockopt,
};
