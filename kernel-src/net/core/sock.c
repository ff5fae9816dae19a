/*
 * sock.c - what every socket's protocol state shares: its life (a count of
 * references; the last sock_put frees it), its pending error, and the
 * SOL_SOCKET options of setsockopt and getsockopt.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <net/sock.h>

/* A zeroed sock of size bytes (a family's struct, struct sock first), one reference held. */
struct sock *sk_alloc(int family, size_t size)
{
	struct sock *sk = kzalloc(size, GFP_KERNEL);

	if (!sk)
		return NULL;
	sk->sk_family = family;
	sk->sk_refcnt = 1;
	return sk;
}

void sock_put(struct sock *sk)
{
	if (--sk->sk_refcnt > 0)
		return;
	if (sk->sk_destruct)
		sk->sk_destruct(sk);
	kfree(sk);
}

/* Tie a new sock to its socket, with Linux's defaults. */
void sock_init_data(struct socket *sock, struct sock *sk)
{
	sk->sk_state = TCP_CLOSE;
	sk->sk_sndbuf = SK_WMEM_DEFAULT;
	sk->sk_rcvbuf = SK_WMEM_DEFAULT;
	if (sock) {
		sk->sk_type = sock->type;
		sk->sk_socket = sock;
		sock->sk = sk;
	}
}

/* Its socket is closing: the sock lives on only as long as something still points at it. */
void sock_orphan(struct sock *sk)
{
	sock_set_flag(sk, SOCK_DEAD);
	sk->sk_socket = NULL;
}

/* The pending error as -errno, cleared: each error is reported once. */
int sock_error(struct sock *sk)
{
	int err = sk->sk_err;

	sk->sk_err = 0;
	return -err;
}

/* Sleep until something happens to sk; -ERESTARTSYS when a signal came. */
int sock_wait(struct sock *sk)
{
	sleep_on(sk);
	return signal_pending(current) ? -ERESTARTSYS : 0;
}

/* A buffer size the user asked for: doubled (Linux counts its bookkeeping too), within limits. */
static int buffer_size(int val, int min)
{
	if ((unsigned int)val > SK_WMEM_MAX)
		val = SK_WMEM_MAX;
	return max_t(int, val * 2, min);
}

static void sock_valbool_flag(struct sock *sk, int bit, int valbool)
{
	if (valbool)
		sock_set_flag(sk, bit);
	else
		sock_reset_flag(sk, bit);
}

int sock_setsockopt(struct socket *sock, int level, int optname, char __user *optval, unsigned int optlen)
{
	struct sock *sk = sock->sk;
	int val;

	if ((int)optlen < (int)sizeof(int))
		return -EINVAL;
	if (copy_from_user(&val, optval, sizeof(val)))
		return -EFAULT;
	switch (optname) {
	case SO_REUSEADDR:
		sk->sk_reuse = val != 0;
		return 0;
	case SO_KEEPALIVE:
		sock_valbool_flag(sk, SOCK_KEEPOPEN, val);
		return 0;
	case SO_PASSCRED:
		sock_valbool_flag(sk, SOCK_PASSCRED, val);
		return 0;
	case SO_SNDBUF:
		sk->sk_sndbuf = buffer_size(val, SOCK_MIN_SNDBUF);
		wake_up(sk);		/* writers may have room now */
		return 0;
	case SO_RCVBUF:
		sk->sk_rcvbuf = buffer_size(val, SOCK_MIN_RCVBUF);
		return 0;
	default:
		return -ENOPROTOOPT;
	}
}

/* An option's value: an int, or for SO_PEERCRED the peer's credentials. */
static int sock_option_value(struct sock *sk, int optname, void *v, int *lv)
{
	int *val = v;

	*lv = sizeof(int);
	switch (optname) {
	case SO_TYPE:
		*val = sk->sk_type;
		return 0;
	case SO_ERROR:
		*val = -sock_error(sk);
		return 0;
	case SO_REUSEADDR:
		*val = sk->sk_reuse;
		return 0;
	case SO_KEEPALIVE:
		*val = sock_flag(sk, SOCK_KEEPOPEN);
		return 0;
	case SO_PASSCRED:
		*val = sock_flag(sk, SOCK_PASSCRED);
		return 0;
	case SO_SNDBUF:
		*val = sk->sk_sndbuf;
		return 0;
	case SO_RCVBUF:
		*val = sk->sk_rcvbuf;
		return 0;
	case SO_ACCEPTCONN:
		*val = sk->sk_state == TCP_LISTEN;
		return 0;
	case SO_DOMAIN:
		*val = sk->sk_family;
		return 0;
	case SO_PROTOCOL:
		*val = 0;
		return 0;
	case SO_PEERCRED: {
		struct ucred *cred = v;

		cred->pid = sk->sk_peer_pid;
		cred->uid = cred->gid = 0;	/* everyone is root */
		*lv = sizeof(*cred);
		return 0;
	}
	default:
		return -ENOPROTOOPT;
	}
}

/* As Linux: a shorter buffer gets the first bytes of the value, and *optlen says how many. */
int sock_getsockopt(struct socket *sock, int level, int optname, char __user *optval, int __user *optlen)
{
	struct ucred v;
	int len, lv, err;

	if (copy_from_user(&len, optlen, sizeof(len)))
		return -EFAULT;
	if (len < 0)
		return -EINVAL;
	memset(&v, 0, sizeof(v));
	err = sock_option_value(sock->sk, optname, &v, &lv);
	if (err)
		return err;
	if (len > lv)
		len = lv;
	if (copy_to_user(optval, &v, len) || copy_to_user(optlen, &len, sizeof(len)))
		return -EFAULT;
	return 0;
}
