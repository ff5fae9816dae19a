/*
 * __thread variables: each thread starts with the initial values (.tdata)
 * and zeros (.tbss) and changes only its own copy; the address of a
 * variable differs per thread; the thread pointer's first word points to
 * itself (so `mov %fs:0` code finds the block, as compilers assume).
 */
#include <pthread.h>
#include <stdio.h>

#define THREADS 3

static __thread int counter = 100;
static __thread char tag[8] = "init";
static __thread long zeroed[4];
__thread double aligned_value __attribute__((aligned(64))) = 2.5;

static pthread_barrier_t all_alive;
static char report[THREADS][128];
static void *where[THREADS];

static void *self_word(void)
{
    void *p;

    __asm__("mov %%fs:0, %0" : "=r"(p));
    return p;
}

static void *run(void *arg)
{
    long id = (long)arg;
    int i;

    for (i = 0; i < 1000; i++)
        counter++;
    tag[0] = (char)('A' + id);
    zeroed[id % 4] += id;
    aligned_value *= (double)(id + 1);
    where[id] = &counter;
    snprintf(report[id], sizeof(report[id]), "thread %ld: counter %d tag %s zeroed %ld aligned %g aligned-ok %d self-ok %d",
             id, counter, tag, zeroed[id % 4], aligned_value, ((unsigned long)&aligned_value & 63) == 0,
             self_word() == (void *)pthread_self());
    pthread_barrier_wait(&all_alive);   /* all copies exist at once */
    return NULL;
}

int main(void)
{
    pthread_t t[THREADS];
    long i;

    counter = 1;
    pthread_barrier_init(&all_alive, NULL, THREADS);
    for (i = 0; i < THREADS; i++)
        pthread_create(&t[i], NULL, run, (void *)i);
    for (i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
    for (i = 0; i < THREADS; i++)
        printf("%s\n", report[i]);
    printf("main: counter %d tag %s aligned %g self-ok %d\n", counter, tag, aligned_value,
           self_word() == (void *)pthread_self());
    printf("addresses distinct: %d\n", where[0] != where[1] && where[1] != where[2] && where[0] != (void *)&counter);
    return 0;
}
