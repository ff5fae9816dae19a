/*
 * af_unix.h - Unix-domain sockets' state, shared by net/unix/af_unix.c
 * (sockets, names, connections), msg.c (sending and receiving) and
 * garbage.c (collecting sockets that only descriptors in flight keep alive).
 */
#ifndef __LINUX_NET_AFUNIX_H
#define __LINUX_NET_AFUNIX_H

#include <linux/socket.h>
#include <uapi/linux/un.h>
#include <net/sock.h>
#include <net/scm.h>

#define UNIX_MAX_DGRAM_QLEN	10	/* net.unix.max_dgram_qlen */

/* A bound name, shared (counted) by a listener and the sockets accepted from it. */
struct unix_address {
	int refcnt;
	int len;			/* the family and the name's bytes (a path: with its NUL) */
	struct sockaddr_un name;
};

/* What a buffer carries besides its bytes. */
struct unix_skb_parms {
	unsigned int consumed;		/* stream: bytes of the buffer already read */
	struct scm_fp_list *fp;		/* descriptors passed with it (SCM_RIGHTS), held */
	struct ucred creds;		/* who sent it (SCM_CREDENTIALS) */
};

#define UNIXCB(skb)	(*(struct unix_skb_parms *)(void *)(skb)->cb)

struct unix_sock {
	struct sock sk;			/* first: a struct sock * is a struct unix_sock * */
	struct unix_address *addr;	/* the bound name, or NULL */
	struct inode *path;		/* a path name's socket inode, held while bound */
	struct sock *peer;		/* the connected socket, held */
	struct unix_sock *next_bound;	/* on unix_bound_list while it has a name */
	long inflight;			/* how many buffers in flight hold this socket's file */
	struct unix_sock *next_inflight; /* on garbage.c's list while inflight > 0 */
	struct unix_sock *next_candidate; /* garbage.c's work list */
	int gc_candidate, gc_maybe_cycle;
};

#define unix_sk(sk)	((struct unix_sock *)(sk))
#define unix_peer(sk)	(unix_sk(sk)->peer)

static inline int unix_connection_based(struct sock *sk)
{
	return sk->sk_type == SOCK_STREAM || sk->sk_type == SOCK_SEQPACKET;
}

/* af_unix.c */
int unix_mkname(struct sockaddr_un *sunaddr, int len);
struct sock *unix_find_other(struct sockaddr_un *sunname, int len, int type, int *err);
int unix_may_send(struct sock *sk, struct sock *other);
int unix_recvq_full(struct sock *sk);
int unix_autobind_passcred(struct socket *sock);

/* msg.c */
void unix_dgram_disconnected(struct sock *sk, struct sock *other);
int unix_stream_sendmsg(struct socket *sock, struct msghdr *msg, size_t len);
int unix_stream_recvmsg(struct socket *sock, struct msghdr *msg, size_t size, int flags);
int unix_dgram_sendmsg(struct socket *sock, struct msghdr *msg, size_t len);
int unix_dgram_recvmsg(struct socket *sock, struct msghdr *msg, size_t size, int flags);
int unix_seqpacket_sendmsg(struct socket *sock, struct msghdr *msg, size_t len);
int unix_seqpacket_recvmsg(struct socket *sock, struct msghdr *msg, size_t size, int flags);

/* garbage.c */
extern unsigned int unix_tot_inflight;
void unix_inflight(struct file *fp);
void unix_notinflight(struct file *fp);
void unix_gc(void);

#endif
