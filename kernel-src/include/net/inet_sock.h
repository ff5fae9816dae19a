/*
 * inet_sock.h - IPv4 sockets (net/ipv4): TCP and UDP over the loopback
 * interface, the only one this machine has.  A socket's sock is a struct
 * inet_sock; its ports and addresses are kept in network byte order, as
 * Linux keeps them, except inet_num (the local port, host order).
 */
#ifndef _INET_SOCK_H
#define _INET_SOCK_H

#include <linux/net.h>
#include <uapi/linux/in.h>
#include <net/sock.h>

/* Linux's default net.ipv4.ip_local_port_range */
#define INET_PORT_LOW	32768
#define INET_PORT_HIGH	60999

#define UDP_MAX_PAYLOAD	65507	/* 65535 less the IP and UDP headers */

struct inet_sock {
	struct sock sk;			/* first: a struct sock * is a struct inet_sock * */
	__be32 inet_rcv_saddr;		/* the bound address; 0: any */
	__be32 inet_saddr;		/* the address it sends from */
	__be32 inet_daddr;		/* the peer's address (connected) */
	__be16 inet_sport, inet_dport;	/* the local port and the peer's */
	unsigned short inet_num;	/* the local port in host order; 0: unbound */
	struct sock *peer;		/* tcp: the other end, held */
	struct inet_sock *next_bound;	/* on the list of bound sockets while inet_num != 0 */
	int nodelay;			/* TCP_NODELAY (kept and reported) */
};

#define inet_sk(sk)	((struct inet_sock *)(sk))

static inline u16 htons(u16 x)
{
	return (u16)(x << 8 | x >> 8);
}

static inline u32 htonl(u32 x)
{
	return __builtin_bswap32(x);
}

#define ntohs(x)	htons(x)
#define ntohl(x)	htonl(x)

/* af_inet.c */
struct sock *inet_sk_alloc(struct socket *sock, int protocol);
int inet_bind(struct socket *sock, struct sockaddr *uaddr, int addr_len);
int inet_getname(struct socket *sock, struct sockaddr *uaddr, int *uaddr_len, int peer);
int inet_shutdown(struct socket *sock, int how);
int inet_route(__be32 *daddr, __be32 *saddr);
int inet_check_dest(struct sockaddr *uaddr, int addr_len);
void inet_set_source(struct inet_sock *inet, __be32 saddr);
int inet_setsockopt(struct socket *sock, int level, int optname, char __user *optval, unsigned int optlen);
int inet_getsockopt(struct socket *sock, int level, int optname, char __user *optval, int __user *optlen);

/* inet_connection_sock.c: who holds which port */
int inet_get_port(struct sock *sk, unsigned short snum);
void inet_put_port(struct sock *sk);
void inet_inherit_port(struct sock *sk, struct sock *child);
struct sock *inet_lookup(int protocol, __be32 saddr, __be16 sport, __be32 daddr, unsigned short dport);

/* tcp.c, udp.c */
int tcp_create(struct socket *sock);
void tcp_shutdown(struct sock *sk, int how);
void tcp_disconnect(struct sock *sk);
int udp_create(struct socket *sock);

#endif
