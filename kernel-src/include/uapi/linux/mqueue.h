/* mqueue.h - POSIX message queues as user space sees them (x86-64 layouts). */
#ifndef _UAPI_LINUX_MQUEUE_H
#define _UAPI_LINUX_MQUEUE_H

#include <linux/types.h>

typedef int mqd_t;

#define MQ_PRIO_MAX	32768

struct mq_attr {
	long	mq_flags;	/* O_NONBLOCK or 0 */
	long	mq_maxmsg;	/* messages the queue holds at most */
	long	mq_msgsize;	/* the largest message */
	long	mq_curmsgs;	/* messages queued now */
	long	__reserved[4];
};

/* struct sigevent (asm-generic/siginfo.h): how mq_notify notifies. */
#define SIGEV_SIGNAL	0
#define SIGEV_NONE	1
#define SIGEV_THREAD	2

struct sigevent {
	u64	sigev_value;	/* union sigval: the signal's si_value */
	int	sigev_signo;
	int	sigev_notify;
	int	__pad[12];	/* SIGEV_THREAD's function and attributes: glibc's business */
};

#endif
