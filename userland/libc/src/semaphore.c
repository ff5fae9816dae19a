/*
 * Unnamed semaphores: the count is the futex word.  sem_wait sleeps while
 * it is 0; sem_post adds one and, if anyone sleeps, wakes one.  A semaphore
 * initialized with pshared != 0 may sit in memory other processes share:
 * its futex operations are then the shared kind.
 */
#include <errno.h>
#include <semaphore.h>
#include <string.h>
#include "pthread_impl.h"

int sem_init(sem_t *sem, int pshared, unsigned value)
{
    if (value > SEM_VALUE_MAX) {
        errno = EINVAL;
        return -1;
    }
    memset(sem, 0, sizeof(*sem));
    sem->value = (int)value;
    sem->pshared = pshared ? PTHREAD_PROCESS_SHARED : PTHREAD_PROCESS_PRIVATE;
    return 0;
}

int sem_destroy(sem_t *sem)
{
    (void)sem;
    return 0;
}

int sem_trywait(sem_t *sem)
{
    int v;

    while ((v = sem->value) > 0)
        if (__cas(&sem->value, v, v - 1) == v)
            return 0;
    errno = EAGAIN;
    return -1;
}

/* Also for a thread cancelled while it sleeps (sem_wait is a cancellation point). */
static void leave_waiters(void *sem)
{
    __fetch_add(&((sem_t *)sem)->waiters, -1);
}

int sem_timedwait(sem_t *sem, const struct timespec *abstime)
{
    for (;;) {
        int v = sem->value, r;

        if (v > 0) {
            if (__cas(&sem->value, v, v - 1) == v)
                return 0;
            continue;
        }
        __fetch_add(&sem->waiters, 1);
        pthread_cleanup_push(leave_waiters, sem);
        r = __futex_wait_until_cp(&sem->value, v, CLOCK_REALTIME, abstime, sem->pshared);
        pthread_cleanup_pop(1);
        if (r == EINTR || r == ETIMEDOUT || r == EINVAL) {
            errno = r;
            return -1;
        }
    }
}

int sem_wait(sem_t *sem)
{
    return sem_timedwait(sem, NULL);
}

int sem_post(sem_t *sem)
{
    if (sem->value == SEM_VALUE_MAX) {
        errno = EOVERFLOW;
        return -1;
    }
    __fetch_add(&sem->value, 1);
    if (sem->waiters != 0)
        __futex_wake(&sem->value, 1, sem->pshared);
    return 0;
}

int sem_getvalue(sem_t *sem, int *value)
{
    *value = sem->value;
    return 0;
}
