/* msg.h - System V message queues as user space sees them (x86-64 layouts). */
#ifndef _UAPI_LINUX_MSG_H
#define _UAPI_LINUX_MSG_H

#include <uapi/linux/ipc.h>

/* msgctl commands beyond IPC_* */
#define MSG_STAT	11
#define MSG_INFO	12

/* msgrcv flags */
#define MSG_NOERROR	010000		/* truncate a message that is too long */
#define MSG_EXCEPT	020000		/* the first message of any other type */
#define MSG_COPY	040000		/* checkpoint/restore only: not supported */

#define MSGMNI		32000		/* queues at most */
#define MSGMAX		8192		/* the largest message */
#define MSGMNB		16384		/* a new queue's msg_qbytes */
#define MSGPOOL		(MSGMNI * MSGMNB / 1024)
#define MSGTQL		MSGMNB
#define MSGMAP		MSGMNB
#define MSGSSZ		16
#define MSGSEG		0xffff

struct msgbuf {
	long	mtype;
	char	mtext[1];
};

struct msqid64_ds {
	struct ipc64_perm	msg_perm;
	time_t			msg_stime;	/* last msgsnd */
	time_t			msg_rtime;	/* last msgrcv */
	time_t			msg_ctime;	/* last change */
	unsigned long		msg_cbytes;	/* bytes queued */
	unsigned long		msg_qnum;	/* messages queued */
	unsigned long		msg_qbytes;	/* the most bytes the queue holds */
	pid_t			msg_lspid;	/* last msgsnd */
	pid_t			msg_lrpid;	/* last msgrcv */
	unsigned long		__unused4;
	unsigned long		__unused5;
};

struct msginfo {
	int		msgpool;
	int		msgmap;
	int		msgmax;
	int		msgmnb;
	int		msgmni;
	int		msgssz;
	int		msgtql;
	unsigned short	msgseg;
};

#endif
