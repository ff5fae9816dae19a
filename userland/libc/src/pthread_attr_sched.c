/*
 * Thread scheduling attributes. The attribute object records scope,
 * inheritance, policy and priority and reports them back (every thread is
 * a kernel task: only the system scope exists). A running thread's policy
 * is the kernel's, read and set through its tid.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <errno.h>
#include "pthread_impl.h"

int pthread_attr_setscope(pthread_attr_t *attr, int scope)
{
    if (scope == PTHREAD_SCOPE_SYSTEM) {
        attr->scope = scope;
        return 0;
    }
    return scope == PTHREAD_SCOPE_PROCESS ? ENOTSUP : EINVAL;
}

int pthread_attr_getscope(const pthread_attr_t *attr, int *scope)
{
    *scope = attr->scope;
    return 0;
}

int pthread_attr_setinheritsched(pthread_attr_t *attr, int inherit)
{
    if (inherit != PTHREAD_INHERIT_SCHED && inherit != PTHREAD_EXPLICIT_SCHED)
        return EINVAL;
    attr->inheritsched = inherit;
    return 0;
}

int pthread_attr_getinheritsched(const pthread_attr_t *attr, int *inherit)
{
    *inherit = attr->inheritsched;
    return 0;
}

int pthread_attr_setschedpolicy(pthread_attr_t *attr, int policy)
{
    if (policy != SCHED_OTHER && policy != SCHED_FIFO && policy != SCHED_RR)
        return EINVAL;
    attr->schedpolicy = policy;
    return 0;
}

int pthread_attr_getschedpolicy(const pthread_attr_t *attr, int *policy)
{
    *policy = attr->schedpolicy;
    return 0;
}

int pthread_attr_setschedparam(pthread_attr_t *attr, const struct sched_param *param)
{
    attr->schedpriority = param->sched_priority;
    return 0;
}

int pthread_attr_getschedparam(const pthread_attr_t *attr, struct sched_param *param)
{
    param->sched_priority = attr->schedpriority;
    return 0;
}

/* The tid of a live thread: the kernel's name for it. */
static int thread_tid(pthread_t thread)
{
    return ((struct pthread *)thread)->tid;
}

int pthread_setschedparam(pthread_t thread, int policy, const struct sched_param *param)
{
    return sched_setscheduler(thread_tid(thread), policy, param) < 0 ? errno : 0;
}

int pthread_getschedparam(pthread_t thread, int *policy, struct sched_param *param)
{
    int tid = thread_tid(thread);
    int p = sched_getscheduler(tid);

    if (p < 0 || sched_getparam(tid, param) < 0)
        return errno;
    *policy = p;
    return 0;
}

/* Only a hint to implementations that multiplex threads; we keep the value for getconcurrency. */
static int concurrency;

int pthread_setconcurrency(int level)
{
    if (level < 0)
        return EINVAL;
    concurrency = level;
    return 0;
}

int pthread_getconcurrency(void)
{
    return concurrency;
}

/* Priority inheritance and ceilings need real-time scheduling this system does not have. */
int pthread_mutexattr_setprotocol(pthread_mutexattr_t *attr, int protocol)
{
    (void)attr;
    if (protocol == PTHREAD_PRIO_NONE)
        return 0;
    return protocol == PTHREAD_PRIO_INHERIT || protocol == PTHREAD_PRIO_PROTECT ? ENOTSUP : EINVAL;
}

int pthread_mutexattr_getprotocol(const pthread_mutexattr_t *attr, int *protocol)
{
    (void)attr;
    *protocol = PTHREAD_PRIO_NONE;
    return 0;
}

int pthread_yield(void)
{
    return sched_yield();
}
