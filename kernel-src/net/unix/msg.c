/*
 * msg.c - sending and receiving on Unix-domain sockets.  A stream's writer
 * cuts its data into buffers of at most a page and its reader takes bytes
 * across them; datagram and seqpacket messages are one buffer each, read
 * whole (or truncated) by one receive.  Descriptors (SCM_RIGHTS) and
 * credentials (SCM_CREDENTIALS) travel with the buffers.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/fs.h>
#include <linux/net.h>
#include <uapi/linux/un.h>
#include <net/sock.h>
#include <net/af_unix.h>

#define UNIX_SKB_MAX	(PAGE_SIZE - sizeof(struct sk_buff) - 64)	/* a stream's buffers fit a page */

/* A buffer is freed: the descriptors it still carries were never received, and are closed. */
static void unix_destruct_scm(struct sk_buff *skb)
{
	struct scm_fp_list *fpl = UNIXCB(skb).fp;
	struct scm_cookie scm;
	int i;

	memset(&scm, 0, sizeof(scm));
	scm.fp = fpl;
	UNIXCB(skb).fp = NULL;
	for (i = 0; fpl && i < fpl->count; i++)
		unix_notinflight(fpl->fp[i]);
	scm_destroy(&scm);
}

/* Hand the descriptors from the buffer to the receiver's cookie. */
static void unix_detach_fds(struct scm_cookie *scm, struct sk_buff *skb)
{
	int i;

	scm->fp = UNIXCB(skb).fp;
	UNIXCB(skb).fp = NULL;
	for (i = 0; i < scm->fp->count; i++)
		unix_notinflight(scm->fp->fp[i]);
}

/* What the sender's control messages said goes with the buffer (descriptors only if send_fds). */
static int unix_scm_to_skb(struct scm_cookie *scm, struct sk_buff *skb, int send_fds)
{
	int i;

	UNIXCB(skb).creds = scm->creds;
	skb->destructor = unix_destruct_scm;
	if (!send_fds || !scm->fp)
		return 0;
	UNIXCB(skb).fp = scm_fp_dup(scm->fp);
	if (!UNIXCB(skb).fp)
		return -ENOMEM;
	for (i = 0; i < scm->fp->count; i++)
		unix_inflight(scm->fp->fp[i]);
	return 0;
}

/* The sender's name, for recvfrom and recvmsg. */
static void unix_copy_addr(struct msghdr *msg, struct sock *sk)
{
	struct unix_address *addr = unix_sk(sk)->addr;

	msg->msg_namelen = 0;
	if (addr) {
		msg->msg_namelen = addr->len;
		memcpy(msg->msg_name, &addr->name, addr->len);
	}
}

/* Send len bytes in buffers of at most a page; the first carries the descriptors. */
static int unix_stream_send(struct socket *sock, struct msghdr *msg, size_t len, struct scm_cookie *scm)
{
	struct sock *sk = sock->sk, *other;
	struct sk_buff *skb;
	size_t sent = 0;
	int err;

	if (msg->msg_flags & MSG_OOB)
		return -EOPNOTSUPP;
	if (msg->msg_namelen)
		return sk->sk_state == TCP_ESTABLISHED ? -EISCONN : -EOPNOTSUPP;
	other = unix_peer(sk);
	if (!other)
		return -ENOTCONN;
	if (sk->sk_shutdown & SEND_SHUTDOWN)
		return sk_stream_error(msg->msg_flags, -EPIPE);
	while (sent < len) {
		size_t size = min_t(size_t, len - sent, (sk->sk_sndbuf >> 1) - 64);

		size = min_t(size_t, size, UNIX_SKB_MAX);
		skb = sock_alloc_send_skb(sk, size, msg->msg_flags & MSG_DONTWAIT, &err);
		if (!skb)
			return sent ? (int)sent : err;
		err = unix_scm_to_skb(scm, skb, sent == 0);
		if (!err && copy_from_iter(skb->data, size, &msg->msg_iter) != size)
			err = -EFAULT;
		if (!err && (sock_flag(other, SOCK_DEAD) || (other->sk_shutdown & RCV_SHUTDOWN)))
			err = -EPIPE;
		if (err) {
			kfree_skb(skb);
			if (sent)
				return sent;
			return err == -EPIPE ? sk_stream_error(msg->msg_flags, -EPIPE) : err;
		}
		skb_queue_tail(&other->sk_receive_queue, skb);
		wake_up(other);
		sent += size;
	}
	return sent;
}

/* Parse the sender's control messages, send, and drop the cookie's own holds. */
static int unix_send_scm(struct socket *sock, struct msghdr *msg, size_t len,
			 int (*send)(struct socket *, struct msghdr *, size_t, struct scm_cookie *))
{
	struct scm_cookie scm;
	int err = scm_send(sock, msg, &scm);

	if (err)
		return err;
	err = send(sock, msg, len, &scm);
	scm_destroy(&scm);
	return err;
}

int unix_stream_sendmsg(struct socket *sock, struct msghdr *msg, size_t len)
{
	return unix_send_scm(sock, msg, len, unix_stream_send);
}

static unsigned int unix_skb_len(struct sk_buff *skb)
{
	return skb->len - UNIXCB(skb).consumed;
}

/*
 * Read a stream (net/core/stream.c says how much and how long).  The
 * sender's name and credentials come with the first bytes; data from
 * different senders (SO_PASSCRED) or past descriptors is never glued on.
 */
int unix_stream_recvmsg(struct socket *sock, struct msghdr *msg, size_t size, int flags)
{
	struct sock *sk = sock->sk;
	struct sk_buff *skb;
	struct sk_stream_read rd;
	struct scm_cookie scm;
	int err = 0;

	if (sk->sk_state != TCP_ESTABLISHED)
		return -EINVAL;
	if (flags & MSG_OOB)
		return -EOPNOTSUPP;
	memset(&scm, 0, sizeof(scm));
	sk_stream_read_init(&rd, sk, msg, size, flags);
	while ((skb = sk_stream_next(sk, &rd, msg, &err)) != NULL) {
		size_t chunk;

		if (!rd.copied) {
			scm.creds = UNIXCB(skb).creds;
			if (msg->msg_name)
				unix_copy_addr(msg, skb->sk);
		} else if (sock_flag(sk, SOCK_PASSCRED) && UNIXCB(skb).creds.pid != scm.creds.pid) {
			break;		/* never glue data from different senders */
		}
		chunk = min_t(size_t, unix_skb_len(skb), size - rd.copied);
		if (copy_to_iter(skb->data + UNIXCB(skb).consumed, chunk, &msg->msg_iter) != chunk) {
			if (!rd.copied)
				err = -EFAULT;
			break;
		}
		rd.copied += chunk;
		if (flags & MSG_PEEK) {
			rd.last = skb;
			if (UNIXCB(skb).fp) {
				scm.fp = scm_fp_dup(UNIXCB(skb).fp);
				break;
			}
		} else {
			UNIXCB(skb).consumed += chunk;
			if (UNIXCB(skb).fp)
				unix_detach_fds(&scm, skb);
			if (!unix_skb_len(skb)) {
				skb_dequeue(&sk->sk_receive_queue);
				kfree_skb(skb);
			}
			if (scm.fp)
				break;	/* descriptors end a read */
		}
		if (rd.copied == size)
			break;
	}
	if (rd.copied) {
		scm_recv(sock, msg, &scm, flags);
		return rd.copied;
	}
	scm_destroy(&scm);
	return err == 1 ? 0 : err;
}

/* The peer of a connected datagram socket is gone: forget it, and what it sent. */
void unix_dgram_disconnected(struct sock *sk, struct sock *other)
{
	unix_peer(sk) = NULL;
	if (!skb_queue_empty(&sk->sk_receive_queue)) {
		skb_queue_purge(&sk->sk_receive_queue);
		if (!sock_flag(other, SOCK_DEAD) && unix_peer(other) == sk)
			other->sk_err = ECONNRESET;
	}
	sock_put(other);
}

/*
 * Deliver a datagram to its receiver: our peer, or the socket bound to
 * sunaddr.  Waits while an unconnected receiver's queue is full, until timeo.
 */
static int unix_dgram_deliver(struct sock *sk, struct sockaddr_un *sunaddr, int namelen,
			      struct sk_buff *skb, u64 timeo)
{
	struct sock *other;
	int err;

	for (;;) {
		if (sunaddr) {
			other = unix_find_other(sunaddr, namelen, sk->sk_type, &err);
			if (!other)
				return err;
		} else {
			other = unix_peer(sk);
			if (!other)
				return -ECONNRESET;
		}
		if (!unix_may_send(sk, other))
			return -EPERM;
		if (sock_flag(other, SOCK_DEAD)) {	/* only a peer can be dead and still found */
			unix_dgram_disconnected(sk, other);
			return -ECONNREFUSED;
		}
		if (other->sk_shutdown & RCV_SHUTDOWN)
			return -EPIPE;
		if (unix_peer(other) == sk || !unix_recvq_full(other))
			break;
		if (sock_timed_out(timeo))
			return -EAGAIN;
		err = sock_wait(other, timeo);
		if (err)
			return err;
	}
	skb_queue_tail(&other->sk_receive_queue, skb);
	wake_up(other);
	return 0;
}

static int unix_dgram_send(struct socket *sock, struct msghdr *msg, size_t len, struct scm_cookie *scm)
{
	struct sock *sk = sock->sk;
	struct sockaddr_un *sunaddr = NULL;
	struct sk_buff *skb;
	int namelen = 0, noblock = msg->msg_flags & MSG_DONTWAIT, err;
	u64 timeo = sock_sndtimeo(sk, noblock);

	if (msg->msg_flags & MSG_OOB)
		return -EOPNOTSUPP;
	if (msg->msg_namelen) {
		sunaddr = msg->msg_name;
		namelen = unix_mkname(sunaddr, msg->msg_namelen);
		if (namelen < 0)
			return namelen;
	} else if (!unix_peer(sk)) {
		return -ENOTCONN;
	}
	err = unix_autobind_passcred(sock);
	if (err)
		return err;
	if (len > (size_t)sk->sk_sndbuf - 32)
		return -EMSGSIZE;
	skb = sock_alloc_send_skb(sk, len, noblock, &err);
	if (!skb)
		return err;
	err = unix_scm_to_skb(scm, skb, 1);
	if (!err && copy_from_iter(skb->data, len, &msg->msg_iter) != len)
		err = -EFAULT;
	if (!err)
		err = unix_dgram_deliver(sk, sunaddr, namelen, skb, timeo);
	if (err) {
		kfree_skb(skb);
		return err;
	}
	return len;
}

int unix_dgram_sendmsg(struct socket *sock, struct msghdr *msg, size_t len)
{
	return unix_send_scm(sock, msg, len, unix_dgram_send);
}

int unix_seqpacket_sendmsg(struct socket *sock, struct msghdr *msg, size_t len)
{
	int err = sock_error(sock->sk);

	if (err)
		return err;
	if (sock->sk->sk_state != TCP_ESTABLISHED)
		return -ENOTCONN;
	msg->msg_namelen = 0;
	return unix_dgram_sendmsg(sock, msg, len);
}

/* One message; MSG_TRUNC in the result when the buffer was too small (the flag returns its length). */
int unix_dgram_recvmsg(struct socket *sock, struct msghdr *msg, size_t size, int flags)
{
	struct sock *sk = sock->sk;
	struct scm_cookie scm;
	struct sk_buff *skb;
	int err;

	if (flags & MSG_OOB)
		return -EOPNOTSUPP;
	skb = skb_recv_datagram(sk, flags, flags & MSG_DONTWAIT, &err);
	if (!skb) {
		/* a disconnected seqpacket socket reads end of file, even nonblocking */
		if (sk->sk_type == SOCK_SEQPACKET && err == -EAGAIN && (sk->sk_shutdown & RCV_SHUTDOWN))
			err = 0;
		return err;
	}
	wake_up(sk);		/* a sender may be waiting for room in the queue */
	if (msg->msg_name)
		unix_copy_addr(msg, skb->sk);
	if (size > skb->len)
		size = skb->len;
	else if (size < skb->len)
		msg->msg_flags |= MSG_TRUNC;
	if (copy_to_iter(skb->data, size, &msg->msg_iter) != size) {
		err = -EFAULT;
	} else {
		err = flags & MSG_TRUNC ? (int)skb->len : (int)size;
		memset(&scm, 0, sizeof(scm));
		scm.creds = UNIXCB(skb).creds;
		if (UNIXCB(skb).fp && (flags & MSG_PEEK))
			scm.fp = scm_fp_dup(UNIXCB(skb).fp);	/* a peek gets descriptors too */
		else if (UNIXCB(skb).fp)
			unix_detach_fds(&scm, skb);
		scm_recv(sock, msg, &scm, flags);
	}
	if (!(flags & MSG_PEEK))
		kfree_skb(skb);
	return err;
}

int unix_seqpacket_recvmsg(struct socket *sock, struct msghdr *msg, size_t size, int flags)
{
	if (sock->sk->sk_state != TCP_ESTABLISHED)
		return -ENOTCONN;
	return unix_dgram_recvmsg(sock, msg, size, flags);
}
