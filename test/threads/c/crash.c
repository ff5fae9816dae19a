/* A thread touches address 0 while the others wait: the whole process dies of SIGSEGV. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>

static sem_t never;

static void *waiter(void *arg)
{
    (void)arg;
    sem_wait(&never);
    return NULL;
}

static void *crasher(void *arg)
{
    volatile int *p = arg;

    return (void *)(long)*p;
}

int main(void)
{
    pthread_t w, c;

    sem_init(&never, 0, 0);
    printf("before the crash\n");
    fflush(stdout);
    pthread_create(&w, NULL, waiter, NULL);
    pthread_create(&c, NULL, crasher, NULL);
    pthread_join(w, NULL);
    printf("not reached\n");
    return 0;
}
