/*
 * mq_notify_thread.c: mq_notify's SIGEV_THREAD (not installed).
 */
#ifndef _LIBC_MQ_NOTIFY_THREAD_H
#define _LIBC_MQ_NOTIFY_THREAD_H

#include <mqueue.h>
#include <signal.h>

/* Registers a SIGEV_THREAD notification: mq_notify's result. */
int __mq_notify_thread(mqd_t q, const struct sigevent *notification);

/* mq_notify(q, NULL) is ending q's registration: a SIGEV_THREAD one is forgotten. */
void __mq_notify_thread_end(mqd_t q);

#endif
