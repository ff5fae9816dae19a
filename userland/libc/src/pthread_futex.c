/*
 * The futex system call, and the lock word every blocking object here is
 * built on (Drepper's "Futexes are tricky", mutex 2): 0 free, 1 held, 2
 * held and maybe someone sleeping.  Taking a free lock and releasing an
 * uncontended one are one atomic instruction each, no system call.
 */
#include <errno.h>
#include <limits.h>
#include <sys/syscall.h>
#include <time.h>
#include "libc.h"
#include "pthread_impl.h"

#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#define FUTEX_PRIVATE_FLAG 128

/*
 * The futex operation for an object that is PTHREAD_PROCESS_PRIVATE or _SHARED.
 * A private futex is keyed by address space and address, the cheaper lookup (as
 * glibc); a shared one by what backs the page, so other processes mapping the
 * same memory meet on it.  Waits and wakes on one word must agree.
 */
static int futex_op(int cmd, int pshared)
{
    return pshared == PTHREAD_PROCESS_SHARED ? cmd : cmd | FUTEX_PRIVATE_FLAG;
}

/*
 * Sleep while *addr == val (up to relative, if given); 0, or EAGAIN, EINTR, ETIMEDOUT.
 * A cancellable wait is a cancellation point (pthread_cancel.c).
 */
static int futex_wait(volatile int *addr, int val, const struct timespec *relative, int pshared, int cancellable)
{
    int op = futex_op(FUTEX_WAIT, pshared);
    long r = cancellable ? __syscall_cp4(SYS_futex, addr, op, val, relative)
                         : __syscall4(SYS_futex, addr, op, val, relative);

    return r == -EINTR || r == -ETIMEDOUT || r == -EAGAIN ? (int)-r : 0;
}

int __futex_wait(volatile int *addr, int val, const struct timespec *relative, int pshared)
{
    return futex_wait(addr, val, relative, pshared, 0);
}

int __futex_wait_cp(volatile int *addr, int val, const struct timespec *relative, int pshared)
{
    return futex_wait(addr, val, relative, pshared, 1);
}

/*
 * The kernel's wake at thread exit (CLONE_CHILD_CLEARTID) is not a private
 * one, and Linux keys private and shared waiters apart: pthread_join must
 * wait on the thread id without FUTEX_PRIVATE_FLAG.
 */
void __futex_wait_tid(volatile int *tid, int cancellable)
{
    int v;

    while ((v = *tid) != 0)
        futex_wait(tid, v, NULL, PTHREAD_PROCESS_SHARED, cancellable);
}

void __futex_wake(volatile int *addr, int n, int pshared)
{
    __syscall3(SYS_futex, addr, futex_op(FUTEX_WAKE, pshared), n);
}

/* The same with an absolute deadline on `clock` (NULL: none): POSIX's timed waits. */
static int futex_wait_until(volatile int *addr, int val, clockid_t clock, const struct timespec *abstime,
                            int pshared, int cancellable)
{
    struct timespec now, rel;

    if (abstime == NULL)
        return futex_wait(addr, val, NULL, pshared, cancellable);
    if (abstime->tv_nsec < 0 || abstime->tv_nsec >= 1000000000L)
        return EINVAL;
    clock_gettime(clock, &now);
    rel.tv_sec = abstime->tv_sec - now.tv_sec;
    rel.tv_nsec = abstime->tv_nsec - now.tv_nsec;
    if (rel.tv_nsec < 0) {
        rel.tv_nsec += 1000000000L;
        rel.tv_sec--;
    }
    if (rel.tv_sec < 0)
        return ETIMEDOUT;
    return futex_wait(addr, val, &rel, pshared, cancellable);
}

int __futex_wait_until(volatile int *addr, int val, clockid_t clock, const struct timespec *abstime,
                       int pshared)
{
    return futex_wait_until(addr, val, clock, abstime, pshared, 0);
}

int __futex_wait_until_cp(volatile int *addr, int val, clockid_t clock, const struct timespec *abstime,
                          int pshared)
{
    return futex_wait_until(addr, val, clock, abstime, pshared, 1);
}

/* Take a lock word; with a deadline, give up with ETIMEDOUT. */
int __lock_word(volatile int *w, clockid_t clock, const struct timespec *abstime, int pshared)
{
    int c = __cas(w, 0, 1);

    if (c == 0)
        return 0;
    /* Mark it contended, so the holder's unlock wakes us. */
    if (c != 2)
        c = __swap(w, 2);
    while (c != 0) {
        if (__futex_wait_until(w, 2, clock, abstime, pshared) == ETIMEDOUT)
            return ETIMEDOUT;
        c = __swap(w, 2);
    }
    return 0;
}

void __unlock_word(volatile int *w, int pshared)
{
    /* 1 -> 0: nobody waits.  2 -> 1 means sleepers: free it and wake one. */
    if (__fetch_add(w, -1) != 1) {
        *w = 0;
        __futex_wake(w, 1, pshared);
    }
}

/* The calling thread's id, for lock owners (0 before TLS exists: one thread then). */
int __self_tid(void)
{
    return __libc_tls_ready ? __pthread_self()->tid : 0;
}

void __libc_lock(struct __libc_lock *l)
{
    int tid = __self_tid();

    /* owner can equal our tid only if we hold it: no race in this test. */
    if (l->word != 0 && l->owner == tid) {
        l->depth++;
        return;
    }
    __lock_word(&l->word, CLOCK_REALTIME, NULL, PTHREAD_PROCESS_PRIVATE);
    l->owner = tid;
    l->depth = 1;
}

int __libc_trylock(struct __libc_lock *l)
{
    int tid = __self_tid();

    if (l->word != 0 && l->owner == tid) {
        l->depth++;
        return 0;
    }
    if (__cas(&l->word, 0, 1) != 0)
        return -1;
    l->owner = tid;
    l->depth = 1;
    return 0;
}

void __libc_unlock_all(void *lock)
{
    struct __libc_lock *l = lock;

    if (l->word == 0 || l->owner != __self_tid())
        return;
    l->depth = 1;
    __libc_unlock(l);
}

void __libc_unlock(struct __libc_lock *l)
{
    if (--l->depth > 0)
        return;
    l->owner = 0;
    __unlock_word(&l->word, PTHREAD_PROCESS_PRIVATE);
}
