/*
 * The process-shared attribute of mutexes, condition variables, rwlocks and
 * barriers.  An object initialized with PTHREAD_PROCESS_SHARED may live in
 * memory several processes map (MAP_SHARED, shm_open, SysV shm) and be used
 * by all of them: it keeps the attribute (the pshared member of the object,
 * or of the mutex and condition variables it is made of) and its futex
 * operations leave out FUTEX_PRIVATE_FLAG, so the kernel keys its waiters by
 * the shared page rather than by one address space.  Private objects keep
 * the flag, the cheaper lookup, as glibc does.  Robust mutexes
 * (pthread_robust.c) always leave it out: the kernel's wake at their
 * owner's death is a shared one.
 */
#include <pthread.h>
#include <errno.h>

static int valid(int pshared)
{
    return pshared == PTHREAD_PROCESS_PRIVATE || pshared == PTHREAD_PROCESS_SHARED;
}

int pthread_mutexattr_setpshared(pthread_mutexattr_t *attr, int pshared)
{
    if (!valid(pshared))
        return EINVAL;
    attr->pshared = pshared;
    return 0;
}

int pthread_mutexattr_getpshared(const pthread_mutexattr_t *attr, int *pshared)
{
    *pshared = attr->pshared;
    return 0;
}

int pthread_condattr_setpshared(pthread_condattr_t *attr, int pshared)
{
    if (!valid(pshared))
        return EINVAL;
    attr->pshared = pshared;
    return 0;
}

int pthread_condattr_getpshared(const pthread_condattr_t *attr, int *pshared)
{
    *pshared = attr->pshared;
    return 0;
}

int pthread_rwlockattr_setpshared(pthread_rwlockattr_t *attr, int pshared)
{
    if (!valid(pshared))
        return EINVAL;
    attr->pshared = pshared;
    return 0;
}

int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t *attr, int *pshared)
{
    *pshared = attr->pshared;
    return 0;
}

int pthread_barrierattr_setpshared(pthread_barrierattr_t *attr, int pshared)
{
    if (!valid(pshared))
        return EINVAL;
    attr->pshared = pshared;
    return 0;
}

int pthread_barrierattr_getpshared(const pthread_barrierattr_t *attr, int *pshared)
{
    *pshared = attr->pshared;
    return 0;
}
