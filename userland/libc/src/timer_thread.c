/*
 * timer_create's SIGEV_THREAD, built as glibc builds it: the kernel knows
 * only signals, so the library asks for a SIGEV_THREAD_ID timer whose
 * signal (SIGTIMER, glibc's 32) goes to a helper thread of its own.  The
 * helper, started once per process with every signal blocked, waits for
 * that signal; for each expiry it starts the timer's function in a new
 * thread with the attributes asked for (detached), passing sigev_value.
 * The signal's si_value is the library's timer, looked up in the list of
 * live ones, so an expiry already on its way when the timer is deleted
 * finds nothing to run.  The timer_t is that object's address shifted
 * right by one with the sign bit set, as glibc's, so it cannot be mistaken
 * for a kernel id (never negative).
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "libc.h"
#include "pthread_impl.h"
#include "timer_thread.h"

#define SIGTIMER SIGCANCEL

struct thread_timer {
    int kernel_id;
    void (*function)(union sigval);
    union sigval value;
    pthread_attr_t attr;            /* the caller's, copied; detached */
    struct thread_timer *next;
};

struct thread_start {
    void (*function)(union sigval);
    union sigval value;
};

static struct thread_timer *live;
static struct __libc_lock live_lock;
static pid_t helper_pid;            /* the process whose helper runs (a fork child starts its own) */
static int helper_tid;

int __timer_is_thread(timer_t timerid)
{
    return (intptr_t)timerid < 0;
}

static struct thread_timer *thread_timer_of(timer_t timerid)
{
    return (struct thread_timer *)((uintptr_t)timerid << 1);
}

int __timer_kernel_id(timer_t timerid)
{
    return __timer_is_thread(timerid) ? thread_timer_of(timerid)->kernel_id : (int)(intptr_t)timerid;
}

/* Is t still a live timer? Lock held. */
static int is_live(const struct thread_timer *t)
{
    const struct thread_timer *l;

    for (l = live; l != NULL; l = l->next)
        if (l == t)
            return 1;
    return 0;
}

static void *run_function(void *arg)
{
    struct thread_start start = *(struct thread_start *)arg;

    free(arg);
    start.function(start.value);
    return NULL;
}

/* One expiry of timer t: its function in a new thread (nothing if t was deleted meanwhile). */
static void start_function(struct thread_timer *t)
{
    struct thread_start *start;
    pthread_t thread;

    __libc_lock(&live_lock);
    start = is_live(t) ? malloc(sizeof(*start)) : NULL;
    if (start != NULL) {
        start->function = t->function;
        start->value = t->value;
        if (pthread_create(&thread, &t->attr, run_function, start) != 0)
            free(start);
    }
    __libc_unlock(&live_lock);
}

static void *helper(void *arg)
{
    sigset_t timer_signal = 1UL << (SIGTIMER - 1);
    siginfo_t info;

    (void)arg;
    for (;;) {
        if (__syscall4(SYS_rt_sigtimedwait, &timer_signal, &info, NULL, sizeof(sigset_t)) != SIGTIMER)
            continue;
        if (info.si_code == SI_TIMER)
            start_function(info.si_value.sival_ptr);
    }
    return NULL;
}

/* The helper thread, once per process, with every signal blocked. Lock held. */
static int start_helper(void)
{
    sigset_t all = ~0UL, old;
    pthread_attr_t attr;
    pthread_t thread;
    int err;

    if (helper_pid == getpid())
        return 0;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    /* A new thread starts with its creator's mask. */
    __syscall4(SYS_rt_sigprocmask, SIG_SETMASK, &all, &old, sizeof(sigset_t));
    err = pthread_create(&thread, &attr, helper, NULL);
    __syscall4(SYS_rt_sigprocmask, SIG_SETMASK, &old, NULL, sizeof(sigset_t));
    if (err != 0)
        return -1;
    /* clone's CLONE_PARENT_SETTID has stored its tid already; the helper never ends. */
    helper_tid = ((struct pthread *)thread)->tid;
    helper_pid = getpid();
    return 0;
}

/* The kernel timer: SIGTIMER to the helper, with t as its value. Lock held. */
static long create_kernel_timer(clockid_t clock, struct thread_timer *t)
{
    struct sigevent kernel_event;

    kernel_event.sigev_notify = SIGEV_SIGNAL | SIGEV_THREAD_ID;
    kernel_event.sigev_signo = SIGTIMER;
    kernel_event.sigev_value.sival_ptr = t;
    kernel_event.sigev_notify_thread_id = helper_tid;
    return __syscall3(SYS_timer_create, clock, &kernel_event, &t->kernel_id);
}

int __timer_create_thread(clockid_t clock, const struct sigevent *sev, timer_t *timerid)
{
    struct thread_timer *t = malloc(sizeof(*t));
    long r;

    if (t == NULL) {
        errno = EAGAIN;
        return -1;
    }
    t->function = sev->sigev_notify_function;
    t->value = sev->sigev_value;
    if (sev->sigev_notify_attributes != NULL)
        t->attr = *(const pthread_attr_t *)sev->sigev_notify_attributes;
    else
        pthread_attr_init(&t->attr);
    pthread_attr_setdetachstate(&t->attr, PTHREAD_CREATE_DETACHED);
    __libc_lock(&live_lock);
    r = start_helper() < 0 ? -EAGAIN : create_kernel_timer(clock, t);
    if (r == 0) {
        t->next = live;
        live = t;
    }
    __libc_unlock(&live_lock);
    if (r < 0) {
        free(t);
        return (int)__syscall_ret(r);
    }
    *timerid = (timer_t)(INTPTR_MIN | (uintptr_t)t >> 1);
    return 0;
}

int __timer_delete_thread(timer_t timerid)
{
    struct thread_timer *t = thread_timer_of(timerid), **link;
    long r;

    __libc_lock(&live_lock);
    r = __syscall1(SYS_timer_delete, t->kernel_id);
    if (r == 0) {
        for (link = &live; *link != t; link = &(*link)->next)
            ;
        *link = t->next;
        free(t);
    }
    __libc_unlock(&live_lock);
    return (int)__syscall_ret(r);
}
