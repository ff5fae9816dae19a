/*
 * Threads: creating, ending, joining and detaching them.
 *
 * A thread's memory is its stack, with its TLS block and control block
 * (struct pthread) at the top (pthread_stack.c): an mmap'ed region, or the
 * caller's memory, which is theirs to free.  The kernel
 * writes the new thread's id into pthread->tid before the thread runs
 * (CLONE_PARENT_SETTID) and, when it ends, zeroes that word and wakes a
 * futex waiter on it (CLONE_CHILD_CLEARTID): that is what pthread_join
 * sleeps on.  The joiner then frees a mapped region; a detached thread
 * frees its own on the way out.
 */
#include <errno.h>
#include <signal.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include "libc.h"
#include "pthread_impl.h"

#define CLONE_VM 0x100
#define CLONE_FS 0x200
#define CLONE_FILES 0x400
#define CLONE_SIGHAND 0x800
#define CLONE_THREAD 0x10000
#define CLONE_SYSVSEM 0x40000
#define CLONE_SETTLS 0x80000
#define CLONE_PARENT_SETTID 0x100000
#define CLONE_CHILD_CLEARTID 0x200000

/* The flags glibc passes: a thread shares everything but its stack, registers and TLS. */
#define THREAD_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | \
                      CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID)

#define PAGE 4096UL

/* Threads that have not ended; the last one to call pthread_exit ends the process. */
static volatile int live_threads = 1;

static int start_thread(void *arg)
{
    struct pthread *self = arg;

    __robust_list_init(self);
    pthread_exit(self->start(self->arg));
}

int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg)
{
    struct pthread *self;
    void *sp;
    int tid, e;

    if (!__libc_tls_ready)
        return EAGAIN;
    e = __allocate_stack(attr, &self, &sp);
    if (e != 0)
        return e;
    self->start = start;
    self->arg = arg;
    self->detach_state = attr != NULL && attr->detachstate == PTHREAD_CREATE_DETACHED ? DT_DETACHED : DT_JOINABLE;
    __fetch_add(&live_threads, 1);
    /* From now on the libc's locks are needed (malloc skips its lock while this is true). */
    __libc_single_threaded = 0;
    tid = __clone(start_thread, sp, THREAD_FLAGS, self, (int *)&self->tid, self, (int *)&self->tid);
    if (tid < 0) {
        __fetch_add(&live_threads, -1);
        if (self->map_base != NULL)
            munmap(self->map_base, self->map_size);
        return -tid;
    }
    *thread = (pthread_t)self;
    return 0;
}

/* Run the cleanup handlers still pushed, innermost first. */
static void run_cleanup_handlers(struct pthread *self)
{
    while (self->cleanup != NULL) {
        struct __pthread_cleanup_frame *f = self->cleanup;

        self->cleanup = f->next;
        f->routine(f->arg);
    }
}

void pthread_exit(void *result)
{
    struct pthread *self = __pthread_self();

    self->result = result;
    run_cleanup_handlers(self);
    __pthread_run_destructors(self);
    /* As glibc: when the last thread leaves, the process exits normally (atexit, stdio). */
    if (__fetch_add(&live_threads, -1) == 1)
        exit(0);
    /*
     * Nobody will join: free our own memory (and keep the kernel from writing to it).
     * Unless we die holding robust mutexes: the kernel reads their list there at our exit.
     */
    if (self->map_base != NULL && __cas(&self->detach_state, DT_JOINABLE, DT_EXITING) == DT_DETACHED &&
        __robust_list_empty(self)) {
        __syscall1(SYS_set_tid_address, 0);
        __syscall2(SYS_set_robust_list, 0, sizeof(self->robust_head));
        __unmap_and_exit(self->map_base, self->map_size);
    }
    for (;;)
        __syscall1(SYS_exit, 0);
}

void __pthread_fork_child(void)
{
    live_threads = 1;
    if (__libc_tls_ready) {
        __pthread_self()->tid = (int)__syscall0(SYS_gettid);
        __robust_list_init(__pthread_self());   /* the parent's locks are not ours */
    }
}

/* Frees an ended thread t, passing on its result. */
static int reap(struct pthread *t, void **result)
{
    if (result != NULL)
        *result = t->result;
    if (t->map_base != NULL)
        munmap(t->map_base, t->map_size);
    return 0;
}

static int joinable(struct pthread *t)
{
    if (t == __pthread_self())
        return EDEADLK;
    return t->detach_state == DT_DETACHED ? EINVAL : 0;
}

/* Waits for t to end and frees it; the wait is a cancellation point for pthread_join only. */
static int join(struct pthread *t, void **result, int cancellable)
{
    int e = joinable(t);

    if (e != 0)
        return e;
    __futex_wait_tid(&t->tid, cancellable);
    return reap(t, result);
}

int pthread_join(pthread_t thread, void **result)
{
    return join((struct pthread *)thread, result, 1);
}

/* GNU: EBUSY instead of waiting. */
int pthread_tryjoin_np(pthread_t thread, void **result)
{
    struct pthread *t = (struct pthread *)thread;
    int e = joinable(t);

    if (e != 0)
        return e;
    return t->tid != 0 ? EBUSY : reap(t, result);
}

/* GNU: ETIMEDOUT at abstime (CLOCK_REALTIME); a cancellation point, as pthread_join. */
int pthread_timedjoin_np(pthread_t thread, void **result, const struct timespec *abstime)
{
    struct pthread *t = (struct pthread *)thread;
    int e = joinable(t), v;

    if (e != 0)
        return e;
    while ((v = t->tid) != 0) {
        e = __futex_wait_until_cp(&t->tid, v, CLOCK_REALTIME, abstime, PTHREAD_PROCESS_SHARED);
        if (e == ETIMEDOUT || e == EINVAL)
            return e;
    }
    return reap(t, result);
}

int pthread_detach(pthread_t thread)
{
    struct pthread *t = (struct pthread *)thread;
    int old = __cas(&t->detach_state, DT_JOINABLE, DT_DETACHED);

    if (old == DT_DETACHED)
        return EINVAL;
    if (old == DT_EXITING)
        return join(t, NULL, 0);  /* too late to free itself: we free it */
    return 0;
}

/* A signal for one thread of this process. */
int pthread_kill(pthread_t thread, int sig)
{
    struct pthread *t = (struct pthread *)thread;
    int tid = t->tid;
    long r;

    if (tid == 0)
        return ESRCH;   /* it has ended (and is waiting to be joined) */
    r = __syscall3(SYS_tgkill, __syscall0(SYS_getpid), tid, sig);
    return r < 0 ? (int)-r : 0;
}

pthread_t pthread_self(void)
{
    return __libc_tls_ready ? (pthread_t)__pthread_self() : 0;
}

int pthread_equal(pthread_t a, pthread_t b)
{
    return a == b;
}

int pthread_attr_init(pthread_attr_t *attr)
{
    memset(attr, 0, sizeof(*attr));
    attr->guardsize = PAGE;
    return 0;
}

int pthread_attr_destroy(pthread_attr_t *attr)
{
    (void)attr;
    return 0;
}

int pthread_attr_setdetachstate(pthread_attr_t *attr, int state)
{
    if (state != PTHREAD_CREATE_JOINABLE && state != PTHREAD_CREATE_DETACHED)
        return EINVAL;
    attr->detachstate = state;
    return 0;
}

int pthread_attr_getdetachstate(const pthread_attr_t *attr, int *state)
{
    *state = attr->detachstate;
    return 0;
}
