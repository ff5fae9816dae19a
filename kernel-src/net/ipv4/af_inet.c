/*
 * af_inet.c - IPv4 sockets: socket(AF_INET, ...) and what TCP and UDP
 * share — bind, the names getsockname and getpeername report, shutdown,
 * the IP-level options — on a machine whose only interface is loopback
 * (lo, 127.0.0.0/8), as a Linux box with nothing but lo up.
 *
 * No packets are made: a TCP connection is two socks that point at each
 * other, as af_unix's are (tcp.c), and a UDP datagram goes straight to the
 * receiving socket's queue (udp.c).  Ports are kept in
 * inet_connection_sock.c.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <uapi/linux/tcp.h>
#include <net/inet_sock.h>

static int inet_is_loopback(__be32 addr)
{
	return (ntohl(addr) >> 24) == IN_LOOPBACKNET;
}

/* Whatever is still queued goes with the sock. */
static void inet_sock_destruct(struct sock *sk)
{
	skb_queue_purge(&sk->sk_receive_queue);
}

/* A new IPv4 sock: for sock, or (sock NULL) the server's end of a TCP connection. */
struct sock *inet_sk_alloc(struct socket *sock, int protocol)
{
	struct sock *sk = sk_alloc(AF_INET, sizeof(struct inet_sock));

	if (!sk)
		return NULL;
	sock_init_data(sock, sk);
	sk->sk_protocol = protocol;
	sk->sk_destruct = inet_sock_destruct;
	return sk;
}

/* socket(2): protocol 0 picks the type's protocol, as Linux's inetsw table. */
static int inet_create(struct socket *sock, int protocol)
{
	switch (sock->type) {
	case SOCK_STREAM:
		if (protocol && protocol != IPPROTO_TCP)
			return -EPROTONOSUPPORT;
		return tcp_create(sock);
	case SOCK_DGRAM:
		if (protocol && protocol != IPPROTO_UDP)
			return -EPROTONOSUPPORT;
		return udp_create(sock);
	default:
		return -ESOCKTNOSUPPORT;	/* no raw sockets: there is no IP layer */
	}
}

const struct net_proto_family inet_family_ops = {
	.family = AF_INET,
	.create = inet_create,
};

/*
 * The route to daddr: loopback only.  INADDR_ANY means this host, as Linux
 * takes it; 127.0.0.0/8 is reached from lo's address, 127.0.0.1; anything
 * else is on no network this machine has.
 */
int inet_route(__be32 *daddr, __be32 *saddr)
{
	if (!*daddr)
		*daddr = htonl(INADDR_LOOPBACK);
	if (!inet_is_loopback(*daddr))
		return -ENETUNREACH;
	*saddr = htonl(INADDR_LOOPBACK);
	return 0;
}

/* A destination for connect or sendto: a whole sockaddr_in of the AF_INET family. */
int inet_check_dest(struct sockaddr *uaddr, int addr_len)
{
	if (addr_len < (int)sizeof(struct sockaddr_in))
		return -EINVAL;
	if (uaddr->sa_family != AF_INET)
		return -EAFNOSUPPORT;
	return 0;
}

/* connect chose the source address of an unbound (or INADDR_ANY) socket: it is its name now. */
void inet_set_source(struct inet_sock *inet, __be32 saddr)
{
	if (inet->inet_rcv_saddr)
		saddr = inet->inet_rcv_saddr;
	inet->inet_saddr = saddr;
	inet->inet_rcv_saddr = saddr;
}

/*
 * bind: an address of this host (INADDR_ANY or 127.0.0.0/8) and a port (0:
 * an ephemeral one).  As Linux's inet_bind, AF_UNSPEC passes for
 * INADDR_ANY, and a socket binds once.
 */
int inet_bind(struct socket *sock, struct sockaddr *uaddr, int addr_len)
{
	struct sockaddr_in *addr = (struct sockaddr_in *)uaddr;
	struct sock *sk = sock->sk;
	struct inet_sock *inet = inet_sk(sk);
	int err;

	if (addr_len < (int)sizeof(struct sockaddr_in))
		return -EINVAL;
	if (addr->sin_family != AF_INET &&
	    (addr->sin_family != AF_UNSPEC || addr->sin_addr.s_addr != htonl(INADDR_ANY)))
		return -EAFNOSUPPORT;
	if (addr->sin_addr.s_addr && !inet_is_loopback(addr->sin_addr.s_addr))
		return -EADDRNOTAVAIL;
	if (sk->sk_state != TCP_CLOSE || inet->inet_num)
		return -EINVAL;
	inet->inet_rcv_saddr = inet->inet_saddr = addr->sin_addr.s_addr;
	err = inet_get_port(sk, ntohs(addr->sin_port));
	if (err)
		inet->inet_rcv_saddr = inet->inet_saddr = 0;
	return err;
}

/* getsockname, getpeername (peer 1) and accept's peer (peer 2). */
int inet_getname(struct socket *sock, struct sockaddr *uaddr, int *uaddr_len, int peer)
{
	struct sockaddr_in *sin = (struct sockaddr_in *)uaddr;
	struct sock *sk = sock->sk;
	struct inet_sock *inet = inet_sk(sk);

	memset(sin, 0, sizeof(*sin));
	sin->sin_family = AF_INET;
	if (peer) {
		if (!inet->inet_dport || (sk->sk_state == TCP_CLOSE && peer == 1))
			return -ENOTCONN;
		sin->sin_port = inet->inet_dport;
		sin->sin_addr.s_addr = inet->inet_daddr;
	} else {
		sin->sin_port = inet->inet_sport;
		sin->sin_addr.s_addr = inet->inet_rcv_saddr ? inet->inet_rcv_saddr : inet->inet_saddr;
	}
	*uaddr_len = sizeof(*sin);
	return 0;
}

/*
 * shutdown, as Linux's inet_shutdown: an unconnected socket says ENOTCONN
 * (but is shut down all the same, so pollers wake); a listener stops
 * listening on SHUT_RD; a TCP connection tells its peer.
 */
int inet_shutdown(struct socket *sock, int how)
{
	struct sock *sk = sock->sk;
	int err = 0;

	how++;		/* SHUT_RD -> RCV_SHUTDOWN, SHUT_WR -> SEND_SHUTDOWN, both */
	if ((how & ~SHUTDOWN_MASK) || !how)
		return -EINVAL;
	switch (sk->sk_state) {
	case TCP_LISTEN:
		if (how & RCV_SHUTDOWN)
			tcp_disconnect(sk);
		break;
	case TCP_CLOSE:
		err = -ENOTCONN;
		/* fall through */
	default:
		sk->sk_shutdown |= how;
		if (sk->sk_protocol == IPPROTO_TCP)
			tcp_shutdown(sk, how);
	}
	wake_up(sk);
	return err;
}

/* The IPPROTO_TCP level's one option, TCP_NODELAY; the IP level's are not kept. */
int inet_setsockopt(struct socket *sock, int level, int optname, char __user *optval, unsigned int optlen)
{
	int val;

	if (level != IPPROTO_TCP || sock->sk->sk_protocol != IPPROTO_TCP || optname != TCP_NODELAY)
		return -ENOPROTOOPT;
	if (optlen < sizeof(int))
		return -EINVAL;
	if (copy_from_user(&val, optval, sizeof(val)))
		return -EFAULT;
	inet_sk(sock->sk)->nodelay = val != 0;
	return 0;
}

int inet_getsockopt(struct socket *sock, int level, int optname, char __user *optval, int __user *optlen)
{
	int val = inet_sk(sock->sk)->nodelay, len;

	if (level != IPPROTO_TCP || sock->sk->sk_protocol != IPPROTO_TCP || optname != TCP_NODELAY)
		return -ENOPROTOOPT;
	if (copy_from_user(&len, optlen, sizeof(len)))
		return -EFAULT;
	if (len < 0)
		return -EINVAL;
	if (len > (int)sizeof(val))
		len = sizeof(val);
	if (copy_to_user(optval, &val, len) || copy_to_user(optlen, &len, sizeof(len)))
		return -EFAULT;
	return 0;
}
