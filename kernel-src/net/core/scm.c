/*
 * scm.c - socket control messages: the ancillary data of sendmsg and
 * recvmsg.  The sender's SCM_RIGHTS messages become a list of held open
 * files, which the receiver gets as new descriptors; SCM_CREDENTIALS says
 * who sent (a receiver with SO_PASSCRED is told, whether or not the sender
 * said it).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/fs.h>
#include <linux/net.h>
#include <net/sock.h>
#include <net/scm.h>

#define SCM_CONTROL_MAX	20480	/* net.core.optmem_max: the largest control buffer taken */

static struct scm_fp_list *scm_fp_alloc(int max)
{
	struct scm_fp_list *fpl = kmalloc(sizeof(*fpl) + max * sizeof(struct file *), GFP_KERNEL);

	if (fpl) {
		fpl->count = 0;
		fpl->max = max;
	}
	return fpl;
}

/* Hold the files an SCM_RIGHTS message names, after those of earlier ones. */
static int scm_fp_copy(struct cmsghdr *cmsg, struct scm_fp_list **fplp)
{
	int *fdp = CMSG_DATA(cmsg);
	int i, num = (cmsg->cmsg_len - sizeof(struct cmsghdr)) / sizeof(int);
	struct scm_fp_list *fpl = *fplp;

	if (num <= 0)
		return 0;
	if (num > SCM_MAX_FD)
		return -EINVAL;
	if (!fpl) {
		fpl = *fplp = scm_fp_alloc(SCM_MAX_FD);
		if (!fpl)
			return -ENOMEM;
	}
	if (fpl->count + num > fpl->max)
		return -EINVAL;
	for (i = 0; i < num; i++) {
		struct file *file = fdp[i] >= 0 ? fget(fdp[i]) : NULL;

		if (!file)
			return -EBADF;
		fpl->fp[fpl->count++] = get_file(file);
	}
	return 0;
}

/* A control message lies within the buffer and holds at least its header. */
static int cmsg_ok(const char *control, size_t controllen, const struct cmsghdr *cmsg)
{
	size_t offset = (const char *)cmsg - control;

	return cmsg->cmsg_len >= sizeof(struct cmsghdr) && cmsg->cmsg_len <= controllen - offset;
}

/* The next header, if a whole one fits after cmsg (the kernel's cmsg_nxthdr). */
static struct cmsghdr *cmsg_next(const char *control, size_t controllen, struct cmsghdr *cmsg)
{
	size_t next = (char *)cmsg - control + CMSG_ALIGN(cmsg->cmsg_len);

	if (cmsg->cmsg_len < sizeof(struct cmsghdr) || next + sizeof(struct cmsghdr) > controllen)
		return NULL;
	return (struct cmsghdr *)(control + next);
}

static int scm_parse(struct socket *sock, char *control, size_t len, struct scm_cookie *p)
{
	struct cmsghdr *cmsg = len >= sizeof(struct cmsghdr) ? (struct cmsghdr *)control : NULL;
	int err;

	for (; cmsg; cmsg = cmsg_next(control, len, cmsg)) {
		if (!cmsg_ok(control, len, cmsg))
			return -EINVAL;
		if (cmsg->cmsg_level != SOL_SOCKET)
			continue;
		switch (cmsg->cmsg_type) {
		case SCM_RIGHTS:
			if (sock->ops->family != AF_UNIX)
				return -EINVAL;
			err = scm_fp_copy(cmsg, &p->fp);
			if (err)
				return err;
			break;
		case SCM_CREDENTIALS:
			if (cmsg->cmsg_len != CMSG_LEN(sizeof(struct ucred)))
				return -EINVAL;
			memcpy(&p->creds, CMSG_DATA(cmsg), sizeof(struct ucred));	/* root may claim anyone */
			break;
		default:
			return -EINVAL;
		}
	}
	return 0;
}

/* Parse msg's control buffer into scm; by default the credentials are the sender's own. */
int scm_send(struct socket *sock, struct msghdr *msg, struct scm_cookie *scm)
{
	size_t len = msg->msg_controllen;
	char *control;
	int err;

	memset(scm, 0, sizeof(*scm));
	scm->creds.pid = current->tgid;
	if (!len)
		return 0;
	if (len > SCM_CONTROL_MAX)
		return -ENOBUFS;
	control = kmalloc(len, GFP_KERNEL);
	if (!control)
		return -ENOBUFS;
	err = copy_from_user(control, msg->msg_control, len) ? -EFAULT : scm_parse(sock, control, len, scm);
	kfree(control);
	if (err)
		scm_destroy(scm);
	else if (scm->fp && !scm->fp->count)
		scm_destroy(scm);
	return err;
}

void scm_destroy(struct scm_cookie *scm)
{
	struct scm_fp_list *fpl = scm->fp;
	int i;

	scm->fp = NULL;
	if (!fpl)
		return;
	for (i = 0; i < fpl->count; i++)
		fput(fpl->fp[i]);
	kfree(fpl);
}

/* Another hold on the same files (a buffer keeps its own copy of the list). */
struct scm_fp_list *scm_fp_dup(struct scm_fp_list *fpl)
{
	struct scm_fp_list *copy = scm_fp_alloc(fpl->count);
	int i;

	if (!copy)
		return NULL;
	for (i = 0; i < fpl->count; i++)
		copy->fp[i] = get_file(fpl->fp[i]);
	copy->count = fpl->count;
	return copy;
}

/* The control buffer's unused part shrinks by n bytes (at most what is left). */
static void cmsg_advance(struct msghdr *msg, size_t n)
{
	if (n > msg->msg_controllen)
		n = msg->msg_controllen;
	msg->msg_control = (char __user *)msg->msg_control + n;
	msg->msg_controllen -= n;
}

/* Append a control message to the receiver's buffer; MSG_CTRUNC when it does not fit. */
int put_cmsg(struct msghdr *msg, int level, int type, int len, void *data)
{
	struct cmsghdr __user *cm = msg->msg_control;
	struct cmsghdr cmhdr;
	size_t cmlen = CMSG_LEN(len);

	if (!cm || msg->msg_controllen < sizeof(struct cmsghdr)) {
		msg->msg_flags |= MSG_CTRUNC;
		return 0;
	}
	if (msg->msg_controllen < cmlen) {
		msg->msg_flags |= MSG_CTRUNC;
		cmlen = msg->msg_controllen;
	}
	cmhdr.cmsg_level = level;
	cmhdr.cmsg_type = type;
	cmhdr.cmsg_len = cmlen;
	if (copy_to_user(cm, &cmhdr, sizeof(cmhdr)) ||
	    copy_to_user(CMSG_DATA(cm), data, cmlen - sizeof(struct cmsghdr)))
		return -EFAULT;
	cmsg_advance(msg, CMSG_SPACE(len));
	return 0;
}

/*
 * Give the receiver the files as new descriptors, as many as its buffer has
 * room for: the rest are closed, and MSG_CTRUNC says so.
 */
static void scm_detach_fds(struct msghdr *msg, struct scm_cookie *scm)
{
	struct cmsghdr __user *cm = msg->msg_control;
	int __user *cmfptr = cm ? CMSG_DATA(cm) : NULL;
	int fdmax = 0, fdnum = scm->fp->count, i;

	if (cm && msg->msg_controllen > sizeof(struct cmsghdr))
		fdmax = (msg->msg_controllen - sizeof(struct cmsghdr)) / sizeof(int);
	if (fdnum < fdmax)
		fdmax = fdnum;
	for (i = 0; i < fdmax; i++) {
		int new_fd = get_unused_fd();

		if (new_fd < 0 || copy_to_user(cmfptr + i, &new_fd, sizeof(new_fd)))
			break;
		fd_install(new_fd, get_file(scm->fp->fp[i]));
		if (msg->msg_flags & MSG_CMSG_CLOEXEC)
			current->files->close_on_exec |= 1UL << new_fd;
	}
	if (i > 0) {
		struct cmsghdr cmhdr = { CMSG_LEN(i * sizeof(int)), SOL_SOCKET, SCM_RIGHTS };

		if (!copy_to_user(cm, &cmhdr, sizeof(cmhdr)))
			cmsg_advance(msg, CMSG_SPACE(i * sizeof(int)));
	}
	if (i < fdnum)
		msg->msg_flags |= MSG_CTRUNC;
	scm_destroy(scm);	/* the descriptors installed hold their own references */
}

/* What the receiver learns besides the data: the sender's credentials (SO_PASSCRED), descriptors. */
void scm_recv(struct socket *sock, struct msghdr *msg, struct scm_cookie *scm, int flags)
{
	if (!msg->msg_control) {
		if (sock_flag(sock->sk, SOCK_PASSCRED) || scm->fp)
			msg->msg_flags |= MSG_CTRUNC;
		scm_destroy(scm);
		return;
	}
	if (sock_flag(sock->sk, SOCK_PASSCRED))
		put_cmsg(msg, SOL_SOCKET, SCM_CREDENTIALS, sizeof(scm->creds), &scm->creds);
	if (scm->fp)
		scm_detach_fds(msg, scm);
}
