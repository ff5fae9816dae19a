/*
 * Robust mutexes between threads of one process: a thread that ends while
 * holding robust mutexes hands each to its next locker with EOWNERDEAD --
 * one already asleep in pthread_mutex_lock included -- while a mutex it
 * unlocked before ending is not touched.  Also the errors of the owner rules
 * (another thread's unlock, timeouts).  Threads are ordered with semaphores
 * and joins; only the main thread prints.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <time.h>
#include "errno_names.h"

static pthread_mutex_t a, b, c, d;
static sem_t held, go;

static void init_robust(pthread_mutex_t *m)
{
	pthread_mutexattr_t attr;

	pthread_mutexattr_init(&attr);
	pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
	pthread_mutex_init(m, &attr);
	pthread_mutexattr_destroy(&attr);
}

/* Lock a, b and c, unlock b (from the middle of the thread's list), wait for go, end. */
static void *hold_and_end(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&a);
	pthread_mutex_lock(&b);
	pthread_mutex_lock(&c);
	pthread_mutex_unlock(&b);
	sem_post(&held);
	sem_wait(&go);
	return NULL;
}

/* A detached thread frees its own memory as it ends, but not while the kernel must read its list there. */
static void *hold_detached(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&d);
	sem_post(&held);
	return NULL;
}

static void detached_thread_ends_holding(void)
{
	pthread_attr_t attr;
	pthread_t t;

	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_create(&t, &attr, hold_detached, NULL);
	pthread_attr_destroy(&attr);
	sem_wait(&held);
	printf("detached thread ended holding d: lock %s\n", errno_name(pthread_mutex_lock(&d)));
	printf("consistent: %s\n", errno_name(pthread_mutex_consistent(&d)));
	printf("unlock: %s\n", errno_name(pthread_mutex_unlock(&d)));
}

static int sleeper_result = -1;

static void *sleeper(void *arg)
{
	(void)arg;
	sleeper_result = pthread_mutex_lock(&a);
	if (sleeper_result == EOWNERDEAD)
		pthread_mutex_consistent(&a);
	pthread_mutex_unlock(&a);
	return NULL;
}

static int other_result;

static void *unlock_other(void *arg)
{
	other_result = pthread_mutex_unlock(arg);
	return NULL;
}

static void *timedlock_other(void *arg)
{
	struct timespec past = { 1, 0 };

	other_result = pthread_mutex_timedlock(arg, &past);
	return NULL;
}

/* Run fn(m) in another thread; its result. */
static const char *in_other_thread(void *(*fn)(void *), pthread_mutex_t *m)
{
	pthread_t t;

	pthread_create(&t, NULL, fn, m);
	pthread_join(t, NULL);
	return errno_name(other_result);
}

/* A thread ends holding a and c: a thread already asleep on a wakes with EOWNERDEAD. */
static void thread_ends_holding(void)
{
	struct timespec pause = { 0, 50000000 };
	pthread_t holder, waiter;

	pthread_create(&holder, NULL, hold_and_end, NULL);
	sem_wait(&held);
	pthread_create(&waiter, NULL, sleeper, NULL);
	nanosleep(&pause, NULL);	/* the sleeper is asleep in lock by now */
	sem_post(&go);
	pthread_join(holder, NULL);
	pthread_join(waiter, NULL);
	printf("asleep on a when its owner ended: %s\n", errno_name(sleeper_result));
	printf("trylock b (unlocked before the end): %s\n", errno_name(pthread_mutex_trylock(&b)));
	printf("trylock c (held at the end): %s\n", errno_name(pthread_mutex_trylock(&c)));
	printf("lock a (made consistent by the sleeper): %s\n", errno_name(pthread_mutex_lock(&a)));
	printf("unlock a: %s\n", errno_name(pthread_mutex_unlock(&a)));
	printf("unlock b: %s\n", errno_name(pthread_mutex_unlock(&b)));
	printf("unlock c without consistent: %s\n", errno_name(pthread_mutex_unlock(&c)));
	printf("lock c: %s\n", errno_name(pthread_mutex_lock(&c)));
}

static void owner_rules(void)
{
	printf("lock a: %s\n", errno_name(pthread_mutex_lock(&a)));
	printf("unlock by another thread: %s\n", in_other_thread(unlock_other, &a));
	printf("timedlock by another thread, deadline past: %s\n", in_other_thread(timedlock_other, &a));
	printf("trylock of a mutex we hold: %s\n", errno_name(pthread_mutex_trylock(&a)));
	printf("destroy while held: %s\n", errno_name(pthread_mutex_destroy(&a)));
	printf("unlock of an unlocked mutex: %s\n", errno_name(pthread_mutex_unlock(&b)));
}

int main(void)
{
	sem_init(&held, 0, 0);
	sem_init(&go, 0, 0);
	init_robust(&a);
	init_robust(&b);
	init_robust(&c);
	init_robust(&d);
	thread_ends_holding();
	detached_thread_ends_holding();
	owner_rules();
	return 0;
}
