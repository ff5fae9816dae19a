/*
 * C11 <threads.h> over POSIX threads: the same objects, with C11's result
 * codes (thrd_success, thrd_busy, thrd_timedout...) instead of errno values.
 */
#include <threads.h>
#include <errno.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>

static int c11_result(int posix_error)
{
    switch (posix_error) {
    case 0: return thrd_success;
    case EBUSY: return thrd_busy;
    case ETIMEDOUT: return thrd_timedout;
    case ENOMEM: return thrd_nomem;
    default: return thrd_error;
    }
}

/* A C11 thread function returns int; the POSIX one returns a pointer that carries it. */
struct c11_start {
    thrd_start_t func;
    void *arg;
};

static void *run_c11_thread(void *p)
{
    struct c11_start start = *(struct c11_start *)p;

    free(p);
    return (void *)(intptr_t)start.func(start.arg);
}

int thrd_create(thrd_t *thr, thrd_start_t func, void *arg)
{
    struct c11_start *start = malloc(sizeof(*start));
    int r;

    if (start == NULL)
        return thrd_nomem;
    start->func = func;
    start->arg = arg;
    r = pthread_create(thr, NULL, run_c11_thread, start);
    if (r != 0)
        free(start);
    return r == EAGAIN ? thrd_nomem : c11_result(r);
}

int thrd_join(thrd_t thr, int *res)
{
    void *value;

    if (pthread_join(thr, &value) != 0)
        return thrd_error;
    if (res != NULL)
        *res = (int)(intptr_t)value;
    return thrd_success;
}

int thrd_detach(thrd_t thr)
{
    return c11_result(pthread_detach(thr));
}

void thrd_exit(int res)
{
    pthread_exit((void *)(intptr_t)res);
}

thrd_t thrd_current(void)
{
    return pthread_self();
}

int thrd_equal(thrd_t a, thrd_t b)
{
    return pthread_equal(a, b);
}

/* 0 when the whole time passed, -1 when a signal cut it short, below -1 on error. */
int thrd_sleep(const struct timespec *duration, struct timespec *remaining)
{
    if (nanosleep(duration, remaining) == 0)
        return 0;
    return errno == EINTR ? -1 : -2;
}

void thrd_yield(void)
{
    sched_yield();
}

int mtx_init(mtx_t *m, int type)
{
    pthread_mutexattr_t attr;
    int r;

    if (type != mtx_plain && type != mtx_timed && type != (mtx_plain | mtx_recursive) &&
        type != (mtx_timed | mtx_recursive))
        return thrd_error;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_settype(&attr, (type & mtx_recursive) ? PTHREAD_MUTEX_RECURSIVE : PTHREAD_MUTEX_NORMAL);
    r = pthread_mutex_init(m, &attr);
    pthread_mutexattr_destroy(&attr);
    return c11_result(r);
}

int mtx_lock(mtx_t *m)
{
    return c11_result(pthread_mutex_lock(m));
}

int mtx_timedlock(mtx_t *m, const struct timespec *abstime)
{
    return c11_result(pthread_mutex_timedlock(m, abstime));
}

int mtx_trylock(mtx_t *m)
{
    return c11_result(pthread_mutex_trylock(m));
}

int mtx_unlock(mtx_t *m)
{
    return c11_result(pthread_mutex_unlock(m));
}

void mtx_destroy(mtx_t *m)
{
    pthread_mutex_destroy(m);
}

int cnd_init(cnd_t *c)
{
    return c11_result(pthread_cond_init(c, NULL));
}

int cnd_signal(cnd_t *c)
{
    return c11_result(pthread_cond_signal(c));
}

int cnd_broadcast(cnd_t *c)
{
    return c11_result(pthread_cond_broadcast(c));
}

int cnd_wait(cnd_t *c, mtx_t *m)
{
    return c11_result(pthread_cond_wait(c, m));
}

int cnd_timedwait(cnd_t *c, mtx_t *m, const struct timespec *abstime)
{
    return c11_result(pthread_cond_timedwait(c, m, abstime));
}

void cnd_destroy(cnd_t *c)
{
    pthread_cond_destroy(c);
}

int tss_create(tss_t *key, tss_dtor_t dtor)
{
    return c11_result(pthread_key_create(key, dtor));
}

void *tss_get(tss_t key)
{
    return pthread_getspecific(key);
}

int tss_set(tss_t key, void *value)
{
    return c11_result(pthread_setspecific(key, value));
}

void tss_delete(tss_t key)
{
    pthread_key_delete(key);
}

void call_once(once_flag *flag, void (*func)(void))
{
    pthread_once(flag, func);
}
