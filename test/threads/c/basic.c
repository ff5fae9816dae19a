/* Threads join in order; a mutex protects a shared counter; each thread's errno is its own. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

#define THREADS 6
#define ROUNDS 5000

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *work(void *arg)
{
    long id = (long)arg, i;

    errno = (int)(100 + id);
    for (i = 0; i < ROUNDS; i++) {
        pthread_mutex_lock(&lock);
        counter++;
        pthread_mutex_unlock(&lock);
    }
    if (errno != 100 + id)
        return (void *)-1L;
    /* A thread is in our process but is not us. */
    if (syscall(SYS_getpid) != getpid() || syscall(SYS_gettid) == getpid())
        return (void *)-2L;
    return (void *)(id * id);
}

int main(void)
{
    pthread_t t[THREADS];
    void *results[THREADS];
    int main_errno;
    long i;

    errno = 7;
    for (i = 0; i < THREADS; i++)
        if (pthread_create(&t[i], NULL, work, (void *)i) != 0)
            return 1;
    for (i = 0; i < THREADS; i++)
        pthread_join(t[i], &results[i]);
    main_errno = errno;     /* before printf, which may set it (isatty) */
    for (i = 0; i < THREADS; i++)
        printf("thread %ld returned %ld\n", i, (long)results[i]);
    printf("counter %ld (expected %d)\n", counter, THREADS * ROUNDS);
    printf("main errno still %d\n", main_errno);
    printf("self equal: %d, main is tid == pid: %d\n", pthread_equal(pthread_self(), pthread_self()),
           (int)syscall(SYS_gettid) == getpid());
    return 0;
}
