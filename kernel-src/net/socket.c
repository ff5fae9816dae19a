/*
 * socket.c - the socket system calls.  A socket is a file (read, write,
 * poll, close, dup and fork work on it as on a pipe); these calls find the
 * socket behind a descriptor, copy addresses and buffers between the user
 * and the kernel, and hand the work to the socket's family (proto_ops).
 * The families: AF_UNIX (net/unix/af_unix.c) and AF_INET over loopback
 * (net/ipv4/af_inet.c).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/net.h>
#include <linux/syscalls.h>
#include <net/sock.h>
#include <uapi/linux/magic.h>

static const struct net_proto_family *const net_families[NPROTO] = {
	[AF_UNIX] = &unix_family_ops,
	[AF_INET] = &inet_family_ops,
};

#define INT_MAX		((int)(~0U >> 1))

static const struct file_operations socket_file_ops;

/* The socket an open file is, or NULL with *err = -ENOTSOCK. */
struct socket *sock_from_file(struct file *file, int *err)
{
	*err = file->f_op == &socket_file_ops ? 0 : -ENOTSOCK;
	return *err ? NULL : file->private_data;
}

/*
 * The socket behind a descriptor, its file held until sockfd_put: a call
 * that sleeps keeps its socket even if another thread closes the descriptor.
 */
static struct socket *sockfd_lookup(int fd, int *err)
{
	struct file *file = fd >= 0 ? fget(fd) : NULL;
	struct socket *sock;

	if (!file) {
		*err = -EBADF;
		return NULL;
	}
	sock = sock_from_file(file, err);
	if (sock)
		get_file(file);
	return sock;
}

static void sockfd_put(struct socket *sock)
{
	fput(sock->file);
}

static struct socket *sock_alloc(void)
{
	struct socket *sock = kzalloc(sizeof(*sock), GFP_KERNEL);

	if (sock)
		sock->state = SS_UNCONNECTED;
	return sock;
}

/* The family lets go of its state, then the socket goes. */
static void sock_release(struct socket *sock)
{
	if (sock->ops)
		sock->ops->release(sock);
	kfree(sock);
}

/* A new socket of the family's kind, not yet a file. */
static int sock_create(int family, int type, int protocol, struct socket **res)
{
	const struct net_proto_family *pf;
	struct socket *sock;
	int err;

	if (family < 0 || family >= NPROTO)
		return -EAFNOSUPPORT;
	if (type < 0 || type >= SOCK_MAX)
		return -EINVAL;
	pf = net_families[family];
	if (!pf)
		return -EAFNOSUPPORT;
	sock = sock_alloc();
	if (!sock)
		return -ENFILE;
	sock->type = type;
	err = pf->create(sock, protocol);
	if (err) {
		sock_release(sock);
		return err;
	}
	*res = sock;
	return 0;
}

/* Where sockets' inodes live (a bound name on disk is another inode). */
static struct super_block sockfs_sb = {
	.s_magic = SOCKFS_MAGIC,
};

/*
 * The file that is the socket, on an anonymous inode (S_IFSOCK, as fstat
 * shows): closing its last descriptor releases the socket.  On failure the
 * socket is released here.
 */
static struct file *sock_alloc_file(struct socket *sock, int flags)
{
	struct inode *inode = ramfs_get_inode(S_IFSOCK | 0777, 0);
	struct file *file;

	if (!inode) {
		sock_release(sock);
		return NULL;
	}
	inode->i_nlink = 0;		/* no name: freed with the file */
	inode->i_sb = &sockfs_sb;
	file = alloc_file(inode, O_RDWR | (flags & O_NONBLOCK), &socket_file_ops);
	if (!file) {
		kfree(inode);
		sock_release(sock);
		return NULL;
	}
	file->private_data = sock;
	sock->file = file;
	return file;
}

static int install_fd(struct file *file, int flags)
{
	int fd = get_unused_fd();

	if (fd < 0) {
		fput(file);
		return fd;
	}
	fd_install(fd, file);
	if (flags & SOCK_CLOEXEC)
		current->files->close_on_exec |= 1UL << fd;
	return fd;
}

static int sock_map_fd(struct socket *sock, int flags)
{
	struct file *file = sock_alloc_file(sock, flags);

	return file ? install_fd(file, flags) : -ENFILE;
}

/* socket(2)'s type argument: the type, and the SOCK_* flags that may go with it. */
static int split_type(int *type, int *flags)
{
	*flags = *type & ~SOCK_TYPE_MASK;
	*type &= SOCK_TYPE_MASK;
	return *flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK) ? -EINVAL : 0;
}

SYSCALL_DEFINE3(socket, int, family, int, type, int, protocol)
{
	struct socket *sock;
	int flags, err = split_type(&type, &flags);

	if (!err)
		err = sock_create(family, type, protocol, &sock);
	return err ? err : sock_map_fd(sock, flags);
}

/* Two connected sockets on two descriptors, written to usockvec only when both exist. */
SYSCALL_DEFINE4(socketpair, int, family, int, type, int, protocol, int __user *, usockvec)
{
	struct socket *sock[2] = { NULL, NULL };
	struct file *file[2];
	int flags, fd[2], err = split_type(&type, &flags);

	if (!err)
		err = sock_create(family, type, protocol, &sock[0]);
	if (!err) {
		err = sock_create(family, type, protocol, &sock[1]);
		if (err)
			sock_release(sock[0]);
	}
	if (!err) {
		err = sock[0]->ops->socketpair(sock[0], sock[1]);
		if (err) {
			sock_release(sock[0]);
			sock_release(sock[1]);
		}
	}
	if (err)
		return err;
	file[0] = sock_alloc_file(sock[0], flags);
	file[1] = sock_alloc_file(sock[1], flags);
	if (!file[0] || !file[1]) {
		if (file[0])
			fput(file[0]);
		if (file[1])
			fput(file[1]);
		return -ENFILE;
	}
	fd[0] = install_fd(file[0], flags);
	if (fd[0] < 0) {
		fput(file[1]);
		return fd[0];
	}
	fd[1] = install_fd(file[1], flags);
	if (fd[1] < 0) {
		do_close(fd[0]);
		return fd[1];
	}
	if (copy_to_user(usockvec, fd, sizeof(fd))) {
		do_close(fd[0]);
		do_close(fd[1]);
		return -EFAULT;
	}
	return 0;
}

/* Copy a user's address in; the rest of the storage stays zero. */
static int move_addr_to_kernel(const void __user *uaddr, int ulen, struct sockaddr_storage *kaddr)
{
	memset(kaddr, 0, sizeof(*kaddr));
	if (ulen < 0 || ulen > (int)sizeof(*kaddr))
		return -EINVAL;
	if (ulen && copy_from_user(kaddr, uaddr, ulen))
		return -EFAULT;
	return 0;
}

/* Copy an address out: as much as the user's buffer holds; *ulen gets its real length. */
static int move_addr_to_user(const void *kaddr, int klen, void __user *uaddr, int __user *ulen)
{
	int len;

	if (copy_from_user(&len, ulen, sizeof(len)))
		return -EFAULT;
	if (len > klen)
		len = klen;
	if (len < 0)
		return -EINVAL;
	if (len && copy_to_user(uaddr, kaddr, len))
		return -EFAULT;
	return copy_to_user(ulen, &klen, sizeof(klen)) ? -EFAULT : 0;
}

SYSCALL_DEFINE3(bind, int, fd, struct sockaddr __user *, umyaddr, int, addrlen)
{
	struct sockaddr_storage address;
	int err;
	struct socket *sock = sockfd_lookup(fd, &err);

	if (!sock)
		return err;
	err = move_addr_to_kernel(umyaddr, addrlen, &address);
	if (!err)
		err = sock->ops->bind(sock, (struct sockaddr *)&address, addrlen);
	sockfd_put(sock);
	return err;
}

SYSCALL_DEFINE2(listen, int, fd, int, backlog)
{
	int err;
	struct socket *sock = sockfd_lookup(fd, &err);

	if (!sock)
		return err;
	if ((unsigned int)backlog > SOMAXCONN)
		backlog = SOMAXCONN;
	err = sock->ops->listen(sock, backlog);
	sockfd_put(sock);
	return err;
}

/* A new socket (and file) for the next connection on sock; the caller installs it. */
static struct file *sock_accept(struct socket *sock, int flags, struct sockaddr_storage *address, int *len, int *err)
{
	struct socket *newsock = sock_alloc();
	struct file *newfile;

	*err = -ENFILE;
	if (!newsock)
		return NULL;
	newsock->type = sock->type;
	newsock->ops = sock->ops;
	*err = sock->ops->accept(sock, newsock, sock->file->f_flags);
	if (*err) {
		sock_release(newsock);
		return NULL;
	}
	newfile = sock_alloc_file(newsock, flags);
	*err = newfile ? newsock->ops->getname(newsock, (struct sockaddr *)address, len, 2) : -ENFILE;
	return newfile;
}

SYSCALL_DEFINE4(accept4, int, fd, struct sockaddr __user *, upeer_sockaddr,
		int __user *, upeer_addrlen, int, flags)
{
	struct sockaddr_storage address;
	struct socket *sock;
	struct file *newfile = NULL;
	int err, len;

	if (flags & ~(SOCK_CLOEXEC | SOCK_NONBLOCK))
		return -EINVAL;
	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	err = get_unused_fd();	/* no descriptor for it: leave the connection queued */
	if (err >= 0)
		newfile = sock_accept(sock, flags, &address, &len, &err);
	if (newfile && upeer_sockaddr && !err)
		err = move_addr_to_user(&address, len, upeer_sockaddr, upeer_addrlen);
	if (newfile && err)
		fput(newfile);
	else if (newfile)
		err = install_fd(newfile, flags);
	sockfd_put(sock);
	return err;
}

SYSCALL_DEFINE3(accept, int, fd, struct sockaddr __user *, upeer_sockaddr, int __user *, upeer_addrlen)
{
	return sys_accept4(fd, upeer_sockaddr, upeer_addrlen, 0);
}

SYSCALL_DEFINE3(connect, int, fd, struct sockaddr __user *, uservaddr, int, addrlen)
{
	struct sockaddr_storage address;
	int err;
	struct socket *sock = sockfd_lookup(fd, &err);

	if (!sock)
		return err;
	err = move_addr_to_kernel(uservaddr, addrlen, &address);
	if (!err)
		err = sock->ops->connect(sock, (struct sockaddr *)&address, addrlen, sock->file->f_flags);
	sockfd_put(sock);
	return err;
}

/* getsockname and getpeername. */
static long sock_getname(int fd, struct sockaddr __user *usockaddr, int __user *usockaddr_len, int peer)
{
	struct sockaddr_storage address;
	int err, len;
	struct socket *sock = sockfd_lookup(fd, &err);

	if (!sock)
		return err;
	err = sock->ops->getname(sock, (struct sockaddr *)&address, &len, peer);
	if (!err)
		err = move_addr_to_user(&address, len, usockaddr, usockaddr_len);
	sockfd_put(sock);
	return err;
}

SYSCALL_DEFINE3(getsockname, int, fd, struct sockaddr __user *, usockaddr, int __user *, usockaddr_len)
{
	return sock_getname(fd, usockaddr, usockaddr_len, 0);
}

SYSCALL_DEFINE3(getpeername, int, fd, struct sockaddr __user *, usockaddr, int __user *, usockaddr_len)
{
	return sock_getname(fd, usockaddr, usockaddr_len, 1);
}

/* A descriptor's O_NONBLOCK makes every send and receive on it MSG_DONTWAIT. */
static int file_msg_flags(struct socket *sock, int flags)
{
	return sock->file->f_flags & O_NONBLOCK ? flags | MSG_DONTWAIT : flags;
}

/* A message over one user buffer (send, recv, read, write): at most INT_MAX bytes of it. */
static int single_buffer_msg(struct msghdr *msg, struct iovec *iov, void __user *buf, size_t len)
{
	if (len > INT_MAX)
		len = INT_MAX;
	if (!access_ok(VERIFY_READ, buf, len))
		return -EFAULT;
	iov->iov_base = buf;
	iov->iov_len = len;
	memset(msg, 0, sizeof(*msg));
	iov_iter_init(&msg->msg_iter, iov, 1, len);
	return 0;
}

SYSCALL_DEFINE6(sendto, int, fd, void __user *, buff, size_t, len, unsigned int, flags,
		struct sockaddr __user *, addr, int, addr_len)
{
	struct sockaddr_storage address;
	struct iovec iov;
	struct msghdr msg;
	int err;
	struct socket *sock = sockfd_lookup(fd, &err);

	if (!sock)
		return err;
	err = single_buffer_msg(&msg, &iov, buff, len);
	if (!err && addr) {
		err = move_addr_to_kernel(addr, addr_len, &address);
		msg.msg_name = &address;
		msg.msg_namelen = addr_len;
	}
	if (!err) {
		msg.msg_flags = file_msg_flags(sock, flags);
		err = sock->ops->sendmsg(sock, &msg, iov.iov_len);
	}
	sockfd_put(sock);
	return err;
}

SYSCALL_DEFINE6(recvfrom, int, fd, void __user *, ubuf, size_t, size, unsigned int, flags,
		struct sockaddr __user *, addr, int __user *, addr_len)
{
	struct sockaddr_storage address;
	struct iovec iov;
	struct msghdr msg;
	int err, copied;
	struct socket *sock = sockfd_lookup(fd, &err);

	if (!sock)
		return err;
	copied = single_buffer_msg(&msg, &iov, ubuf, size);
	if (!copied) {
		msg.msg_name = addr ? &address : NULL;
		copied = sock->ops->recvmsg(sock, &msg, iov.iov_len, file_msg_flags(sock, flags));
	}
	if (copied >= 0 && addr) {
		err = move_addr_to_user(&address, msg.msg_namelen, addr, addr_len);
		if (err)
			copied = err;
	}
	sockfd_put(sock);
	return copied;
}

SYSCALL_DEFINE5(setsockopt, int, fd, int, level, int, optname, char __user *, optval, int, optlen)
{
	int err;
	struct socket *sock = sockfd_lookup(fd, &err);

	if (!sock)
		return err;
	if (optlen < 0)
		err = -EINVAL;
	else if (level == SOL_SOCKET)
		err = sock_setsockopt(sock, level, optname, optval, optlen);
	else if (sock->ops->setsockopt)
		err = sock->ops->setsockopt(sock, level, optname, optval, optlen);
	else
		err = -EOPNOTSUPP;	/* AF_UNIX has no options of its own */
	sockfd_put(sock);
	return err;
}

SYSCALL_DEFINE5(getsockopt, int, fd, int, level, int, optname, char __user *, optval, int __user *, optlen)
{
	int err;
	struct socket *sock = sockfd_lookup(fd, &err);

	if (!sock)
		return err;
	if (level == SOL_SOCKET)
		err = sock_getsockopt(sock, level, optname, optval, optlen);
	else if (sock->ops->getsockopt)
		err = sock->ops->getsockopt(sock, level, optname, optval, optlen);
	else
		err = -EOPNOTSUPP;
	sockfd_put(sock);
	return err;
}

SYSCALL_DEFINE2(shutdown, int, fd, int, how)
{
	int err;
	struct socket *sock = sockfd_lookup(fd, &err);

	if (!sock)
		return err;
	err = sock->ops->shutdown(sock, how);
	sockfd_put(sock);
	return err;
}

/*
 * sendmsg/recvmsg's header in the kernel's form: the iovec array copied
 * (*iov, to be freed), the address length checked.  The address itself is
 * copied in by sendmsg, out by recvmsg.
 */
static int copy_msghdr_from_user(struct msghdr *kmsg, struct user_msghdr __user *umsg,
				 void __user **uaddr, struct iovec **iov)
{
	struct user_msghdr msg;
	int err;

	*iov = NULL;
	if (copy_from_user(&msg, umsg, sizeof(msg)))
		return -EFAULT;
	if (msg.msg_namelen < 0)
		return -EINVAL;
	if (msg.msg_iovlen > UIO_MAXIOV)
		return -EMSGSIZE;
	if (msg.msg_namelen > (int)sizeof(struct sockaddr_storage))
		msg.msg_namelen = sizeof(struct sockaddr_storage);
	*uaddr = msg.msg_name;
	kmsg->msg_name = NULL;
	kmsg->msg_namelen = *uaddr ? msg.msg_namelen : 0;
	kmsg->msg_control = msg.msg_control;
	kmsg->msg_controllen = msg.msg_controllen;
	kmsg->msg_flags = 0;
	err = import_iovec(msg.msg_iov, msg.msg_iovlen, iov, &kmsg->msg_iter);
	return err;
}

/*
 * One sendmsg on a socket already looked up (sendmmsg sends many): the
 * bytes sent, with *left the bytes of the message that were not.
 */
static int ___sys_sendmsg(struct socket *sock, struct user_msghdr __user *umsg, unsigned int flags, size_t *left)
{
	struct sockaddr_storage address;
	struct msghdr msg;
	struct iovec *iov;
	void __user *uaddr;
	int err = copy_msghdr_from_user(&msg, umsg, &uaddr, &iov);

	if (!err && uaddr && msg.msg_namelen) {
		err = move_addr_to_kernel(uaddr, msg.msg_namelen, &address);
		msg.msg_name = &address;
	}
	if (!err) {
		msg.msg_flags = file_msg_flags(sock, flags);
		err = sock->ops->sendmsg(sock, &msg, iov_iter_count(&msg.msg_iter));
		*left = iov_iter_count(&msg.msg_iter);
	}
	kfree(iov);
	return err;
}

SYSCALL_DEFINE3(sendmsg, int, fd, struct user_msghdr __user *, umsg, unsigned int, flags)
{
	size_t left;
	int err;
	struct socket *sock = sockfd_lookup(fd, &err);

	if (!sock)
		return err;
	err = ___sys_sendmsg(sock, umsg, flags, &left);
	sockfd_put(sock);
	return err;
}

/* recvmsg's results: the sender's address (if asked for), how much ancillary data came, the flags. */
static int put_msghdr_results(struct user_msghdr __user *umsg, struct msghdr *msg, void __user *uaddr)
{
	struct user_msghdr *u = umsg;
	size_t controllen = msg->msg_controllen;

	if (uaddr) {
		int err = move_addr_to_user(msg->msg_name, msg->msg_namelen, uaddr, &u->msg_namelen);

		if (err)
			return err;
	}
	if (copy_to_user(&u->msg_flags, &msg->msg_flags, sizeof(msg->msg_flags)) ||
	    copy_to_user(&u->msg_controllen, &controllen, sizeof(controllen)))
		return -EFAULT;
	return 0;
}

/* One recvmsg on a socket already looked up (recvmmsg receives many): the bytes received. */
static int ___sys_recvmsg(struct socket *sock, struct user_msghdr __user *umsg, unsigned int flags)
{
	struct sockaddr_storage address;
	struct msghdr msg;
	struct iovec *iov;
	void __user *uaddr;
	void __user *control = NULL;
	int err, copied = copy_msghdr_from_user(&msg, umsg, &uaddr, &iov);

	if (!copied) {
		msg.msg_name = uaddr ? &address : NULL;
		msg.msg_namelen = 0;
		msg.msg_flags = flags & MSG_CMSG_CLOEXEC;
		control = msg.msg_control;
		copied = sock->ops->recvmsg(sock, &msg, iov_iter_count(&msg.msg_iter), file_msg_flags(sock, flags));
	}
	kfree(iov);
	if (copied >= 0) {
		msg.msg_controllen = (char __user *)msg.msg_control - (char __user *)control;
		err = put_msghdr_results(umsg, &msg, uaddr);
		if (err)
			copied = err;
	}
	return copied;
}

SYSCALL_DEFINE3(recvmsg, int, fd, struct user_msghdr __user *, umsg, unsigned int, flags)
{
	int err;
	struct socket *sock = sockfd_lookup(fd, &err);

	if (!sock)
		return err;
	err = ___sys_recvmsg(sock, umsg, flags);
	sockfd_put(sock);
	return err;
}

/*
 * sendmmsg: sendmsg for each of vlen messages (at most UIO_MAXIOV), each
 * one's byte count into its msg_len.  It stops at the first error or at a
 * message sent in part; the error is returned only when nothing was sent.
 */
SYSCALL_DEFINE4(sendmmsg, int, fd, struct mmsghdr __user *, mmsg, unsigned int, vlen, unsigned int, flags)
{
	unsigned int datagrams = 0;
	size_t left = 0;
	int err;
	struct socket *sock = sockfd_lookup(fd, &err);

	if (!sock)
		return err;
	if (vlen > UIO_MAXIOV)
		vlen = UIO_MAXIOV;
	for (; datagrams < vlen && !left; datagrams++) {
		err = ___sys_sendmsg(sock, &mmsg[datagrams].msg_hdr, flags, &left);
		if (err < 0)
			break;
		if (copy_to_user(&mmsg[datagrams].msg_len, &err, sizeof(unsigned int))) {
			err = -EFAULT;
			break;
		}
	}
	sockfd_put(sock);
	return datagrams ? (int)datagrams : err;
}

/*
 * recvmmsg's loop, as Linux's __sys_recvmmsg: after the first message
 * MSG_WAITFORONE stops waiting, and the timeout is looked at only between
 * messages (it does not cut a wait short).  An error after some messages
 * is kept for the next call (or SO_ERROR), unless it is EAGAIN.
 */
static int do_recvmmsg(struct socket *sock, struct mmsghdr __user *mmsg, unsigned int vlen,
		       unsigned int flags, u64 deadline)
{
	unsigned int datagrams = 0;
	int err = sock_error(sock->sk);

	if (err)
		return err;
	while (datagrams < vlen) {
		err = ___sys_recvmsg(sock, &mmsg[datagrams].msg_hdr, flags & ~MSG_WAITFORONE);
		if (err < 0)
			break;
		if (copy_to_user(&mmsg[datagrams].msg_len, &err, sizeof(unsigned int))) {
			err = -EFAULT;
			break;
		}
		err = 0;
		datagrams++;
		if (flags & MSG_WAITFORONE)
			flags |= MSG_DONTWAIT;
		if (deadline && local_clock() >= deadline)
			break;
	}
	if (!err || !datagrams)
		return datagrams ? (int)datagrams : err;
	if (err != -EAGAIN)
		sock->sk->sk_err = -err;
	return datagrams;
}

/* The timeout, if given, gets the time that was left when the messages came. */
SYSCALL_DEFINE5(recvmmsg, int, fd, struct mmsghdr __user *, mmsg, unsigned int, vlen, unsigned int, flags,
		struct timespec __user *, timeout)
{
	struct timespec ts;
	u64 deadline = 0;
	int err, datagrams;
	struct socket *sock;

	if (flags & MSG_CMSG_COMPAT)
		return -EINVAL;
	if (timeout) {
		if (copy_from_user(&ts, timeout, sizeof(ts)))
			return -EFAULT;
		if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
			return -EINVAL;
		deadline = local_clock() + (u64)ts.tv_sec * NSEC_PER_SEC + ts.tv_nsec;
	}
	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	datagrams = do_recvmmsg(sock, mmsg, vlen, flags, deadline);
	sockfd_put(sock);
	if (timeout && datagrams > 0) {
		u64 now = local_clock(), left = deadline > now ? deadline - now : 0;

		ts.tv_sec = (time_t)(left / NSEC_PER_SEC);
		ts.tv_nsec = (long)(left % NSEC_PER_SEC);
		if (copy_to_user(timeout, &ts, sizeof(ts)))
			return -EFAULT;
	}
	return datagrams;
}

/* The file operations: read and write are recv and send without flags or addresses. */
static ssize_t sock_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct socket *sock = file->private_data;
	struct iovec iov;
	struct msghdr msg;
	int err;

	if (!count)
		return 0;
	err = single_buffer_msg(&msg, &iov, buf, count);
	return err ? err : sock->ops->recvmsg(sock, &msg, iov.iov_len, file_msg_flags(sock, 0));
}

static ssize_t sock_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	struct socket *sock = file->private_data;
	struct iovec iov;
	struct msghdr msg;
	int err = single_buffer_msg(&msg, &iov, (void __user *)buf, count);

	if (err)
		return err;
	msg.msg_flags = file_msg_flags(sock, 0);
	return sock->ops->sendmsg(sock, &msg, iov.iov_len);
}

/* Every protocol sleeps and wakes its sockets on the struct sock itself. */
static unsigned int sock_poll(struct file *file, poll_table *wait)
{
	struct socket *sock = file->private_data;

	poll_wait(file, sock->sk, wait);
	return sock->ops->poll(sock);
}

static void sock_close(struct inode *inode, struct file *file)
{
	sock_release(file->private_data);
}

static const struct file_operations socket_file_ops = {
	.read = sock_read,
	.write = sock_write,
	.poll = sock_poll,
	.release = sock_close,
};
