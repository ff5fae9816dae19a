/*
 * What the POSIX message-queue cases share besides sysv_ipc_util.h's error names:
 * queue names of this process (so that parallel runs on one host never meet),
 * attributes and an absolute timeout from now.
 */
#include <mqueue.h>
#include <time.h>
#include <unistd.h>
#include "sysv_ipc_util.h"

/* "/tcc-lite-mq-PID-what": a name no other run uses. */
static const char *qname(const char *what)
{
	static char names[8][64];
	static int next;
	char *name = names[next++ % 8];

	snprintf(name, sizeof(names[0]), "/tcc-lite-mq-%d-%s", (int)getpid(), what);
	return name;
}

static struct mq_attr *attr_of(long maxmsg, long msgsize)
{
	static struct mq_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.mq_maxmsg = maxmsg;
	attr.mq_msgsize = msgsize;
	return &attr;
}

/* CLOCK_REALTIME now plus ms milliseconds, as mq_timedsend and mq_timedreceive want it. */
static struct timespec *after_ms(long ms)
{
	static struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_nsec += ms * 1000000L;
	ts.tv_sec += ts.tv_nsec / 1000000000L;
	ts.tv_nsec %= 1000000000L;
	return &ts;
}
