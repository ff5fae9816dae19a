/*
 * timer_thread.c: timer_create's SIGEV_THREAD (not installed).
 */
#ifndef _LIBC_TIMER_THREAD_H
#define _LIBC_TIMER_THREAD_H

#include <signal.h>
#include <time.h>

/* Is this timer_t a SIGEV_THREAD timer (the library's), rather than a kernel id? */
int __timer_is_thread(timer_t timerid);

/* The kernel's id for any timer_t. */
int __timer_kernel_id(timer_t timerid);

int __timer_create_thread(clockid_t clock, const struct sigevent *sev, timer_t *timerid);
int __timer_delete_thread(timer_t timerid);

#endif
