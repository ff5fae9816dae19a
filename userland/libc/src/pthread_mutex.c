/*
 * Mutexes: a lock word (pthread_futex.c) plus, for the recursive and
 * error-checking kinds, the owner's thread id and a recursion count.
 * Robust mutexes keep a different lock word, the kernel's: pthread_robust.c.
 */
#include <errno.h>
#include <string.h>
#include "pthread_impl.h"

int pthread_mutexattr_init(pthread_mutexattr_t *attr)
{
    attr->type = PTHREAD_MUTEX_DEFAULT;
    attr->pshared = PTHREAD_PROCESS_PRIVATE;
    attr->robust = PTHREAD_MUTEX_STALLED;
    return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t *attr)
{
    (void)attr;
    return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type)
{
    if (type != PTHREAD_MUTEX_NORMAL && type != PTHREAD_MUTEX_RECURSIVE && type != PTHREAD_MUTEX_ERRORCHECK)
        return EINVAL;
    attr->type = type;
    return 0;
}

int pthread_mutexattr_gettype(const pthread_mutexattr_t *attr, int *type)
{
    *type = attr->type;
    return 0;
}

int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *attr)
{
    memset(m, 0, sizeof(*m));
    m->type = attr != NULL ? attr->type : PTHREAD_MUTEX_DEFAULT;
    m->pshared = attr != NULL ? attr->pshared : PTHREAD_PROCESS_PRIVATE;
    m->robust = attr != NULL ? attr->robust : PTHREAD_MUTEX_STALLED;
    return 0;
}

/* As glibc: a robust mutex may be destroyed even locked (its owner may be dead). */
int pthread_mutex_destroy(pthread_mutex_t *m)
{
    return m->lock != 0 && !m->robust ? EBUSY : 0;
}

/* A lock we already hold: count it (recursive) or refuse (error-checking). */
static int relock(pthread_mutex_t *m, int busy)
{
    if (m->type == PTHREAD_MUTEX_RECURSIVE) {
        m->count++;
        return 0;
    }
    return busy;
}

static int lock_until(pthread_mutex_t *m, const struct timespec *abstime)
{
    int tid = __self_tid();
    int r;

    if (m->robust)
        return __robust_mutex_lock(m, abstime);
    if (m->type != PTHREAD_MUTEX_NORMAL && m->lock != 0 && m->owner == tid)
        return relock(m, EDEADLK);
    r = __lock_word(&m->lock, CLOCK_REALTIME, abstime, m->pshared);
    if (r == 0) {
        m->owner = tid;
        m->count = 0;
    }
    return r;
}

int pthread_mutex_lock(pthread_mutex_t *m)
{
    return lock_until(m, NULL);
}

int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *abstime)
{
    return lock_until(m, abstime);
}

int pthread_mutex_trylock(pthread_mutex_t *m)
{
    int tid = __self_tid();

    if (m->robust)
        return __robust_mutex_trylock(m);
    if (m->type != PTHREAD_MUTEX_NORMAL && m->lock != 0 && m->owner == tid)
        return relock(m, EBUSY);
    if (__cas(&m->lock, 0, 1) != 0)
        return EBUSY;
    m->owner = tid;
    m->count = 0;
    return 0;
}

int pthread_mutex_unlock(pthread_mutex_t *m)
{
    if (m->robust)
        return __robust_mutex_unlock(m);
    if (m->type != PTHREAD_MUTEX_NORMAL) {
        if (m->lock == 0 || m->owner != __self_tid())
            return EPERM;
        if (m->count > 0) {
            m->count--;
            return 0;
        }
    }
    m->owner = 0;
    __unlock_word(&m->lock, m->pshared);
    return 0;
}
