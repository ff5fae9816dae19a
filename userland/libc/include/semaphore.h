/* POSIX unnamed semaphores (sem_init), counted in a futex word. */
#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H

#include <time.h>

typedef struct {
    volatile int value;
    volatile int waiters;   /* threads sleeping in sem_wait: sem_post must wake one */
    long reserved[3];
} sem_t;

#define SEM_VALUE_MAX 0x7fffffff
#define SEM_FAILED ((sem_t *)0)

int sem_init(sem_t *sem, int pshared, unsigned value);
int sem_destroy(sem_t *sem);
int sem_wait(sem_t *sem);
int sem_trywait(sem_t *sem);
int sem_timedwait(sem_t *sem, const struct timespec *abstime);
int sem_post(sem_t *sem);
int sem_getvalue(sem_t *sem, int *value);

#endif
