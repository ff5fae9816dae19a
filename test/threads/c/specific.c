/*
 * Per-thread data: pthread keys with destructors (run at thread exit, in
 * rounds while destructors set values again), cleanup handlers, detached
 * threads, and pthread_exit from main (the process lives on until its last
 * thread ends, then exits normally: buffered output is flushed).
 */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_key_t name_key, again_key;
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static char log_lines[16][64];
static int log_count;

static void note(const char *what, const char *who)
{
    pthread_mutex_lock(&log_lock);
    snprintf(log_lines[log_count++], sizeof(log_lines[0]), "%s %s", what, who);
    pthread_mutex_unlock(&log_lock);
}

static void free_name(void *value)
{
    note("destructor for", value);
    free(value);
}

/* Sets its key once more the first time: POSIX runs destructors again. */
static void rearm(void *value)
{
    long n = (long)value;

    note("rearm round", n == 1 ? "1" : "2");
    if (n == 1)
        pthread_setspecific(again_key, (void *)2L);
}

static void cleanup(void *arg)
{
    note("cleanup", arg);
}

static void *named(void *arg)
{
    char *name = malloc(16);

    strcpy(name, arg);
    pthread_setspecific(name_key, name);
    if (strcmp(pthread_getspecific(name_key), arg) != 0)
        note("wrong value in", arg);
    if (strcmp(arg, "second") == 0)
        pthread_setspecific(again_key, (void *)1L);
    pthread_cleanup_push(cleanup, arg);
    if (strcmp(arg, "first") == 0)
        pthread_exit(NULL);             /* runs the cleanup handler, then destructors */
    pthread_cleanup_pop(0);
    return NULL;
}

static sem_t detached_done;

static void *detached(void *arg)
{
    (void)arg;
    sem_post(&detached_done);
    return NULL;
}

static void *last_one(void *arg)
{
    pthread_join((pthread_t)arg, NULL);  /* the main thread, which called pthread_exit */
    printf("the last thread joined main and returns: the process exits 0\n");
    return NULL;
}

int main(void)
{
    pthread_t a, b, d;
    pthread_attr_t attr;
    int i, state;
    size_t size;

    pthread_key_create(&name_key, free_name);
    pthread_key_create(&again_key, rearm);
    pthread_create(&a, NULL, named, "first");
    pthread_join(a, NULL);
    pthread_create(&b, NULL, named, "second");
    pthread_join(b, NULL);
    for (i = 0; i < log_count; i++)
        printf("%s\n", log_lines[i]);
    printf("main's value: %s\n", pthread_getspecific(name_key) == NULL ? "none" : "?");

    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 64 * 1024);
    pthread_attr_getdetachstate(&attr, &state);
    pthread_attr_getstacksize(&attr, &size);
    printf("attr: detached %d, stack %zu\n", state == PTHREAD_CREATE_DETACHED, size);
    sem_init(&detached_done, 0, 0);
    for (i = 0; i < 20; i++) {
        pthread_create(&d, &attr, detached, NULL);
        sem_wait(&detached_done);
    }
    printf("20 detached threads ran\n");
    pthread_key_delete(again_key);

    printf("main calls pthread_exit\n");
    pthread_create(&d, NULL, last_one, (void *)pthread_self());
    pthread_exit(NULL);
}
