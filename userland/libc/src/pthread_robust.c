/*
 * Robust mutexes (PTHREAD_MUTEX_ROBUST).  When the holder of a robust mutex
 * dies -- a thread that exits, or a whole process killed while holding a
 * process-shared one -- the mutex is not lost: the next locker gets it with
 * EOWNERDEAD and the duty to repair what it protects, then calls
 * pthread_mutex_consistent.  Unlocked without that, the mutex is beyond
 * repair: every later lock fails with ENOTRECOVERABLE.
 *
 * The kernel does the noticing (Linux's robust futexes, kernel/futex.c):
 *  - the lock word holds the holder's thread id, plus FUTEX_WAITERS when
 *    someone may sleep on it (the unlocker must wake), plus FUTEX_OWNER_DIED
 *    once the kernel found the holder dead;
 *  - each thread links the robust mutexes it holds into a list in user
 *    memory whose head (struct pthread's robust_head) it registers with
 *    set_robust_list when it starts; op_pending names the mutex it is
 *    locking or unlocking, for a death half-way;
 *  - when a thread dies, the kernel walks its list, marks each word still
 *    holding its id FUTEX_OWNER_DIED and wakes one waiter there.
 * The kernel's wake is a shared futex wake, so robust mutexes always sleep
 * with shared futex operations, private ones too (as glibc).  A mutex's owner
 * field says whether what it protects is consistent: a thread id if so,
 * OWNER_INCONSISTENT between EOWNERDEAD and pthread_mutex_consistent,
 * OWNER_NOTRECOVERABLE once unlocked without it.  Error codes are glibc's.
 */
#include <errno.h>
#include <limits.h>
#include "pthread_impl.h"

#define FUTEX_WAITERS 0x80000000
#define FUTEX_OWNER_DIED 0x40000000
#define FUTEX_TID_MASK 0x3fffffff

#define OWNER_INCONSISTENT INT_MAX
#define OWNER_NOTRECOVERABLE (INT_MAX - 1)

/* Keep the compiler from moving list and op_pending stores across this point. */
#define barrier() __asm__ __volatile__("" : : : "memory")

int pthread_mutexattr_setrobust(pthread_mutexattr_t *attr, int robustness)
{
    if (robustness != PTHREAD_MUTEX_STALLED && robustness != PTHREAD_MUTEX_ROBUST)
        return EINVAL;
    attr->robust = robustness;
    return 0;
}

int pthread_mutexattr_getrobust(const pthread_mutexattr_t *attr, int *robustness)
{
    *robustness = attr->robust;
    return 0;
}

/* The mutex we got with EOWNERDEAD is repaired: it may be unlocked normally. */
int pthread_mutex_consistent(pthread_mutex_t *m)
{
    if (!m->robust || m->owner != OWNER_INCONSISTENT)
        return EINVAL;
    m->owner = __self_tid();
    return 0;
}

/* The names glibc had before POSIX 2008. */
int pthread_mutexattr_setrobust_np(pthread_mutexattr_t *attr, int robustness)
{
    return pthread_mutexattr_setrobust(attr, robustness);
}

int pthread_mutexattr_getrobust_np(const pthread_mutexattr_t *attr, int *robustness)
{
    return pthread_mutexattr_getrobust(attr, robustness);
}

int pthread_mutex_consistent_np(pthread_mutex_t *m)
{
    return pthread_mutex_consistent(m);
}

/* Link a mutex we now hold in at the front; the kernel may read the list at any moment. */
static void enqueue(struct pthread *self, pthread_mutex_t *m)
{
    struct __pthread_mutex_list *head = __robust_list_head(self), *first = head->next;

    m->list.next = first;
    m->list.prev = head;
    if (first != head)
        first->prev = &m->list;
    barrier();
    head->next = &m->list;
}

static void dequeue(struct pthread *self, pthread_mutex_t *m)
{
    struct __pthread_mutex_list *next = m->list.next, *prev = m->list.prev;

    prev->next = next;
    if (next != __robust_list_head(self))
        next->prev = prev;
}

/* Free the word, waking a sleeper if any may be there. */
static void unlock_word(pthread_mutex_t *m)
{
    if (__swap(&m->lock, 0) & FUTEX_WAITERS)
        __futex_wake(&m->lock, 1, PTHREAD_PROCESS_SHARED);
}

/* We hold the word: put the mutex on our list and end the pending operation. */
static int acquired(struct pthread *self, pthread_mutex_t *m, int result)
{
    enqueue(self, m);
    barrier();
    self->robust_head.op_pending = NULL;
    return result;
}

/*
 * The owner died (the kernel set FUTEX_OWNER_DIED): take the word over if it
 * still holds *old, keeping FUTEX_WAITERS; the mutex is ours, inconsistent.
 * Returns 0 with *old updated when the word changed meanwhile.
 */
static int take_from_dead_owner(pthread_mutex_t *m, int *old, int tid, int waiters)
{
    int now = __cas(&m->lock, *old, tid | (*old & FUTEX_WAITERS) | waiters);

    if (now != *old) {
        *old = now;
        return 0;
    }
    m->owner = OWNER_INCONSISTENT;
    m->count = 0;
    return 1;
}

/* A lock attempt on a mutex we hold already: counted, refused, or (normal) not our business. */
static int relock(struct pthread *self, pthread_mutex_t *m, int *result)
{
    if (m->type == PTHREAD_MUTEX_RECURSIVE) {
        m->count++;
        *result = 0;
    } else if (m->type == PTHREAD_MUTEX_ERRORCHECK) {
        *result = EDEADLK;
    } else {
        return 0;
    }
    self->robust_head.op_pending = NULL;
    return 1;
}

/* Got the word: unless the mutex is beyond repair, it is ours. */
static int finish_lock(struct pthread *self, pthread_mutex_t *m)
{
    if (m->owner == OWNER_NOTRECOVERABLE) {
        unlock_word(m);
        self->robust_head.op_pending = NULL;
        return ENOTRECOVERABLE;
    }
    m->owner = self->tid;
    m->count = 0;
    return acquired(self, m, 0);
}

/*
 * Lock, sleeping until the word is free (or abstime passes).  Once we have
 * slept, another sleeper may have set FUTEX_WAITERS too: we keep it set when
 * we take the word, or its wake could be lost (as glibc).
 */
int __robust_mutex_lock(pthread_mutex_t *m, const struct timespec *abstime)
{
    struct pthread *self = __pthread_self();
    int tid = self->tid, waiters = 0, old, r;

    self->robust_head.op_pending = &m->list;
    barrier();
    old = m->lock;
    for (;;) {
        if (old == 0) {
            old = __cas(&m->lock, 0, tid | waiters);
            if (old == 0)
                return finish_lock(self, m);
        }
        if (old & FUTEX_OWNER_DIED) {
            if (take_from_dead_owner(m, &old, tid, waiters))
                return acquired(self, m, EOWNERDEAD);
            continue;
        }
        if ((old & FUTEX_TID_MASK) == tid && relock(self, m, &r))
            return r;
        if (!(old & FUTEX_WAITERS)) {
            r = __cas(&m->lock, old, old | FUTEX_WAITERS);
            if (r != old) {
                old = r;
                continue;
            }
            old |= FUTEX_WAITERS;
        }
        waiters = FUTEX_WAITERS;
        r = __futex_wait_until(&m->lock, old, CLOCK_REALTIME, abstime, PTHREAD_PROCESS_SHARED);
        if (r == ETIMEDOUT || r == EINVAL) {
            self->robust_head.op_pending = NULL;
            return r;
        }
        old = m->lock;
    }
}

int __robust_mutex_trylock(pthread_mutex_t *m)
{
    struct pthread *self = __pthread_self();
    int tid = self->tid, old, r;

    self->robust_head.op_pending = &m->list;
    barrier();
    old = m->lock;
    for (;;) {
        if (old & FUTEX_OWNER_DIED) {
            if (take_from_dead_owner(m, &old, tid, 0))
                return acquired(self, m, EOWNERDEAD);
            continue;
        }
        if ((old & FUTEX_TID_MASK) == tid && relock(self, m, &r))
            return r;
        if (old != 0) {
            self->robust_head.op_pending = NULL;
            return EBUSY;
        }
        old = __cas(&m->lock, 0, tid);
        if (old == 0)
            return finish_lock(self, m);
    }
}

/* Let go of a mutex we hold; owner is what its owner field says afterwards. */
static int release(struct pthread *self, pthread_mutex_t *m, int owner)
{
    self->robust_head.op_pending = &m->list;
    barrier();
    dequeue(self, m);
    m->owner = owner;
    unlock_word(m);
    barrier();
    self->robust_head.op_pending = NULL;
    return 0;
}

/*
 * Unlocking a mutex left inconsistent makes it unrecoverable.  A recursive
 * one still locked more than once says so and stays locked, as glibc's.
 */
int __robust_mutex_unlock(pthread_mutex_t *m)
{
    struct pthread *self = __pthread_self();
    int tid = self->tid;
    int held = (m->lock & FUTEX_TID_MASK) == tid;

    if (m->type == PTHREAD_MUTEX_RECURSIVE) {
        if (held && m->owner == OWNER_INCONSISTENT) {
            if (m->count > 0) {
                m->count--;
                return ENOTRECOVERABLE;
            }
            return release(self, m, OWNER_NOTRECOVERABLE);
        }
        if (m->owner != tid)
            return EPERM;
        if (m->count > 0) {
            m->count--;
            return 0;
        }
        return release(self, m, 0);
    }
    if (!held)
        return EPERM;
    return release(self, m, m->owner == OWNER_INCONSISTENT ? OWNER_NOTRECOVERABLE : 0);
}
