/*
 * sock.c - what every socket's protocol state shares: its life (a count of
 * references; the last sock_put frees it), its pending error, how long its
 * blocking calls may wait, and the SOL_SOCKET options of setsockopt and
 * getsockopt.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/time.h>
#include <net/sock.h>

#define HZ		CONFIG_HZ
#define USEC_PER_SEC	1000000L

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
	sk->sk_rcvtimeo = sk->sk_sndtimeo = MAX_SCHEDULE_TIMEOUT;
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

/* The socket is closed: orphaned, shut down both ways, TCP_CLOSE; its sleepers wake to find so. */
void sk_set_closed(struct sock *sk)
{
	sock_orphan(sk);
	sk->sk_shutdown = SHUTDOWN_MASK;
	sk->sk_state = TCP_CLOSE;
	wake_up(sk);
}

/* The pending error as -errno, cleared: each error is reported once. */
int sock_error(struct sock *sk)
{
	int err = sk->sk_err;

	sk->sk_err = 0;
	return -err;
}

/*
 * How long a blocking call may wait, as Linux's sock_rcvtimeo and
 * sock_sndtimeo but as a local_clock() deadline: 0 waits for ever, and
 * SOCK_NOWAIT (always past) not at all.  A caller computes it once, so the
 * wakeups that find nothing to do do not restart the timeout.
 */
#define SOCK_NOWAIT	1

static u64 sock_deadline(long ticks, int noblock)
{
	if (noblock || ticks == 0)
		return SOCK_NOWAIT;
	if (ticks == MAX_SCHEDULE_TIMEOUT)
		return 0;
	return local_clock() + (u64)ticks * (NSEC_PER_SEC / HZ);
}

u64 sock_rcvtimeo(struct sock *sk, int noblock)
{
	return sock_deadline(sk->sk_rcvtimeo, noblock);
}

u64 sock_sndtimeo(struct sock *sk, int noblock)
{
	return sock_deadline(sk->sk_sndtimeo, noblock);
}

/* The caller must not wait (any more): it fails with EAGAIN, as Linux when timeo is 0. */
int sock_timed_out(u64 timeo)
{
	return timeo && local_clock() >= timeo;
}

/*
 * Sleep until something happens to sk or the deadline passes.  A signal
 * ends the wait: -ERESTARTSYS, or -EINTR under a timeout, which Linux never
 * restarts (sock_intr_errno).
 */
int sock_wait(struct sock *sk, u64 timeo)
{
	current->wake_time = timeo;
	sleep_on(sk);
	current->wake_time = 0;
	if (signal_pending(current))
		return timeo ? -EINTR : -ERESTARTSYS;
	return 0;
}

/*
 * SO_RCVTIMEO and SO_SNDTIMEO: a struct timeval in ticks, rounded up as
 * Linux's sock_set_timeout; {0, 0} is no timeout, a negative one means
 * "do not wait".
 */
static int sock_set_timeout(long *timeo, char __user *optval, unsigned int optlen)
{
	struct timeval tv;

	if (optlen < sizeof(tv))
		return -EINVAL;
	if (copy_from_user(&tv, optval, sizeof(tv)))
		return -EFAULT;
	if (tv.tv_usec < 0 || tv.tv_usec >= USEC_PER_SEC)
		return -EDOM;
	if (tv.tv_sec < 0) {
		*timeo = 0;
		return 0;
	}
	*timeo = MAX_SCHEDULE_TIMEOUT;
	if ((tv.tv_sec || tv.tv_usec) && tv.tv_sec < MAX_SCHEDULE_TIMEOUT / HZ - 1)
		*timeo = tv.tv_sec * HZ + (tv.tv_usec + USEC_PER_SEC / HZ - 1) / (USEC_PER_SEC / HZ);
	return 0;
}

static void sock_get_timeout(long timeo, struct timeval *tv)
{
	if (timeo == MAX_SCHEDULE_TIMEOUT)
		timeo = 0;
	tv->tv_sec = timeo / HZ;
	tv->tv_usec = timeo % HZ * USEC_PER_SEC / HZ;
}

/* SO_LINGER: kept and reported; only the whole seconds survive, as Linux keeps ticks. */
static int sock_set_linger(struct sock *sk, char __user *optval, unsigned int optlen)
{
	struct linger ling;

	if (optlen < sizeof(ling))
		return -EINVAL;
	if (copy_from_user(&ling, optval, sizeof(ling)))
		return -EFAULT;
	if (!ling.l_onoff) {
		sock_reset_flag(sk, SOCK_LINGER);
		return 0;
	}
	sk->sk_lingertime = (unsigned int)ling.l_linger * HZ;
	sock_set_flag(sk, SOCK_LINGER);
	return 0;
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
	case SO_REUSEPORT:
		sk->sk_reuseport = val != 0;
		return 0;
	case SO_KEEPALIVE:
		sock_valbool_flag(sk, SOCK_KEEPOPEN, val);
		return 0;
	case SO_BROADCAST:
		sock_valbool_flag(sk, SOCK_BROADCAST, val);
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
	case SO_RCVTIMEO:
		return sock_set_timeout(&sk->sk_rcvtimeo, optval, optlen);
	case SO_SNDTIMEO:
		return sock_set_timeout(&sk->sk_sndtimeo, optval, optlen);
	case SO_LINGER:
		return sock_set_linger(sk, optval, optlen);
	default:
		return -ENOPROTOOPT;
	}
}

/* An option's value: an int, or a struct (SO_PEERCRED, SO_LINGER, SO_RCVTIMEO, SO_SNDTIMEO). */
union sock_option {
	int val;
	struct ucred cred;
	struct linger ling;
	struct timeval tm;
};

static int sock_option_value(struct sock *sk, int optname, union sock_option *v, int *lv)
{
	int *val = &v->val;

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
	case SO_REUSEPORT:
		*val = sk->sk_reuseport;
		return 0;
	case SO_KEEPALIVE:
		*val = sock_flag(sk, SOCK_KEEPOPEN);
		return 0;
	case SO_BROADCAST:
		*val = sock_flag(sk, SOCK_BROADCAST);
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
		*val = sk->sk_protocol;
		return 0;
	case SO_PEERCRED:
		v->cred.pid = sk->sk_peer_pid;
		v->cred.uid = v->cred.gid = 0;	/* everyone is root */
		*lv = sizeof(v->cred);
		return 0;
	case SO_LINGER:
		v->ling.l_onoff = sock_flag(sk, SOCK_LINGER);
		v->ling.l_linger = (int)(sk->sk_lingertime / HZ);
		*lv = sizeof(v->ling);
		return 0;
	case SO_RCVTIMEO:
	case SO_SNDTIMEO:
		sock_get_timeout(optname == SO_RCVTIMEO ? sk->sk_rcvtimeo : sk->sk_sndtimeo, &v->tm);
		*lv = sizeof(v->tm);
		return 0;
	default:
		return -ENOPROTOOPT;
	}
}

/* As Linux: a shorter buffer gets the first bytes of the value, and *optlen says how many. */
int sock_getsockopt(struct socket *sock, int level, int optname, char __user *optval, int __user *optlen)
{
	union sock_option v;
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

int sock_no_socketpair(struct socket *a, struct socket *b)
{
	return -EOPNOTSUPP;
}

int sock_no_accept(struct socket *sock, struct socket *newsock, int flags)
{
	return -EOPNOTSUPP;
}

int sock_no_listen(struct socket *sock, int backlog)
{
	return -EOPNOTSUPP;
}
