/*
 * Condition variables, once, and barriers.
 *
 * A condition variable is a sequence number.  A waiter reads it while
 * holding the mutex, releases the mutex and sleeps until the number
 * changes: a signal that comes between the release and the sleep has
 * already changed it, so the futex does not sleep and nothing is lost.
 * Waiters may wake spuriously, which POSIX allows (callers loop).
 */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include "pthread_impl.h"

int pthread_condattr_init(pthread_condattr_t *attr)
{
    attr->clock = CLOCK_REALTIME;
    attr->pshared = PTHREAD_PROCESS_PRIVATE;
    return 0;
}

int pthread_condattr_destroy(pthread_condattr_t *attr)
{
    (void)attr;
    return 0;
}

int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock)
{
    if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
        return EINVAL;
    attr->clock = clock;
    return 0;
}

int pthread_condattr_getclock(const pthread_condattr_t *attr, clockid_t *clock)
{
    *clock = attr->clock;
    return 0;
}

int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *attr)
{
    memset(c, 0, sizeof(*c));
    c->clock = attr != NULL ? attr->clock : CLOCK_REALTIME;
    c->pshared = attr != NULL ? attr->pshared : PTHREAD_PROCESS_PRIVATE;
    return 0;
}

int pthread_cond_destroy(pthread_cond_t *c)
{
    (void)c;
    return 0;
}

/* A thread cancelled while it waits holds the mutex again before its cleanup handlers run (POSIX). */
static void relock(void *m)
{
    pthread_mutex_lock(m);
}

/*
 * The wait is a cancellation point for pthread_cond_wait and _timedwait, not
 * inside the library's own waits (a barrier, a read-write lock), which POSIX
 * does not make cancellation points and which could not be left half done.
 */
static int cond_wait(pthread_cond_t *c, pthread_mutex_t *m, const struct timespec *abstime, int cancellable)
{
    int seq = c->seq;
    int r, e;

    if (pthread_mutex_unlock(m) != 0)
        return EPERM;
    if (cancellable) {
        pthread_cleanup_push(relock, m);
        r = __futex_wait_until_cp(&c->seq, seq, c->clock, abstime, c->pshared);
        pthread_cleanup_pop(0);
    } else {
        r = __futex_wait_until(&c->seq, seq, c->clock, abstime, c->pshared);
    }
    /* The mutex comes back even on a timeout; a relock error (none expected) wins. */
    e = pthread_mutex_lock(m);
    if (e != 0)
        return e;
    return r == ETIMEDOUT || r == EINVAL ? r : 0;
}

int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m, const struct timespec *abstime)
{
    return cond_wait(c, m, abstime, 1);
}

int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m)
{
    return cond_wait(c, m, NULL, 1);
}

int __cond_wait_nocancel(pthread_cond_t *c, pthread_mutex_t *m, const struct timespec *abstime)
{
    return cond_wait(c, m, abstime, 0);
}

int pthread_cond_signal(pthread_cond_t *c)
{
    __fetch_add(&c->seq, 1);
    __futex_wake(&c->seq, 1, c->pshared);
    return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c)
{
    __fetch_add(&c->seq, 1);
    __futex_wake(&c->seq, INT_MAX, c->pshared);
    return 0;
}

/* once: 0 not yet, 1 running (others sleep on it), 2 done. */
int pthread_once(pthread_once_t *once, void (*init)(void))
{
    if (*once == 2)
        return 0;
    if (__cas(once, 0, 1) == 0) {
        init();
        __swap(once, 2);
        __futex_wake(once, INT_MAX, PTHREAD_PROCESS_PRIVATE);
        return 0;
    }
    while (*once == 1)
        __futex_wait(once, 1, NULL, PTHREAD_PROCESS_PRIVATE);
    return 0;
}

int pthread_barrierattr_init(pthread_barrierattr_t *attr)
{
    attr->pshared = PTHREAD_PROCESS_PRIVATE;
    return 0;
}

int pthread_barrierattr_destroy(pthread_barrierattr_t *attr)
{
    (void)attr;
    return 0;
}

int pthread_barrier_init(pthread_barrier_t *b, const pthread_barrierattr_t *attr, unsigned count)
{
    if (count == 0)
        return EINVAL;
    memset(b, 0, sizeof(*b));
    b->count = count;
    /* A shared barrier is a mutex and a condition variable that are shared too. */
    if (attr != NULL)
        b->lock.pshared = b->all_here.pshared = attr->pshared;
    return 0;
}

int pthread_barrier_destroy(pthread_barrier_t *b)
{
    return b->arrived != 0 ? EBUSY : 0;
}

/* The last to arrive opens the barrier for this generation and gets the serial value. */
int pthread_barrier_wait(pthread_barrier_t *b)
{
    unsigned generation;

    pthread_mutex_lock(&b->lock);
    generation = b->generation;
    if (++b->arrived == b->count) {
        b->arrived = 0;
        b->generation++;
        pthread_cond_broadcast(&b->all_here);
        pthread_mutex_unlock(&b->lock);
        return PTHREAD_BARRIER_SERIAL_THREAD;
    }
    while (generation == b->generation)
        __cond_wait_nocancel(&b->all_here, &b->lock, NULL);
    pthread_mutex_unlock(&b->lock);
    return 0;
}
