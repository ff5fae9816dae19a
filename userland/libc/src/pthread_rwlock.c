/*
 * Read-write locks (a mutex and two condition variables; writers waiting
 * keep new readers out, so a stream of readers cannot starve a writer)
 * and spin locks.
 */
#include <errno.h>
#include <string.h>
#include <sys/syscall.h>
#include "libc.h"
#include "pthread_impl.h"

int pthread_rwlockattr_init(pthread_rwlockattr_t *attr)
{
    attr->pshared = PTHREAD_PROCESS_PRIVATE;
    return 0;
}

int pthread_rwlockattr_destroy(pthread_rwlockattr_t *attr)
{
    (void)attr;
    return 0;
}

int pthread_rwlock_init(pthread_rwlock_t *rw, const pthread_rwlockattr_t *attr)
{
    memset(rw, 0, sizeof(*rw));
    /* A shared rwlock is made of a mutex and condition variables that are shared too. */
    if (attr != NULL)
        rw->lock.pshared = rw->readers_go.pshared = rw->writers_go.pshared = attr->pshared;
    return 0;
}

int pthread_rwlock_destroy(pthread_rwlock_t *rw)
{
    return rw->readers != 0 || rw->writer ? EBUSY : 0;
}

static int may_read(pthread_rwlock_t *rw)
{
    return !rw->writer && rw->writers_waiting == 0;
}

/* The waits below are no cancellation points (POSIX): a cancelled waiter would leave the counts wrong. */
int pthread_rwlock_timedrdlock(pthread_rwlock_t *rw, const struct timespec *abstime)
{
    int r = 0;

    pthread_mutex_lock(&rw->lock);
    while (!may_read(rw) && r == 0)
        r = __cond_wait_nocancel(&rw->readers_go, &rw->lock, abstime);
    /* A reader whose time ran out as the lock came free takes it, as if it had been quicker. */
    if (may_read(rw)) {
        rw->readers++;
        r = 0;
    }
    pthread_mutex_unlock(&rw->lock);
    return r;
}

int pthread_rwlock_rdlock(pthread_rwlock_t *rw)
{
    return pthread_rwlock_timedrdlock(rw, NULL);
}

int pthread_rwlock_tryrdlock(pthread_rwlock_t *rw)
{
    int r = EBUSY;

    pthread_mutex_lock(&rw->lock);
    if (may_read(rw)) {
        rw->readers++;
        r = 0;
    }
    pthread_mutex_unlock(&rw->lock);
    return r;
}

int pthread_rwlock_timedwrlock(pthread_rwlock_t *rw, const struct timespec *abstime)
{
    int r = 0;

    pthread_mutex_lock(&rw->lock);
    rw->writers_waiting++;
    while ((rw->writer || rw->readers != 0) && r == 0)
        r = __cond_wait_nocancel(&rw->writers_go, &rw->lock, abstime);
    rw->writers_waiting--;
    if (!rw->writer && rw->readers == 0) {
        rw->writer = 1;
        r = 0;
    } else if (rw->writers_waiting == 0) {
        /* This writer gave up: readers it was keeping out may go now. */
        pthread_cond_broadcast(&rw->readers_go);
    }
    pthread_mutex_unlock(&rw->lock);
    return r;
}

int pthread_rwlock_wrlock(pthread_rwlock_t *rw)
{
    return pthread_rwlock_timedwrlock(rw, NULL);
}

int pthread_rwlock_trywrlock(pthread_rwlock_t *rw)
{
    int r = EBUSY;

    pthread_mutex_lock(&rw->lock);
    if (!rw->writer && rw->readers == 0) {
        rw->writer = 1;
        r = 0;
    }
    pthread_mutex_unlock(&rw->lock);
    return r;
}

int pthread_rwlock_unlock(pthread_rwlock_t *rw)
{
    pthread_mutex_lock(&rw->lock);
    if (rw->writer)
        rw->writer = 0;
    else if (rw->readers > 0)
        rw->readers--;
    else {
        pthread_mutex_unlock(&rw->lock);
        return EPERM;
    }
    if (rw->writers_waiting != 0) {
        if (rw->readers == 0)
            pthread_cond_signal(&rw->writers_go);
    } else {
        pthread_cond_broadcast(&rw->readers_go);
    }
    pthread_mutex_unlock(&rw->lock);
    return 0;
}

int pthread_spin_init(pthread_spinlock_t *s, int pshared)
{
    (void)pshared;
    *s = 0;
    return 0;
}

int pthread_spin_destroy(pthread_spinlock_t *s)
{
    (void)s;
    return 0;
}

/*
 * Spin while the holder runs elsewhere; after a while give the CPU away,
 * since on one CPU the holder cannot run while we spin.
 */
int pthread_spin_lock(pthread_spinlock_t *s)
{
    int spins = 0;

    while (__swap(s, 1) != 0) {
        while (*s != 0) {
            if (++spins % 100 == 0)
                __syscall0(SYS_sched_yield);
            else
                __spin_pause();
        }
    }
    return 0;
}

int pthread_spin_trylock(pthread_spinlock_t *s)
{
    return __swap(s, 1) != 0 ? EBUSY : 0;
}

int pthread_spin_unlock(pthread_spinlock_t *s)
{
    __swap(s, 0);
    return 0;
}
