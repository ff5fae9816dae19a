/* signalfd.h - signals as files (fs/signalfd.c). */
#ifndef _LINUX_SIGNALFD_H
#define _LINUX_SIGNALFD_H

struct task_struct;

/* A signal was queued for p: wake the signalfd readers and pollers that look at it. */
void signalfd_notify(struct task_struct *p, int sig);

#endif
