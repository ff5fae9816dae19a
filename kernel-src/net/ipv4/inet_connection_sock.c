/*
 * inet_connection_sock.c - who holds which port.  Every bound TCP or UDP
 * socket is on one list (TCP's and UDP's ports are separate name spaces);
 * bind checks it for conflicts as Linux's inet_csk_bind_conflict and
 * udp_lib_lport_inuse do, port 0 draws an ephemeral port from Linux's
 * default range, and arriving connections and datagrams find their
 * receiver on it.  A machine with only loopback has few sockets: a list
 * is enough where Linux hashes.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <net/inet_sock.h>

static struct inet_sock *inet_bound_list;
static unsigned short inet_rover = INET_PORT_LOW;	/* the next ephemeral port to try */

/* Two bound addresses overlap when they are equal or either is INADDR_ANY. */
static int inet_addrs_overlap(struct inet_sock *a, struct inet_sock *b)
{
	return !a->inet_rcv_saddr || !b->inet_rcv_saddr || a->inet_rcv_saddr == b->inet_rcv_saddr;
}

/*
 * Would sk, bound to snum, clash with a socket already there?  Not when
 * both said SO_REUSEPORT, nor when both said SO_REUSEADDR and (for TCP)
 * the other is not listening: a restarted server may rebind while its old
 * connections live on, but two listeners may not share a port.
 */
static int inet_bind_conflict(struct sock *sk, unsigned short snum)
{
	struct inet_sock *other;

	for (other = inet_bound_list; other; other = other->next_bound) {
		struct sock *sk2 = &other->sk;

		if (sk2 == sk || sk2->sk_protocol != sk->sk_protocol || other->inet_num != snum)
			continue;
		if (sk->sk_reuseport && sk2->sk_reuseport)
			continue;
		if (sk->sk_reuse && sk2->sk_reuse &&
		    (sk->sk_protocol == IPPROTO_UDP || sk2->sk_state != TCP_LISTEN))
			continue;
		if (inet_addrs_overlap(inet_sk(sk), other))
			return 1;
	}
	return 0;
}

/* An ephemeral port no socket of sk's protocol holds, or 0 when the range is used up. */
static unsigned short inet_pick_port(struct sock *sk)
{
	int tries = INET_PORT_HIGH - INET_PORT_LOW + 1;
	struct inet_sock *other;

	while (tries-- > 0) {
		unsigned short port = inet_rover;

		inet_rover = port == INET_PORT_HIGH ? INET_PORT_LOW : port + 1;
		for (other = inet_bound_list; other; other = other->next_bound)
			if (other->sk.sk_protocol == sk->sk_protocol && other->inet_num == port)
				break;
		if (!other)
			return port;
	}
	return 0;
}

static void inet_hash(struct sock *sk, unsigned short snum)
{
	struct inet_sock *inet = inet_sk(sk);

	inet->inet_num = snum;
	inet->inet_sport = htons(snum);
	inet->next_bound = inet_bound_list;
	inet_bound_list = inet;
}

/*
 * Give sk the port snum (0: an ephemeral one).  An already bound socket
 * (listen() checks again) only has its claim checked.
 */
int inet_get_port(struct sock *sk, unsigned short snum)
{
	if (!snum) {
		snum = inet_pick_port(sk);
		if (!snum)
			return -EADDRINUSE;
	} else if (inet_bind_conflict(sk, snum)) {
		return -EADDRINUSE;
	}
	if (!inet_sk(sk)->inet_num)
		inet_hash(sk, snum);
	return 0;
}

/* sk lets go of its port. */
void inet_put_port(struct sock *sk)
{
	struct inet_sock **link;

	for (link = &inet_bound_list; *link; link = &(*link)->next_bound) {
		if (*link == inet_sk(sk)) {
			*link = inet_sk(sk)->next_bound;
			break;
		}
	}
	inet_sk(sk)->inet_num = 0;
}

/* An accepted connection holds its listener's port too (a new bind may clash with it). */
void inet_inherit_port(struct sock *sk, struct sock *child)
{
	inet_hash(child, inet_sk(sk)->inet_num);
}

/*
 * May sk take what from (saddr:sport) sends?  A TCP socket takes
 * connections while it listens; a UDP socket connected to someone takes
 * only that one's datagrams.
 */
static int inet_may_receive(struct sock *sk, __be32 saddr, __be16 sport)
{
	struct inet_sock *inet = inet_sk(sk);

	if (sk->sk_protocol == IPPROTO_TCP)
		return sk->sk_state == TCP_LISTEN;
	return sk->sk_state != TCP_ESTABLISHED || (inet->inet_daddr == saddr && inet->inet_dport == sport);
}

/*
 * The socket that receives what saddr:sport sends to daddr:dport: one
 * bound to daddr itself before one bound to INADDR_ANY, as Linux scores them.
 */
struct sock *inet_lookup(int protocol, __be32 saddr, __be16 sport, __be32 daddr, unsigned short dport)
{
	struct inet_sock *inet, *wildcard = NULL;

	for (inet = inet_bound_list; inet; inet = inet->next_bound) {
		if (inet->sk.sk_protocol != protocol || inet->inet_num != dport ||
		    !inet_may_receive(&inet->sk, saddr, sport))
			continue;
		if (inet->inet_rcv_saddr == daddr)
			return &inet->sk;
		if (!inet->inet_rcv_saddr && !wildcard)
			wildcard = inet;
	}
	return wildcard ? &wildcard->sk : NULL;
}
