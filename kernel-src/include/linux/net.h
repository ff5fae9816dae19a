/*
 * net.h - the socket layer (net/socket.c).  A socket is a file: its
 * struct file points at a struct socket, which holds the family's
 * operations (proto_ops) and its protocol state (struct sock, net/sock.h).
 * The system calls find the socket behind a descriptor and call the
 * family's operation, as read and write call a file's operations.
 */
#ifndef _LINUX_NET_H
#define _LINUX_NET_H

#include <linux/types.h>
#include <linux/socket.h>
#include <uapi/linux/fcntl.h>

#define SOCK_STREAM	1
#define SOCK_DGRAM	2
#define SOCK_RAW	3
#define SOCK_RDM	4
#define SOCK_SEQPACKET	5
#define SOCK_MAX	(SOCK_SEQPACKET + 6)	/* SOCK_PACKET (10) + 1 */
#define SOCK_TYPE_MASK	0xf

/* Flags socket(), socketpair() and accept4() take along with the type. */
#define SOCK_CLOEXEC	O_CLOEXEC
#define SOCK_NONBLOCK	O_NONBLOCK

#define SHUT_RD		0
#define SHUT_WR		1
#define SHUT_RDWR	2

typedef enum {
	SS_FREE = 0,
	SS_UNCONNECTED,
	SS_CONNECTING,
	SS_CONNECTED,
	SS_DISCONNECTING
} socket_state;

struct file;
struct sock;
struct proto_ops;

struct socket {
	socket_state state;
	short type;			/* SOCK_STREAM ... */
	struct file *file;		/* the open file that is this socket */
	struct sock *sk;		/* the family's state */
	const struct proto_ops *ops;
};

/* A family's operations; each returns 0 / a count, or -errno. */
struct proto_ops {
	int family;
	int (*release)(struct socket *sock);
	int (*bind)(struct socket *sock, struct sockaddr *addr, int addr_len);
	int (*connect)(struct socket *sock, struct sockaddr *addr, int addr_len, int flags);
	int (*socketpair)(struct socket *a, struct socket *b);
	int (*accept)(struct socket *sock, struct socket *newsock, int flags);
	int (*getname)(struct socket *sock, struct sockaddr *addr, int *addr_len, int peer);
	unsigned int (*poll)(struct socket *sock);
	int (*listen)(struct socket *sock, int backlog);
	int (*shutdown)(struct socket *sock, int how);
	int (*sendmsg)(struct socket *sock, struct msghdr *m, size_t len);
	int (*recvmsg)(struct socket *sock, struct msghdr *m, size_t len, int flags);
	/* options of the family's own levels (IPPROTO_TCP...); NULL: it has none */
	int (*setsockopt)(struct socket *sock, int level, int optname, char __user *optval, unsigned int optlen);
	int (*getsockopt)(struct socket *sock, int level, int optname, char __user *optval, int __user *optlen);
};

/* How a family makes a socket of its kind (socket(2)'s protocol argument is passed on). */
struct net_proto_family {
	int family;
	int (*create)(struct socket *sock, int protocol);
};

extern const struct net_proto_family unix_family_ops;	/* net/unix/af_unix.c */
extern const struct net_proto_family inet_family_ops;	/* net/ipv4/af_inet.c */

/* net/socket.c */
struct socket *sock_from_file(struct file *file, int *err);

#endif
