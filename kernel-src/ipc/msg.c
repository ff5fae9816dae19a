/*
 * msg.c - System V message queues (Linux's ipc/msg.c): msgget, msgsnd, msgrcv, msgctl.
 *
 * A queue holds typed messages in the order they were sent, at most msg_qbytes
 * bytes (and as many messages).  msgrcv takes the first message of the type asked
 * for (msgtyp > 0; any other type with MSG_EXCEPT), the first of any type (0), or
 * the first of the lowest type not above -msgtyp (< 0).
 *
 * Waiting, as Linux does it: a receiver with no message sleeps in q_receivers with
 * what it asked for, and msgsnd hands a matching message straight to the first
 * such receiver (pipelined_send) instead of queueing it.  A sender finding the queue
 * full sleeps in q_senders; every msgrcv wakes them all to try again.  IPC_RMID
 * wakes everyone with EIDRM; the waiters' records live on their own stacks, so the
 * queue can be freed at once.
 */
#include <linux/kernel.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/ipc.h>
#include <linux/syscalls.h>
#include <uapi/linux/msg.h>

#define SEARCH_ANY		1
#define SEARCH_EQUAL		2
#define SEARCH_NOTEQUAL		3
#define SEARCH_LESSEQUAL	4

struct msg_msg {
	struct msg_msg	*next;
	long		m_type;
	size_t		m_ts;		/* text size */
	char		m_text[];
};

/* A sleeping msgrcv.  r_msg is ERR_PTR(-EAGAIN) until a sender or IPC_RMID decides. */
struct msg_receiver {
	struct msg_receiver	*next;
	struct task_struct	*r_tsk;
	int			r_mode;
	long			r_msgtype;
	size_t			r_maxsize;
	struct msg_msg		*r_msg;
};

/* A sleeping msgsnd. */
struct msg_sender {
	struct msg_sender	*next;
	struct task_struct	*tsk;
	int			removed;	/* IPC_RMID freed the queue */
};

struct msg_queue {
	struct kern_ipc_perm	q_perm;
	time_t			q_stime, q_rtime, q_ctime;
	unsigned long		q_cbytes;	/* bytes queued */
	unsigned long		q_qnum;		/* messages queued */
	unsigned long		q_qbytes;	/* the most bytes (and messages) it holds */
	pid_t			q_lspid, q_lrpid;
	struct msg_msg		*q_messages;
	struct msg_receiver	*q_receivers;
	struct msg_sender	*q_senders;
};

static struct ipc_ids msg_ids;
static unsigned long msg_hdrs, msg_bytes;	/* messages and bytes in all queues (MSG_INFO) */

static struct msg_queue *msq_of(struct kern_ipc_perm *perm)
{
	return IS_ERR(perm) ? (void *)perm : container_of(perm, struct msg_queue, q_perm);
}

static int newque(struct ipc_params *params)
{
	struct msg_queue *msq = kzalloc(sizeof(*msq), GFP_KERNEL);
	int id;

	if (!msq)
		return -ENOMEM;
	msq->q_perm.key = params->key;
	msq->q_perm.mode = params->flg & S_IRWXUGO;
	msq->q_ctime = ipc_time();
	msq->q_qbytes = MSGMNB;
	id = ipc_addid(&msg_ids, &msq->q_perm, MSGMNI);
	if (id < 0)
		kfree(msq);
	return id;
}

static const struct ipc_ops msg_ops = {
	.getnew = newque,
};

SYSCALL_DEFINE2(msgget, key_t, key, int, msgflg)
{
	struct ipc_params params = { .key = key, .flg = msgflg };

	return ipcget(&msg_ids, &msg_ops, &params);
}

static int testmsg(struct msg_msg *msg, long type, int mode)
{
	switch (mode) {
	case SEARCH_ANY:
		return 1;
	case SEARCH_LESSEQUAL:
		return msg->m_type <= type;
	case SEARCH_EQUAL:
		return msg->m_type == type;
	default:
		return msg->m_type != type;
	}
}

/* Hand msg to the first receiver waiting for it; one whose buffer is too small gets E2BIG. */
static int pipelined_send(struct msg_queue *msq, struct msg_msg *msg)
{
	struct msg_receiver **link = &msq->q_receivers, *msr;

	while ((msr = *link) != NULL) {
		if (!testmsg(msg, msr->r_msgtype, msr->r_mode)) {
			link = &msr->next;
			continue;
		}
		*link = msr->next;
		wake_up_process(msr->r_tsk);
		if (msr->r_maxsize < msg->m_ts) {
			msr->r_msg = ERR_PTR(-E2BIG);
			continue;
		}
		msq->q_lrpid = msr->r_tsk->tgid;
		msq->q_rtime = ipc_time();
		msr->r_msg = msg;
		return 1;
	}
	return 0;
}

static void enqueue_msg(struct msg_queue *msq, struct msg_msg *msg)
{
	struct msg_msg **link;

	for (link = &msq->q_messages; *link; link = &(*link)->next)
		;
	msg->next = NULL;
	*link = msg;
	msq->q_cbytes += msg->m_ts;
	msq->q_qnum++;
	msg_bytes += msg->m_ts;
	msg_hdrs++;
}

static void ss_del(struct msg_queue *msq, struct msg_sender *s)
{
	struct msg_sender **link;

	for (link = &msq->q_senders; *link; link = &(*link)->next)
		if (*link == s) {
			*link = s->next;
			return;
		}
}

/* Wait for room in msq.  Returns 0, or -EIDRM (msq is gone) or -EINTR. */
static long msgsnd_wait(struct msg_queue *msq)
{
	struct msg_sender s = { .next = msq->q_senders, .tsk = current };

	msq->q_senders = &s;
	sleep_on(&s);
	if (s.removed)
		return -EIDRM;
	ss_del(msq, &s);
	return signal_pending(current) ? -EINTR : 0;
}

static long do_msgsnd(int msqid, long mtype, const void __user *mtext, size_t msgsz, int msgflg)
{
	struct msg_queue *msq;
	struct msg_msg *msg;
	long err;

	if (msgsz > MSGMAX || (long)msgsz < 0 || msqid < 0)
		return -EINVAL;
	if (mtype < 1)
		return -EINVAL;
	msg = kmalloc(sizeof(*msg) + msgsz, GFP_KERNEL);
	if (!msg)
		return -ENOMEM;
	err = -EFAULT;
	if (copy_from_user(msg->m_text, mtext, msgsz))
		goto out_free;
	msg->m_type = mtype;
	msg->m_ts = msgsz;
	msq = msq_of(ipc_obtain_object_check(&msg_ids, msqid));
	err = PTR_ERR(msq);
	if (IS_ERR(msq))
		goto out_free;
	for (;;) {
		err = -EACCES;
		if (ipcperms(&msq->q_perm, S_IWUGO))
			goto out_free;
		if (msgsz + msq->q_cbytes <= msq->q_qbytes && 1 + msq->q_qnum <= msq->q_qbytes)
			break;
		err = -EAGAIN;
		if (msgflg & IPC_NOWAIT)
			goto out_free;
		err = msgsnd_wait(msq);	/* EINTR, as Linux's ERESTARTNOHAND is with a handler */
		if (err)
			goto out_free;
	}
	msq->q_lspid = current->tgid;
	msq->q_stime = ipc_time();
	if (!pipelined_send(msq, msg))
		enqueue_msg(msq, msg);
	return 0;

out_free:
	kfree(msg);
	return err;
}

SYSCALL_DEFINE4(msgsnd, int, msqid, struct msgbuf __user *, msgp, size_t, msgsz, int, msgflg)
{
	long mtype;

	if (get_user(mtype, (long __user *)msgp))
		return -EFAULT;
	return do_msgsnd(msqid, mtype, (char __user *)msgp + sizeof(long), msgsz, msgflg);
}

/* How msgtyp and msgflg select messages; a negative type becomes its bound. */
static int convert_mode(long *msgtyp, int msgflg)
{
	if (*msgtyp == 0)
		return SEARCH_ANY;
	if (*msgtyp < 0) {
		*msgtyp = *msgtyp == LONG_MIN ? LONG_MAX : -*msgtyp;
		return SEARCH_LESSEQUAL;
	}
	return (msgflg & MSG_EXCEPT) ? SEARCH_NOTEQUAL : SEARCH_EQUAL;
}

/* The message msgrcv takes: the first that matches, or for SEARCH_LESSEQUAL the first of the lowest type. */
static struct msg_msg **find_msg(struct msg_queue *msq, long msgtyp, int mode)
{
	struct msg_msg **link, **found = NULL;

	for (link = &msq->q_messages; *link; link = &(*link)->next) {
		if (!testmsg(*link, msgtyp, mode))
			continue;
		if (mode != SEARCH_LESSEQUAL)
			return link;
		if (!found || (*link)->m_type < (*found)->m_type)
			found = link;
	}
	return found;
}

/* Every sleeping sender tries again (or learns that the queue is gone). */
static void ss_wakeup(struct msg_queue *msq, int removed)
{
	struct msg_sender *s;

	for (s = msq->q_senders; s; s = s->next) {
		s->removed = removed;
		wake_up_process(s->tsk);
	}
}

/* Take the message *link out of the queue for the caller. */
static struct msg_msg *unlink_msg(struct msg_queue *msq, struct msg_msg **link)
{
	struct msg_msg *msg = *link;

	*link = msg->next;
	msq->q_qnum--;
	msq->q_cbytes -= msg->m_ts;
	msq->q_rtime = ipc_time();
	msq->q_lrpid = current->tgid;
	msg_bytes -= msg->m_ts;
	msg_hdrs--;
	ss_wakeup(msq, 0);
	return msg;
}

static void unlink_receiver(struct msg_queue *msq, struct msg_receiver *msr)
{
	struct msg_receiver **link;

	for (link = &msq->q_receivers; *link; link = &(*link)->next)
		if (*link == msr) {
			*link = msr->next;
			return;
		}
}

/*
 * Sleep at the end of the receivers until a sender hands over a message (or E2BIG),
 * IPC_SET makes everyone look again (EAGAIN) or IPC_RMID removes the queue (EIDRM).
 */
static struct msg_msg *msgrcv_wait(struct msg_queue *msq, long msgtyp, int mode, size_t maxsize)
{
	struct msg_receiver msr = {
		.r_tsk = current, .r_msgtype = msgtyp, .r_mode = mode, .r_maxsize = maxsize,
		.r_msg = ERR_PTR(-EAGAIN),
	};
	struct msg_receiver **link;

	for (link = &msq->q_receivers; *link; link = &(*link)->next)
		;
	*link = &msr;
	sleep_on(&msr);
	if (msr.r_msg != ERR_PTR(-EAGAIN))
		return msr.r_msg;		/* a sender or IPC_RMID took us off the list */
	unlink_receiver(msq, &msr);
	return signal_pending(current) ? ERR_PTR(-EINTR) : ERR_PTR(-EAGAIN);
}

/* Copy the received message out (at most bufsz bytes of text) and free it: a fault loses it, as on Linux. */
static long msg_fill(struct msgbuf __user *msgp, struct msg_msg *msg, size_t bufsz)
{
	long copied = min(bufsz, msg->m_ts);

	if (put_user(msg->m_type, &msgp->mtype) || copy_to_user(msgp->mtext, msg->m_text, copied))
		copied = -EFAULT;
	kfree(msg);
	return copied;
}

static long do_msgrcv(int msqid, struct msgbuf __user *msgp, size_t bufsz, long msgtyp, int msgflg)
{
	struct msg_queue *msq;
	struct msg_msg *msg, **link;
	int mode;

	if (msqid < 0 || (long)bufsz < 0)
		return -EINVAL;
	if (msgflg & MSG_COPY)
		return -ENOSYS;		/* Linux without CONFIG_CHECKPOINT_RESTORE */
	mode = convert_mode(&msgtyp, msgflg);
	msq = msq_of(ipc_obtain_object_check(&msg_ids, msqid));
	if (IS_ERR(msq))
		return PTR_ERR(msq);
	for (;;) {
		if (ipcperms(&msq->q_perm, S_IRUGO))
			return -EACCES;
		link = find_msg(msq, msgtyp, mode);
		if (link) {
			if (bufsz < (*link)->m_ts && !(msgflg & MSG_NOERROR))
				return -E2BIG;
			msg = unlink_msg(msq, link);
			break;
		}
		if (msgflg & IPC_NOWAIT)
			return -ENOMSG;
		msg = msgrcv_wait(msq, msgtyp, mode, (msgflg & MSG_NOERROR) ? ~0UL : bufsz);
		if (msg != ERR_PTR(-EAGAIN))
			break;
	}
	if (IS_ERR(msg))
		return PTR_ERR(msg);
	return msg_fill(msgp, msg, bufsz);
}

SYSCALL_DEFINE5(msgrcv, int, msqid, struct msgbuf __user *, msgp, size_t, msgsz, long, msgtyp, int, msgflg)
{
	return do_msgrcv(msqid, msgp, msgsz, msgtyp, msgflg);
}

/* Every sleeping receiver wakes with res (EAGAIN: look again; EIDRM: the queue is gone). */
static void expunge_all(struct msg_queue *msq, int res)
{
	struct msg_receiver *msr;

	for (msr = msq->q_receivers; msr; msr = msr->next) {
		msr->r_msg = ERR_PTR(res);
		wake_up_process(msr->r_tsk);
	}
}

/* IPC_RMID: waiters wake with EIDRM, the messages go, the id and key are free. */
static void freeque(struct msg_queue *msq)
{
	struct msg_msg *msg;

	expunge_all(msq, -EIDRM);
	ss_wakeup(msq, 1);
	while ((msg = msq->q_messages) != NULL) {
		msq->q_messages = msg->next;
		msg_bytes -= msg->m_ts;
		msg_hdrs--;
		kfree(msg);
	}
	ipc_rmid(&msg_ids, &msq->q_perm);
	kfree(msq);
}

static long msgctl_stat(struct msg_queue *msq, struct msqid64_ds __user *buf)
{
	struct msqid64_ds tbuf;

	if (ipcperms(&msq->q_perm, S_IRUGO))
		return -EACCES;
	memset(&tbuf, 0, sizeof(tbuf));
	kernel_to_ipc64_perm(&msq->q_perm, &tbuf.msg_perm);
	tbuf.msg_stime = msq->q_stime;
	tbuf.msg_rtime = msq->q_rtime;
	tbuf.msg_ctime = msq->q_ctime;
	tbuf.msg_cbytes = msq->q_cbytes;
	tbuf.msg_qnum = msq->q_qnum;
	tbuf.msg_qbytes = msq->q_qbytes;
	tbuf.msg_lspid = msq->q_lspid;
	tbuf.msg_lrpid = msq->q_lrpid;
	return copy_to_user(buf, &tbuf, sizeof(tbuf)) ? -EFAULT : 0;
}

/* IPC_INFO (the limits) and MSG_INFO (with the usage); both return the highest slot in use. */
static long msgctl_info(int cmd, struct msginfo __user *buf)
{
	int maxid = ipc_get_maxid(&msg_ids);
	struct msginfo info = {
		.msgmni = MSGMNI, .msgmax = MSGMAX, .msgmnb = MSGMNB, .msgssz = MSGSSZ,
		.msgseg = MSGSEG, .msgpool = MSGPOOL, .msgmap = MSGMAP, .msgtql = MSGTQL,
	};

	if (cmd == MSG_INFO) {
		info.msgpool = msg_ids.in_use;
		info.msgmap = msg_hdrs;
		info.msgtql = msg_bytes;
	}
	if (copy_to_user(buf, &info, sizeof(info)))
		return -EFAULT;
	return maxid < 0 ? 0 : maxid;
}

/* IPC_SET and IPC_RMID: the owner's (or root's) commands. */
static long msgctl_down(struct msg_queue *msq, int cmd, struct msqid64_ds __user *buf)
{
	struct msqid64_ds msqid64;

	if (cmd == IPC_SET && copy_from_user(&msqid64, buf, sizeof(msqid64)))
		return -EFAULT;
	if (!ipc_may_change(&msq->q_perm))
		return -EPERM;
	if (cmd == IPC_RMID) {
		freeque(msq);
		return 0;
	}
	/* raising msg_qbytes past MSGMNB needs CAP_SYS_RESOURCE, which root has */
	ipc_update_perm(&msqid64.msg_perm, &msq->q_perm);
	msq->q_qbytes = msqid64.msg_qbytes;
	msq->q_ctime = ipc_time();
	/* the limit may have changed: receivers and senders look again */
	expunge_all(msq, -EAGAIN);
	ss_wakeup(msq, 0);
	return 0;
}

SYSCALL_DEFINE3(msgctl, int, msqid, int, cmd, struct msqid64_ds __user *, buf)
{
	struct msg_queue *msq;
	long err;

	if (msqid < 0 || cmd < 0)
		return -EINVAL;
	switch (cmd) {
	case IPC_INFO:
	case MSG_INFO:
		return msgctl_info(cmd, (struct msginfo __user *)buf);
	case MSG_STAT:
		msq = msq_of(ipc_obtain_object_idx(&msg_ids, msqid));
		if (IS_ERR(msq))
			return PTR_ERR(msq);
		err = msgctl_stat(msq, buf);
		return err ? err : msq->q_perm.id;
	case IPC_STAT:
	case IPC_SET:
	case IPC_RMID:
		msq = msq_of(ipc_obtain_object_check(&msg_ids, msqid));
		if (IS_ERR(msq))
			return PTR_ERR(msq);
		return cmd == IPC_STAT ? msgctl_stat(msq, buf) : msgctl_down(msq, cmd, buf);
	default:
		return -EINVAL;
	}
}
