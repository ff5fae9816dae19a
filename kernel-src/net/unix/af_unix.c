/*
 * af_unix.c - Unix-domain sockets: SOCK_STREAM, SOCK_DGRAM and
 * SOCK_SEQPACKET between processes on this machine.
 *
 * A socket's sock is a struct unix_sock.  Connected sockets point at each
 * other (unix_peer), each holding a reference.  Sending queues an sk_buff
 * on the peer's receive queue; the sender's send buffer is charged until
 * the receiver consumes it.  A stream's reader takes bytes across buffers;
 * datagram and seqpacket readers take one buffer (one message) each time.
 *
 * Names: bind() to a path makes a socket inode in the file system
 * (S_ISSOCK) and puts the socket on the list of bound sockets, where
 * connect and sendto find it by that inode.  A name starting with a zero
 * byte is abstract: it lives on the list only, and goes with the socket.
 *
 * connect() to a listening socket makes the server's end at once (an
 * "embryo" sock, already connected to the client) and queues a buffer
 * owned by it on the listener's receive queue, where accept() finds it.
 * The client may write before the server accepts.
 *
 * Sending and receiving are in msg.c; garbage.c frees sockets that only
 * descriptors in flight (SCM_RIGHTS) keep alive.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/fs.h>
#include <linux/net.h>
#include <uapi/linux/un.h>
#include <net/sock.h>
#include <net/af_unix.h>

static struct unix_sock *unix_bound_list;
static const struct proto_ops unix_stream_ops, unix_dgram_ops, unix_seqpacket_ops;

static void unix_release_addr(struct unix_address *addr)
{
	if (addr && --addr->refcnt == 0)
		kfree(addr);
}

static void unix_insert_socket(struct unix_sock *u)
{
	u->next_bound = unix_bound_list;
	unix_bound_list = u;
}

static void unix_remove_socket(struct unix_sock *u)
{
	struct unix_sock **link;

	for (link = &unix_bound_list; *link; link = &(*link)->next_bound) {
		if (*link == u) {
			*link = u->next_bound;
			return;
		}
	}
}

static struct unix_sock *unix_find_socket_byinode(struct inode *inode)
{
	struct unix_sock *u;

	for (u = unix_bound_list; u; u = u->next_bound)
		if (u->path == inode)
			return u;
	return NULL;
}

/* Abstract names are separate for each socket type, as Linux hashes them. */
static struct unix_sock *unix_find_socket_byname(struct sockaddr_un *sunname, int len, int type)
{
	struct unix_sock *u;

	for (u = unix_bound_list; u; u = u->next_bound)
		if (!u->path && u->sk.sk_type == type && u->addr->len == len &&
		    !memcmp(&u->addr->name, sunname, len))
			return u;
	return NULL;
}

/*
 * Check an address; returns its real length: for a path, up to its NUL (the
 * caller's storage has room for one more byte), for an abstract name all of it.
 */
int unix_mkname(struct sockaddr_un *sunaddr, int len)
{
	if (len <= (int)sizeof(short) || len > (int)sizeof(*sunaddr))
		return -EINVAL;
	if (sunaddr->sun_family != AF_UNIX)
		return -EINVAL;
	if (sunaddr->sun_path[0]) {
		((char *)sunaddr)[len] = 0;
		len = strlen(sunaddr->sun_path) + 1 + sizeof(short);
	}
	return len;
}

static struct unix_address *unix_make_addr(struct sockaddr_un *sunaddr, int len)
{
	struct unix_address *addr = kzalloc(sizeof(*addr), GFP_KERNEL);

	if (!addr)
		return NULL;
	addr->refcnt = 1;
	addr->len = len;
	memcpy(&addr->name, sunaddr, len);
	return addr;
}

/* The socket bound to a name, if it is of the right type. */
struct sock *unix_find_other(struct sockaddr_un *sunname, int len, int type, int *err)
{
	struct unix_sock *u;

	if (sunname->sun_path[0]) {
		struct inode *inode = namei(AT_FDCWD, sunname->sun_path, err);

		if (!inode)
			return NULL;
		*err = -ECONNREFUSED;
		if (!S_ISSOCK(inode->i_mode))
			return NULL;
		u = unix_find_socket_byinode(inode);
		if (!u)
			return NULL;
		if (u->sk.sk_type != type) {
			*err = -EPROTOTYPE;
			return NULL;
		}
	} else {
		*err = -ECONNREFUSED;
		u = unix_find_socket_byname(sunname, len, type);
		if (!u)
			return NULL;
	}
	return &u->sk;
}

/* Connected datagram sockets take only their peer's messages; others anyone's. */
int unix_may_send(struct sock *sk, struct sock *other)
{
	return unix_peer(other) == NULL || unix_peer(other) == sk;
}

int unix_recvq_full(struct sock *sk)
{
	return sk->sk_receive_queue.qlen > sk->sk_max_ack_backlog;
}

static void unix_sock_destructor(struct sock *sk)
{
	skb_queue_purge(&sk->sk_receive_queue);
	unix_release_addr(unix_sk(sk)->addr);
}

/* A new unix sock: for sock, or (sock NULL) the server's end of a connection. */
static struct sock *unix_create1(struct socket *sock)
{
	struct sock *sk = sk_alloc(AF_UNIX, sizeof(struct unix_sock));

	if (!sk)
		return NULL;
	sock_init_data(sock, sk);
	sk->sk_max_ack_backlog = UNIX_MAX_DGRAM_QLEN;
	sk->sk_destruct = unix_sock_destructor;
	return sk;
}

static int unix_create(struct socket *sock, int protocol)
{
	if (protocol && protocol != PF_UNIX)
		return -EPROTONOSUPPORT;
	switch (sock->type) {
	case SOCK_STREAM:
		sock->ops = &unix_stream_ops;
		break;
	case SOCK_RAW:
		sock->type = SOCK_DGRAM;	/* as Linux: a raw Unix socket is a datagram one */
		/* fall through */
	case SOCK_DGRAM:
		sock->ops = &unix_dgram_ops;
		break;
	case SOCK_SEQPACKET:
		sock->ops = &unix_seqpacket_ops;
		break;
	default:
		return -ESOCKTNOSUPPORT;
	}
	return unix_create1(sock) ? 0 : -ENOMEM;
}

const struct net_proto_family unix_family_ops = {
	.family = AF_UNIX,
	.create = unix_create,
};

/*
 * The socket is closed (or, embrion, a connection nobody accepted is
 * dropped).  A connected peer sees end of file — or ECONNRESET if data sent
 * to this end was never read — and may no longer write.  A listener's
 * pending connections are dropped with it.
 */
static void unix_release_sock(struct sock *sk, int embrion)
{
	struct unix_sock *u = unix_sk(sk);
	struct sock *skpair = unix_peer(sk);
	struct sk_buff *skb;
	int state = sk->sk_state;

	unix_remove_socket(u);
	sk_set_closed(sk);
	if (skpair) {
		if (unix_connection_based(sk)) {
			skpair->sk_shutdown = SHUTDOWN_MASK;
			if (!skb_queue_empty(&sk->sk_receive_queue) || embrion)
				skpair->sk_err = ECONNRESET;
			wake_up(skpair);
		}
		unix_peer(sk) = NULL;
		sock_put(skpair);
	}
	while ((skb = skb_dequeue(&sk->sk_receive_queue)) != NULL) {
		if (state == TCP_LISTEN)
			unix_release_sock(skb->sk, 1);
		kfree_skb(skb);
	}
	if (u->path) {
		iput(u->path);
		u->path = NULL;
	}
	sock_put(sk);
}

static int unix_release(struct socket *sock)
{
	if (sock->sk) {
		unix_release_sock(sock->sk, 0);
		sock->sk = NULL;
	}
	if (unix_tot_inflight)
		unix_gc();	/* this socket may have been the last way into a cycle */
	return 0;
}

/* An abstract name of its own ("\0" and five hex digits), for a socket that needs one. */
static int unix_autobind(struct socket *sock)
{
	static unsigned int ordernum = 1;
	struct unix_sock *u = unix_sk(sock->sk);
	struct sockaddr_un sunaddr;
	int len;

	if (u->addr)
		return 0;
	memset(&sunaddr, 0, sizeof(sunaddr));
	sunaddr.sun_family = AF_UNIX;
	do {
		len = snprintf(sunaddr.sun_path + 1, 6, "%05x", ordernum) + 1 + sizeof(short);
		ordernum = (ordernum + 1) & 0xfffff;
	} while (unix_find_socket_byname(&sunaddr, len, sock->sk->sk_type));
	u->addr = unix_make_addr(&sunaddr, len);
	if (!u->addr)
		return -ENOMEM;
	unix_insert_socket(u);
	return 0;
}

/* Make the socket inode for a path name (mode 0777 less the umask, as Linux). */
static int unix_mknod(const char *path, struct inode **res)
{
	int err = vfs_mknod(path, S_IFSOCK | (0777 & ~current->fs->umask), 0);

	if (err)
		return err == -EEXIST ? -EADDRINUSE : err;
	*res = lnamei(AT_FDCWD, path, &err);
	if (!*res)
		return err;
	iget(*res);
	return 0;
}

static int unix_bind(struct socket *sock, struct sockaddr *uaddr, int addr_len)
{
	struct sockaddr_un *sunaddr = (struct sockaddr_un *)uaddr;
	struct unix_sock *u = unix_sk(sock->sk);
	struct unix_address *addr;
	int err;

	if (addr_len < (int)sizeof(short) || sunaddr->sun_family != AF_UNIX)
		return -EINVAL;
	if (addr_len == sizeof(short))
		return unix_autobind(sock);
	addr_len = unix_mkname(sunaddr, addr_len);
	if (addr_len < 0)
		return addr_len;
	if (u->addr)
		return -EINVAL;
	addr = unix_make_addr(sunaddr, addr_len);
	if (!addr)
		return -ENOMEM;
	if (sunaddr->sun_path[0]) {
		err = unix_mknod(sunaddr->sun_path, &u->path);
		if (err) {
			unix_release_addr(addr);
			return err;
		}
	} else if (unix_find_socket_byname(sunaddr, addr_len, sock->sk->sk_type)) {
		unix_release_addr(addr);
		return -EADDRINUSE;
	}
	u->addr = addr;
	unix_insert_socket(u);
	return 0;
}

/* SO_PASSCRED senders need a name their receivers can see. */
int unix_autobind_passcred(struct socket *sock)
{
	if (sock_flag(sock->sk, SOCK_PASSCRED) && !unix_sk(sock->sk)->addr)
		return unix_autobind(sock);
	return 0;
}

/* Connect sk to other: each holds the other, and each knows who is at the other end. */
static void unix_link_peers(struct sock *sk, struct sock *other)
{
	sock_hold(other);
	unix_peer(sk) = other;
	sock_hold(sk);
	unix_peer(other) = sk;
}

/*
 * The stream (and seqpacket) connect: wait while the listener's backlog is
 * full, then make the server's end, connected to us, and queue it for accept.
 */
static int unix_stream_connect(struct socket *sock, struct sockaddr *uaddr, int addr_len, int flags)
{
	struct sockaddr_un *sunaddr = (struct sockaddr_un *)uaddr;
	struct sock *sk = sock->sk, *other, *newsk;
	struct sk_buff *skb;
	u64 timeo = sock_sndtimeo(sk, flags & O_NONBLOCK);
	int err;

	addr_len = unix_mkname(sunaddr, addr_len);
	if (addr_len < 0)
		return addr_len;
	err = unix_autobind_passcred(sock);
	if (err)
		return err;
	for (;;) {
		other = unix_find_other(sunaddr, addr_len, sk->sk_type, &err);
		if (!other)
			return err;
		if (other->sk_state != TCP_LISTEN || (other->sk_shutdown & RCV_SHUTDOWN))
			return -ECONNREFUSED;
		if (!unix_recvq_full(other))
			break;
		if (sock_timed_out(timeo))
			return -EAGAIN;
		err = sock_wait(other, timeo);
		if (err)
			return err;
	}
	if (sk->sk_state == TCP_ESTABLISHED)
		return -EISCONN;
	if (sk->sk_state != TCP_CLOSE)
		return -EINVAL;

	newsk = unix_create1(NULL);
	if (!newsk)
		return -ENOMEM;
	skb = sock_wmalloc(newsk, 0);
	if (!skb) {
		sock_put(newsk);
		return -ENOMEM;
	}
	newsk->sk_type = sk->sk_type;
	newsk->sk_state = TCP_ESTABLISHED;
	newsk->sk_peer_pid = current->tgid;
	unix_sk(newsk)->addr = unix_sk(other)->addr;	/* getsockname of the accepted socket */
	unix_sk(newsk)->addr->refcnt++;
	unix_link_peers(sk, newsk);
	sk->sk_state = TCP_ESTABLISHED;
	sk->sk_peer_pid = other->sk_peer_pid;
	sock->state = SS_CONNECTED;

	skb_queue_tail(&other->sk_receive_queue, skb);
	wake_up(other);
	return 0;
}

static int unix_socketpair(struct socket *socka, struct socket *sockb)
{
	struct sock *ska = socka->sk, *skb = sockb->sk;

	unix_link_peers(ska, skb);
	ska->sk_peer_pid = skb->sk_peer_pid = current->tgid;
	if (ska->sk_type != SOCK_DGRAM) {
		ska->sk_state = skb->sk_state = TCP_ESTABLISHED;
		socka->state = sockb->state = SS_CONNECTED;
	}
	return 0;
}

static int unix_accept(struct socket *sock, struct socket *newsock, int flags)
{
	if (sock->type != SOCK_STREAM && sock->type != SOCK_SEQPACKET)
		return -EOPNOTSUPP;
	return sk_stream_accept(sock, newsock, flags);
}

static int unix_getname(struct socket *sock, struct sockaddr *uaddr, int *uaddr_len, int peer)
{
	struct sockaddr_un *sunaddr = (struct sockaddr_un *)uaddr;
	struct sock *sk = sock->sk;
	struct unix_address *addr;

	if (peer) {
		sk = unix_peer(sk);
		if (!sk)
			return -ENOTCONN;
	}
	addr = unix_sk(sk)->addr;
	if (!addr) {
		sunaddr->sun_family = AF_UNIX;
		sunaddr->sun_path[0] = 0;
		*uaddr_len = sizeof(short);
	} else {
		*uaddr_len = addr->len;
		memcpy(sunaddr, &addr->name, addr->len);
	}
	return 0;
}

static int unix_listen(struct socket *sock, int backlog)
{
	struct sock *sk = sock->sk;

	if (sock->type != SOCK_STREAM && sock->type != SOCK_SEQPACKET)
		return -EOPNOTSUPP;
	if (!unix_sk(sk)->addr)
		return -EINVAL;		/* no listening on an unbound socket */
	if (sk->sk_state != TCP_CLOSE && sk->sk_state != TCP_LISTEN)
		return -EINVAL;
	if ((unsigned int)backlog > sk->sk_max_ack_backlog)
		wake_up(sk);		/* connectors waiting for room */
	sk->sk_max_ack_backlog = backlog;
	sk->sk_state = TCP_LISTEN;
	sk->sk_peer_pid = current->tgid;
	return 0;
}

/* SHUT_RD, SHUT_WR, SHUT_RDWR: a connected peer loses the matching direction too. */
static int unix_shutdown(struct socket *sock, int how)
{
	struct sock *sk = sock->sk, *other = unix_peer(sk);
	int mode, peer_mode = 0;

	if (how < SHUT_RD || how > SHUT_RDWR)
		return -EINVAL;
	mode = how + 1;		/* SHUT_RD -> RCV_SHUTDOWN, SHUT_WR -> SEND_SHUTDOWN, both */
	sk->sk_shutdown |= mode;
	wake_up(sk);
	if (other && unix_connection_based(sk)) {
		if (mode & RCV_SHUTDOWN)
			peer_mode |= SEND_SHUTDOWN;
		if (mode & SEND_SHUTDOWN)
			peer_mode |= RCV_SHUTDOWN;
		other->sk_shutdown |= peer_mode;
		wake_up(other);
	}
	return 0;
}

/* A writer has room while a quarter of its send buffer is free. */
static int unix_writable(struct sock *sk)
{
	return sk->sk_state != TCP_LISTEN && (sk->sk_wmem_alloc << 2) <= sk->sk_sndbuf;
}

/* What the readiness bits of stream and datagram sockets share. */
static unsigned int unix_poll_common(struct sock *sk)
{
	unsigned int mask = 0;

	if (sk->sk_err)
		mask |= POLLERR;
	if (sk->sk_shutdown == SHUTDOWN_MASK)
		mask |= POLLHUP;
	if (sk->sk_shutdown & RCV_SHUTDOWN)
		mask |= POLLRDHUP | POLLIN | POLLRDNORM;
	if (!skb_queue_empty(&sk->sk_receive_queue))
		mask |= POLLIN | POLLRDNORM;
	if (unix_connection_based(sk) && sk->sk_state == TCP_CLOSE)
		mask |= POLLHUP;
	return mask;
}

static unsigned int unix_poll(struct socket *sock)
{
	struct sock *sk = sock->sk;
	unsigned int mask = unix_poll_common(sk);

	if (unix_writable(sk))
		mask |= POLLOUT | POLLWRNORM | POLLWRBAND;
	return mask;
}

/* A datagram writer also needs room in the queue of a receiver that is not connected back. */
static unsigned int unix_dgram_poll(struct socket *sock)
{
	struct sock *sk = sock->sk, *other = unix_peer(sk);
	unsigned int mask = unix_poll_common(sk);

	if (sk->sk_type == SOCK_SEQPACKET && sk->sk_state == TCP_CLOSE)
		return mask;		/* nothing to write to */
	if (!unix_writable(sk))
		return mask;
	if (other && unix_peer(other) != sk && unix_recvq_full(other))
		return mask;
	return mask | POLLOUT | POLLWRNORM | POLLWRBAND;
}

/* connect on a datagram socket: set (or with AF_UNSPEC clear) the default receiver. */
static int unix_dgram_connect(struct socket *sock, struct sockaddr *addr, int alen, int flags)
{
	struct sockaddr_un *sunaddr = (struct sockaddr_un *)addr;
	struct sock *sk = sock->sk, *other = NULL, *old_peer = unix_peer(sk);
	int err;

	if (alen < (int)sizeof(short))
		return -EINVAL;
	if (addr->sa_family != AF_UNSPEC) {
		alen = unix_mkname(sunaddr, alen);
		if (alen < 0)
			return alen;
		err = unix_autobind_passcred(sock);
		if (err)
			return err;
		other = unix_find_other(sunaddr, alen, sock->type, &err);
		if (!other)
			return err;
		if (!unix_may_send(sk, other))
			return -EPERM;
		sock_hold(other);
	}
	if (old_peer && old_peer != other)
		unix_dgram_disconnected(sk, old_peer);
	else if (old_peer)
		sock_put(old_peer);	/* the same peer again: it holds the new reference */
	unix_peer(sk) = other;
	return 0;
}

/* What the three socket types do alike. */
#define UNIX_COMMON_OPS				\
	.family = AF_UNIX,			\
	.release = unix_release,		\
	.bind = unix_bind,			\
	.socketpair = unix_socketpair,		\
	.getname = unix_getname,		\
	.listen = unix_listen,			\
	.shutdown = unix_shutdown

static const struct proto_ops unix_stream_ops = {
	UNIX_COMMON_OPS,
	.connect = unix_stream_connect,
	.accept = unix_accept,
	.poll = unix_poll,
	.sendmsg = unix_stream_sendmsg,
	.recvmsg = unix_stream_recvmsg,
};

static const struct proto_ops unix_dgram_ops = {
	UNIX_COMMON_OPS,
	.connect = unix_dgram_connect,
	.accept = sock_no_accept,
	.poll = unix_dgram_poll,
	.sendmsg = unix_dgram_sendmsg,
	.recvmsg = unix_dgram_recvmsg,
};

static const struct proto_ops unix_seqpacket_ops = {
	UNIX_COMMON_OPS,
	.connect = unix_stream_connect,
	.accept = unix_accept,
	.poll = unix_dgram_poll,
	.sendmsg = unix_seqpacket_sendmsg,
	.recvmsg = unix_seqpacket_recvmsg,
};
