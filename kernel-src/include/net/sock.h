/*
 * sock.h - a socket's protocol state (struct sock) and the buffers it
 * queues (struct sk_buff).  A family embeds struct sock first in its own
 * (af_unix: struct unix_sock).  Sleepers wait on the sock itself: readers
 * of its receive queue, writers for room in its send buffer, acceptors and
 * connectors of a listener; every state change does wake_up(sk).
 */
#ifndef _NET_SOCK_H
#define _NET_SOCK_H

#include <linux/types.h>
#include <linux/net.h>

/* sk_state: the TCP names Linux uses for every connection-oriented family. */
#define TCP_ESTABLISHED	1
#define TCP_CLOSE	7
#define TCP_LISTEN	10

/* sk_shutdown */
#define RCV_SHUTDOWN	1
#define SEND_SHUTDOWN	2
#define SHUTDOWN_MASK	3

/* sk_flags bits */
#define SOCK_DEAD	0	/* its socket is closed: nothing more reaches it */
#define SOCK_KEEPOPEN	1	/* SO_KEEPALIVE (kept and reported, nothing more) */
#define SOCK_PASSCRED	2	/* SO_PASSCRED */
#define SOCK_LINGER	3	/* SO_LINGER on (kept and reported: AF_UNIX never lingers, as Linux) */
#define SOCK_BROADCAST	4	/* SO_BROADCAST (kept and reported: only loopback here) */

/* sk_rcvtimeo, sk_sndtimeo: no timeout */
#define MAX_SCHEDULE_TIMEOUT	LONG_MAX

/* Linux's buffer sizes: the defaults (net.core.wmem_default), maxima and minima. */
#define SK_WMEM_DEFAULT	212992
#define SK_WMEM_MAX	212992
#define SOCK_MIN_SNDBUF	4608
#define SOCK_MIN_RCVBUF	2304

struct sk_buff {
	struct sk_buff *next;
	struct sock *sk;		/* the sender, charged truesize in sk_wmem_alloc and held;
					   or (rmem_charged) the receiver whose queue it is on */
	unsigned int len;		/* data bytes */
	unsigned int truesize;		/* what it costs its owner's send buffer */
	unsigned char rmem_charged;	/* a datagram handed over (skb_set_owner_r, udp) */
	void (*destructor)(struct sk_buff *skb);	/* the family's cleanup (passed files) */
	unsigned long cb[4];		/* the family's per-buffer data (UNIXCB) */
	char data[];
};

struct sk_buff_head {
	struct sk_buff *head, *tail;
	unsigned int qlen;
};

struct sock {
	unsigned char sk_state;		/* TCP_CLOSE, TCP_ESTABLISHED, TCP_LISTEN */
	unsigned char sk_shutdown;	/* RCV_SHUTDOWN | SEND_SHUTDOWN */
	unsigned short sk_type;
	int sk_family;
	int sk_protocol;		/* SO_PROTOCOL: IPPROTO_TCP, IPPROTO_UDP, or 0 */
	int sk_refcnt;			/* its socket, its buffers, peers that point at it */
	unsigned long sk_flags;		/* 1 << SOCK_DEAD ... */
	int sk_err;			/* a pending error (ECONNRESET), reported once */
	int sk_reuse;			/* SO_REUSEADDR */
	int sk_reuseport;		/* SO_REUSEPORT */
	int sk_sndbuf, sk_rcvbuf;	/* SO_SNDBUF, SO_RCVBUF */
	int sk_wmem_alloc;		/* truesize of this socket's buffers not yet consumed */
	int sk_rmem_alloc;		/* truesize of the datagrams queued for it (udp) */
	unsigned int sk_max_ack_backlog; /* listen()'s backlog, or the datagram queue limit */
	pid_t sk_peer_pid;		/* SO_PEERCRED */
	long sk_rcvtimeo, sk_sndtimeo;	/* SO_RCVTIMEO, SO_SNDTIMEO in ticks, as Linux keeps them */
	unsigned long sk_lingertime;	/* SO_LINGER's l_linger in ticks */
	struct sk_buff_head sk_receive_queue;
	struct socket *sk_socket;	/* NULL once closed */
	void (*sk_destruct)(struct sock *sk);	/* the family's cleanup before the free */
};

static inline int sock_flag(const struct sock *sk, int flag)
{
	return (sk->sk_flags >> flag) & 1;
}

static inline void sock_set_flag(struct sock *sk, int flag)
{
	sk->sk_flags |= 1UL << flag;
}

static inline void sock_reset_flag(struct sock *sk, int flag)
{
	sk->sk_flags &= ~(1UL << flag);
}

static inline void sock_hold(struct sock *sk)
{
	sk->sk_refcnt++;
}

/* net/core/sock.c */
struct sock *sk_alloc(int family, size_t size);
void sock_put(struct sock *sk);
void sock_init_data(struct socket *sock, struct sock *sk);
void sock_orphan(struct sock *sk);
void sk_set_closed(struct sock *sk);
int sock_error(struct sock *sk);
/* The proto_ops of a socket type without the operation (Linux's). */
int sock_no_socketpair(struct socket *a, struct socket *b);
int sock_no_accept(struct socket *sock, struct socket *newsock, int flags);
int sock_no_listen(struct socket *sock, int backlog);
int sock_setsockopt(struct socket *sock, int level, int optname, char __user *optval, unsigned int optlen);
int sock_getsockopt(struct socket *sock, int level, int optname, char __user *optval, int __user *optlen);
u64 sock_rcvtimeo(struct sock *sk, int noblock);
u64 sock_sndtimeo(struct sock *sk, int noblock);
int sock_timed_out(u64 timeo);
int sock_wait(struct sock *sk, u64 timeo);

/* net/core/skbuff.c */
struct sk_buff *sock_alloc_send_skb(struct sock *sk, unsigned long size, int noblock, int *err);
struct sk_buff *sock_wmalloc(struct sock *sk, unsigned long size);
void skb_set_owner_r(struct sk_buff *skb, struct sock *sk);
void kfree_skb(struct sk_buff *skb);
void skb_queue_tail(struct sk_buff_head *list, struct sk_buff *skb);
struct sk_buff *skb_dequeue(struct sk_buff_head *list);
void skb_unlink(struct sk_buff *skb, struct sk_buff_head *list);
void skb_queue_purge(struct sk_buff_head *list);

/* net/core/datagram.c */
struct sk_buff *skb_recv_datagram(struct sock *sk, int flags, int noblock, int *err);

/* A stream read in progress (net/core/stream.c): how far it got, and how long it may wait. */
struct sk_stream_read {
	struct sk_buff *last;		/* MSG_PEEK: the last buffer looked at */
	size_t copied, target;		/* bytes copied; how many to wait for (MSG_WAITALL: all) */
	struct iov_iter start;		/* the user's buffers as they were, for a peek that starts again */
	u64 timeo;
	int flags;
};

/* net/core/stream.c */
int sk_stream_accept(struct socket *sock, struct socket *newsock, int flags);
void sk_stream_read_init(struct sk_stream_read *rd, struct sock *sk, struct msghdr *msg, size_t size, int flags);
struct sk_buff *sk_stream_next(struct sock *sk, struct sk_stream_read *rd, struct msghdr *msg, int *err);
int sk_stream_error(int flags, int err);

static inline struct sk_buff *skb_peek(const struct sk_buff_head *list)
{
	return list->head;
}

static inline int skb_queue_empty(const struct sk_buff_head *list)
{
	return list->head == NULL;
}

#endif
