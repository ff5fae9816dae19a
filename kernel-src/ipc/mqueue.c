/*
 * mqueue.c - POSIX message queues (Linux's ipc/mqueue.c): mq_open, mq_unlink,
 * mq_timedsend, mq_timedreceive, mq_notify and mq_getsetattr.
 *
 * A queue has a name ("/name" to the user; glibc strips the slash) until
 * mq_unlink, and lives while it has a name or an open descriptor.  Queue
 * descriptors are files: close, dup, fork and poll work on them as on a pipe,
 * and read() shows the queue's state as Linux's /dev/mqueue files do.  There
 * is no mqueue file system to mount: the names live in mq_names below.
 *
 * Messages wait in priority order, highest first and FIFO within a priority.
 * Senders and receivers that must wait sleep on the queue itself and look
 * again whenever it changes (wake_up also wakes poll and select).
 *
 * mq_notify: one process may ask to hear when a message arrives on the empty
 * queue while nobody is waiting in mq_receive; it is told once (a signal with
 * si_code SI_MESGQ, or nothing for SIGEV_NONE) and its registration ends.
 */
#include <linux/kernel.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/time.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/syscalls.h>
#include <asm/setup.h>
#include <uapi/linux/mqueue.h>
#include <uapi/linux/magic.h>

#define DFLT_MSGMAX	10		/* /proc/sys/fs/mqueue/msg_default */
#define DFLT_MSGSIZEMAX	8192		/* /proc/sys/fs/mqueue/msgsize_default */
#define HARD_MSGMAX	65536		/* the limits for root (CAP_SYS_RESOURCE), */
#define HARD_MSGSIZEMAX	(16 * 1024 * 1024)	/* and everyone is root here */
#define SI_MESGQ	(-3)

struct mq_msg {
	struct mq_msg	*next;
	unsigned int	m_prio;
	size_t		m_ts;		/* text size */
	char		m_text[];
};

struct mqueue_inode_info {
	struct mqueue_inode_info *next;	/* in mq_names while it has a name */
	char		name[NAME_MAX + 1];
	int		count;		/* open files, plus one for the name */
	struct mq_attr	attr;		/* mq_flags is per file: unused here */
	struct mq_msg	*messages;	/* highest priority first */
	unsigned long	qsize;		/* bytes of text queued */
	int		receivers;	/* tasks sleeping in mq_timedreceive */
	pid_t		notify_owner;	/* the process mq_notify registered, or 0 */
	struct sigevent	notify;
};

static struct mqueue_inode_info *mq_names;

static const struct file_operations mqueue_file_operations;

/* The queue a descriptor refers to, or NULL if it is no queue descriptor. */
static struct mqueue_inode_info *mqueue_of(struct file *f)
{
	return f && f->f_op == &mqueue_file_operations ? f->private_data : NULL;
}

static struct mqueue_inode_info *mqueue_lookup(const char *name)
{
	struct mqueue_inode_info *info;

	for (info = mq_names; info; info = info->next)
		if (!strcmp(info->name, name))
			return info;
	return NULL;
}

/* The last name or file is gone: free the queue and the messages still in it. */
static void mqueue_put(struct mqueue_inode_info *info)
{
	struct mq_msg *msg;

	if (--info->count > 0)
		return;
	while ((msg = info->messages) != NULL) {
		info->messages = msg->next;
		kfree(msg);
	}
	kfree(info);
}

static void mqueue_unlink_name(struct mqueue_inode_info *info)
{
	struct mqueue_inode_info **link;

	for (link = &mq_names; *link; link = &(*link)->next)
		if (*link == info) {
			*link = info->next;
			break;
		}
	mqueue_put(info);
}

static void remove_notification(struct mqueue_inode_info *info)
{
	info->notify_owner = 0;
}

/*
 * A message arrived: if the queue was empty and nobody waits to receive, the
 * registered process hears of it, once (__do_notify).  An exited owner is forgotten.
 */
static void __do_notify(struct mqueue_inode_info *info)
{
	struct task_struct *owner;
	struct ksiginfo sig_i = { .code = SI_MESGQ };

	if (!info->notify_owner || info->attr.mq_curmsgs != 1 || info->receivers)
		return;
	owner = find_task_by_pid(info->notify_owner);
	/* signal 0, as kill's, is only a check: nothing is sent */
	if (owner && info->notify.sigev_notify == SIGEV_SIGNAL && info->notify.sigev_signo) {
		sig_i.signo = info->notify.sigev_signo;
		sig_i.pid = current->tgid;
		sig_i.value = info->notify.sigev_value;
		group_send_sig_info(sig_i.signo, &sig_i, owner);
	}
	remove_notification(info);
}

/* Limits on a queue's size, as mq_attr_ok checks them for root. */
static int mq_attr_ok(const struct mq_attr *attr)
{
	if (attr->mq_maxmsg <= 0 || attr->mq_msgsize <= 0)
		return -EINVAL;
	if (attr->mq_maxmsg > HARD_MSGMAX || attr->mq_msgsize > HARD_MSGSIZEMAX)
		return -EINVAL;
	return 0;
}

/* A new named queue, with attr's sizes or Linux's defaults (10 messages of 8192 bytes). */
static struct mqueue_inode_info *mqueue_create(const char *name, const struct mq_attr *attr)
{
	struct mqueue_inode_info *info;
	int err = attr ? mq_attr_ok(attr) : 0;

	if (err)
		return ERR_PTR(err);
	info = kzalloc(sizeof(*info), GFP_KERNEL);
	if (!info)
		return ERR_PTR(-ENOMEM);
	strcpy(info->name, name);
	info->attr.mq_maxmsg = attr ? attr->mq_maxmsg : DFLT_MSGMAX;
	info->attr.mq_msgsize = attr ? attr->mq_msgsize : DFLT_MSGSIZEMAX;
	info->count = 1;
	info->next = mq_names;
	mq_names = info;
	return info;
}

/* Where the queues' inodes live: Linux's mqueue file system. */
static struct super_block mqueue_sb = {
	.s_magic = MQUEUE_MAGIC,
};

/* An open file for the queue, on a nameless inode as fstat shows a queue. */
static struct file *mqueue_open_file(struct mqueue_inode_info *info, int oflag)
{
	struct inode *inode = ramfs_get_inode(S_IFREG | 0600, 0);
	struct file *file;

	if (!inode)
		return NULL;
	inode->i_nlink = 0;		/* freed with the file */
	inode->i_sb = &mqueue_sb;
	file = alloc_file(inode, oflag & (O_ACCMODE | O_NONBLOCK), &mqueue_file_operations);
	if (!file) {
		kfree(inode);
		return NULL;
	}
	file->private_data = info;
	info->count++;
	return file;
}

/* Why a name cannot be a queue's (lookup_one_len and simple_lookup in Linux). */
static int mqueue_check_name(const char *name)
{
	if (!strcmp(name, ".") || !strcmp(name, "..") || strchr(name, '/'))
		return -EACCES;
	if (strlen(name) > NAME_MAX)
		return -ENAMETOOLONG;
	return 0;
}

/* Find or create the queue the flags ask for. */
static struct mqueue_inode_info *mqueue_get(const char *name, int oflag, const struct mq_attr *attr)
{
	struct mqueue_inode_info *info = mqueue_lookup(name);

	if (!info)
		return (oflag & O_CREAT) ? mqueue_create(name, attr) : ERR_PTR(-ENOENT);
	if ((oflag & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL))
		return ERR_PTR(-EEXIST);
	if ((oflag & O_ACCMODE) == O_ACCMODE)
		return ERR_PTR(-EINVAL);
	return info;
}

static long do_mq_open(const char *name, int oflag, const struct mq_attr *attr)
{
	struct mqueue_inode_info *info;
	struct file *file;
	int fd, err = mqueue_check_name(name);

	if (err)
		return err;
	fd = get_unused_fd();
	if (fd < 0)
		return fd;
	info = mqueue_get(name, oflag, attr);
	if (IS_ERR(info))
		return PTR_ERR(info);
	file = mqueue_open_file(info, oflag);
	if (!file)
		return -ENOMEM;		/* a queue just created keeps its name, as after a failed open */
	fd_install(fd, file);
	current->files->close_on_exec |= 1UL << fd;	/* Linux opens them O_CLOEXEC */
	return fd;
}

SYSCALL_DEFINE4(mq_open, const char __user *, u_name, int, oflag, umode_t, mode,
		struct mq_attr __user *, u_attr)
{
	char name[PATH_MAX];
	struct mq_attr attr;
	long err;

	(void)mode;			/* everyone is root: permissions never refuse */
	if (u_attr && copy_from_user(&attr, u_attr, sizeof(attr)))
		return -EFAULT;
	err = getname(u_name, name);
	if (err < 0)
		return err;
	return do_mq_open(name, oflag, u_attr ? &attr : NULL);
}

SYSCALL_DEFINE1(mq_unlink, const char __user *, u_name)
{
	char name[PATH_MAX];
	struct mqueue_inode_info *info;
	long err = getname(u_name, name);

	if (err < 0)
		return err;
	err = mqueue_check_name(name);
	if (err)
		return err;
	info = mqueue_lookup(name);
	if (!info)
		return -ENOENT;
	mqueue_unlink_name(info);
	return 0;
}

/* An absolute CLOCK_REALTIME timeout as a local_clock() deadline; 0 means none. */
static int prepare_timeout(const struct timespec __user *u_abs_timeout, u64 *deadline)
{
	struct timespec ts;

	*deadline = 0;
	if (!u_abs_timeout)
		return 0;
	if (copy_from_user(&ts, u_abs_timeout, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	if (ts.tv_sec < boot_epoch)
		*deadline = 1;		/* long past */
	else
		*deadline = (u64)(ts.tv_sec - boot_epoch) * NSEC_PER_SEC + (u64)ts.tv_nsec;
	if (!*deadline)
		*deadline = 1;
	return 0;
}

/* Sleep until the queue changes; -ETIMEDOUT past the deadline, -ERESTARTSYS on a signal (wq_sleep). */
static long wq_sleep(struct mqueue_inode_info *info, u64 deadline)
{
	if (deadline && local_clock() >= deadline)
		return -ETIMEDOUT;
	current->wake_time = deadline;
	sleep_on(info);
	current->wake_time = 0;
	return signal_pending(current) ? -ERESTARTSYS : 0;
}

/* The queue file behind mqdes, held while the call may sleep; *err says why not. */
static struct file *mqueue_fget(mqd_t mqdes, int *err)
{
	struct file *f = fget(mqdes);

	*err = -EBADF;
	if (!mqueue_of(f))
		return NULL;
	*err = 0;
	return get_file(f);
}

/* After msg (and any before it of the same or a higher priority): FIFO within a priority. */
static void msg_insert(struct mqueue_inode_info *info, struct mq_msg *msg)
{
	struct mq_msg **link = &info->messages;

	while (*link && (*link)->m_prio >= msg->m_prio)
		link = &(*link)->next;
	msg->next = *link;
	*link = msg;
	info->attr.mq_curmsgs++;
	info->qsize += msg->m_ts;
}

/* Queue msg, waiting for room unless the file is nonblocking. */
static long mq_send_msg(struct file *f, struct mq_msg *msg, u64 deadline)
{
	struct mqueue_inode_info *info = f->private_data;
	long err;

	while (info->attr.mq_curmsgs >= info->attr.mq_maxmsg) {
		if (f->f_flags & O_NONBLOCK)
			return -EAGAIN;
		err = wq_sleep(info, deadline);
		if (err)
			return err;
	}
	msg_insert(info, msg);
	__do_notify(info);
	wake_up(info);
	return 0;
}

/* A copy of the user's message, after the checks Linux makes first. */
static struct mq_msg *load_msg(struct file *f, const char __user *u_msg_ptr, size_t msg_len,
			       unsigned int msg_prio)
{
	struct mqueue_inode_info *info = f->private_data;
	struct mq_msg *msg;

	if (!file_writable(f))
		return ERR_PTR(-EBADF);
	if (msg_len > (size_t)info->attr.mq_msgsize)
		return ERR_PTR(-EMSGSIZE);
	msg = kmalloc(sizeof(*msg) + msg_len, GFP_KERNEL);
	if (!msg)
		return ERR_PTR(-ENOMEM);
	msg->m_prio = msg_prio;
	msg->m_ts = msg_len;
	if (copy_from_user(msg->m_text, u_msg_ptr, msg_len)) {
		kfree(msg);
		return ERR_PTR(-EFAULT);
	}
	return msg;
}

SYSCALL_DEFINE5(mq_timedsend, mqd_t, mqdes, const char __user *, u_msg_ptr, size_t, msg_len,
		unsigned int, msg_prio, const struct timespec __user *, u_abs_timeout)
{
	struct mq_msg *msg;
	struct file *f;
	u64 deadline;
	int err;

	err = prepare_timeout(u_abs_timeout, &deadline);
	if (err)
		return err;
	if (msg_prio >= MQ_PRIO_MAX)
		return -EINVAL;
	f = mqueue_fget(mqdes, &err);
	if (!f)
		return err;
	msg = load_msg(f, u_msg_ptr, msg_len, msg_prio);
	err = IS_ERR(msg) ? PTR_ERR(msg) : mq_send_msg(f, msg, deadline);
	if (err && !IS_ERR(msg))
		kfree(msg);
	fput(f);
	return err;
}

/* Take the first message, waiting for one unless the file is nonblocking. */
static struct mq_msg *mq_take_msg(struct file *f, size_t msg_len, u64 deadline)
{
	struct mqueue_inode_info *info = f->private_data;
	struct mq_msg *msg;
	long err;

	if (!file_readable(f))
		return ERR_PTR(-EBADF);
	if (msg_len < (size_t)info->attr.mq_msgsize)
		return ERR_PTR(-EMSGSIZE);
	while (!info->messages) {
		if (f->f_flags & O_NONBLOCK)
			return ERR_PTR(-EAGAIN);
		info->receivers++;
		err = wq_sleep(info, deadline);
		info->receivers--;
		if (err)
			return ERR_PTR(err);
	}
	msg = info->messages;
	info->messages = msg->next;
	info->attr.mq_curmsgs--;
	info->qsize -= msg->m_ts;
	wake_up(info);			/* room for a sleeping sender */
	return msg;
}

SYSCALL_DEFINE5(mq_timedreceive, mqd_t, mqdes, char __user *, u_msg_ptr, size_t, msg_len,
		unsigned int __user *, u_msg_prio, const struct timespec __user *, u_abs_timeout)
{
	struct mq_msg *msg;
	struct file *f;
	u64 deadline;
	int err;
	long ret;

	err = prepare_timeout(u_abs_timeout, &deadline);
	if (err)
		return err;
	f = mqueue_fget(mqdes, &err);
	if (!f)
		return err;
	msg = mq_take_msg(f, msg_len, deadline);
	fput(f);
	if (IS_ERR(msg))
		return PTR_ERR(msg);
	/* a fault loses the message, as on Linux */
	ret = msg->m_ts;
	if ((u_msg_prio && put_user(msg->m_prio, u_msg_prio)) ||
	    copy_to_user(u_msg_ptr, msg->m_text, msg->m_ts))
		ret = -EFAULT;
	kfree(msg);
	return ret;
}

/* What mq_notify may ask for; SIGEV_THREAD needs glibc's netlink helper, which we lack. */
static int notification_ok(const struct sigevent *n)
{
	if (n->sigev_notify != SIGEV_NONE && n->sigev_notify != SIGEV_SIGNAL &&
	    n->sigev_notify != SIGEV_THREAD)
		return -EINVAL;
	if (n->sigev_notify == SIGEV_SIGNAL && (n->sigev_signo < 0 || n->sigev_signo > _NSIG))
		return -EINVAL;
	if (n->sigev_notify == SIGEV_THREAD)
		return -ENOSYS;
	return 0;
}

SYSCALL_DEFINE2(mq_notify, mqd_t, mqdes, const struct sigevent __user *, u_notification)
{
	struct mqueue_inode_info *info;
	struct sigevent notification;
	int err;

	if (u_notification) {
		if (copy_from_user(&notification, u_notification, sizeof(notification)))
			return -EFAULT;
		err = notification_ok(&notification);
		if (err)
			return err;
	}
	info = mqueue_of(fget(mqdes));
	if (!info)
		return -EBADF;
	if (!u_notification) {
		if (info->notify_owner == current->tgid)
			remove_notification(info);
		return 0;
	}
	if (info->notify_owner)
		return -EBUSY;
	info->notify = notification;
	info->notify_owner = current->tgid;
	return 0;
}

SYSCALL_DEFINE3(mq_getsetattr, mqd_t, mqdes, const struct mq_attr __user *, u_mqstat,
		struct mq_attr __user *, u_omqstat)
{
	struct mq_attr mqstat, omqstat;
	struct mqueue_inode_info *info;
	struct file *f;

	if (u_mqstat) {
		if (copy_from_user(&mqstat, u_mqstat, sizeof(mqstat)))
			return -EFAULT;
		if (mqstat.mq_flags & ~O_NONBLOCK)
			return -EINVAL;
	}
	f = fget(mqdes);
	info = mqueue_of(f);
	if (!info)
		return -EBADF;
	omqstat = info->attr;
	omqstat.mq_flags = f->f_flags & O_NONBLOCK;
	if (u_mqstat)
		f->f_flags = (f->f_flags & ~O_NONBLOCK) | (mqstat.mq_flags & O_NONBLOCK);
	if (u_omqstat && copy_to_user(u_omqstat, &omqstat, sizeof(omqstat)))
		return -EFAULT;
	return 0;
}

/* read() of a queue descriptor: its state, in the format of Linux's /dev/mqueue files. */
static ssize_t mqueue_read_file(struct file *f, char __user *u_data, size_t count, loff_t *off)
{
	struct mqueue_inode_info *info = f->private_data;
	char buffer[80];
	size_t len;

	snprintf(buffer, sizeof(buffer), "QSIZE:%-10lu NOTIFY:%-5d SIGNO:%-5d NOTIFY_PID:%-6d\n",
		 info->qsize,
		 info->notify_owner ? info->notify.sigev_notify : 0,
		 info->notify_owner && info->notify.sigev_notify == SIGEV_SIGNAL ? info->notify.sigev_signo : 0,
		 info->notify_owner);
	len = strlen(buffer);
	if (*off >= (loff_t)len)
		return 0;
	len = min(count, len - (size_t)*off);
	if (copy_to_user(u_data, buffer + *off, len))
		return -EFAULT;
	*off += len;
	return len;
}

/* Ready to receive while messages wait, to send while there is room (mqueue_poll_file). */
static unsigned int mqueue_poll_file(struct file *f, poll_table *wait)
{
	struct mqueue_inode_info *info = f->private_data;
	unsigned int mask = 0;

	poll_wait(f, info, wait);

	if (info->attr.mq_curmsgs)
		mask |= POLLIN | POLLRDNORM;
	if (info->attr.mq_curmsgs < info->attr.mq_maxmsg)
		mask |= POLLOUT | POLLWRNORM;
	return mask;
}

/* Every close by the registered process ends its notification (mqueue_flush_file). */
static void mqueue_flush_file(struct file *f)
{
	struct mqueue_inode_info *info = f->private_data;

	if (info->notify_owner == current->tgid)
		remove_notification(info);
}

static void mqueue_release_file(struct inode *inode, struct file *f)
{
	(void)inode;
	mqueue_put(f->private_data);
}

static const struct file_operations mqueue_file_operations = {
	.read = mqueue_read_file,
	.poll = mqueue_poll_file,
	.flush = mqueue_flush_file,
	.release = mqueue_release_file,
};
