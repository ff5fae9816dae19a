/* POSIX semaphores, unnamed (sem_init) and named (sem_open), counted in a futex word. */
#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H

#include <time.h>

typedef struct {
    volatile int value;
    volatile int waiters;   /* threads sleeping in sem_wait: sem_post must wake one */
    int pshared;            /* sem_init's pshared: futex operations without FUTEX_PRIVATE_FLAG */
    int spare;
    long reserved[2];
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

/* Named semaphores: files /dev/shm/sem.NAME mapped MAP_SHARED (sem_open.c). */
sem_t *sem_open(const char *name, int oflag, ...);
int sem_close(sem_t *sem);
int sem_unlink(const char *name);

#endif
