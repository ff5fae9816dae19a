/*
 * Internal declarations of the thread library (not installed).
 *
 * Every thread has a thread control block, struct pthread, that %fs points
 * at (the x86-64 TLS ABI, "variant II"): its first word points to itself,
 * so `mov %fs:0, %rax` finds it, and the thread's copy of the program's
 * __thread variables (the static TLS block) lies just below it, at negative
 * offsets from %fs.  A new thread's TLS block and control block sit at the
 * top of its stack (pthread_stack.c): one mmap'ed region, freed by whoever
 * joins it (or by itself if detached), or a stack the caller provided.
 */
#ifndef _LIBC_PTHREAD_IMPL_H
#define _LIBC_PTHREAD_IMPL_H

#include <stddef.h>
#include <stdio.h>
#include <pthread.h>
#include <time.h>

/* Detach states: who frees the thread's memory. */
enum { DT_JOINABLE, DT_DETACHED, DT_EXITING };

struct pthread {
    /* The layout glibc's tcbhead_t starts with: compilers rely on these offsets. */
    struct pthread *self;           /* %fs:0x00 */
    void *dtv;                      /* %fs:0x08, unused: no dynamic modules */
    struct pthread *self2;          /* %fs:0x10 */
    long reserved[2];
    unsigned long stack_guard;      /* %fs:0x28, -fstack-protector's canary */
    unsigned long pointer_guard;    /* %fs:0x30 */
    long reserved2;

    /* The kernel zeroes tid and futex-wakes it when the thread ends (CLONE_CHILD_CLEARTID). */
    volatile int tid;
    int errno_value;
    volatile int detach_state;
    void *(*start)(void *);
    void *arg;
    void *result;
    void *map_base;                 /* the thread's mmap'ed region (0: the main thread's or the caller's) */
    size_t map_size;
    void *stack_top;                /* pthread_getattr_np's stack (NULL: the main thread's, in /proc/self/maps) */
    size_t stack_size;
    size_t guard_size;
    struct __pthread_cleanup_frame *cleanup; /* pthread_cleanup_push's handlers, innermost first */
    void *specific[PTHREAD_KEYS_MAX];
    int specific_used;              /* some key value was set: run destructors at exit */

    /* Cancellation (pthread_cancel.c). */
    volatile int cancel;            /* pthread_cancel was called: act at a cancellation point */
    volatile int cancel_disable;    /* PTHREAD_CANCEL_DISABLE (also set once it is acted on) */
    volatile int cancel_async;      /* PTHREAD_CANCEL_ASYNCHRONOUS */

    /* The robust mutexes we hold: the kernel's struct robust_list_head (pthread_robust.c). */
    struct {
        struct __pthread_mutex_list *first;     /* or this head itself: none */
        long futex_offset;                      /* a mutex's lock word, from its list member */
        struct __pthread_mutex_list *op_pending; /* a mutex being locked or unlocked */
    } robust_head;
};

/* The calling thread's control block (the main thread's is set up at start). */
static inline struct pthread *__pthread_self(void)
{
    struct pthread *self;

    __asm__ ("mov %%fs:0, %0" : "=r"(self));
    return self;
}

/* tls.c */
extern int __libc_tls_ready;         /* %fs points at a control block */
extern char __libc_single_threaded;  /* no pthread_create yet: see <sys/single_threaded.h> */
void __init_tls(unsigned long *auxv);
size_t __tls_region_size(void);
struct pthread *__tls_install(void *region);

/* Atomic operations (x86-64: every locked instruction is a full barrier). */
static inline int __cas(volatile int *p, int expected, int desired)
{
    int old;

    __asm__ __volatile__("lock; cmpxchgl %2, %1"
                         : "=a"(old), "+m"(*p) : "r"(desired), "0"(expected) : "memory", "cc");
    return old;
}

static inline int __swap(volatile int *p, int v)
{
    __asm__ __volatile__("xchgl %0, %1" : "+r"(v), "+m"(*p) : : "memory");
    return v;
}

static inline int __fetch_add(volatile int *p, int v)
{
    __asm__ __volatile__("lock; xaddl %0, %1" : "+r"(v), "+m"(*p) : : "memory", "cc");
    return v;
}

static inline void __spin_pause(void)
{
    __asm__ __volatile__("pause" : : : "memory");
}

/*
 * futex.c: the kernel's sleeping half.  pshared is the object's
 * PTHREAD_PROCESS_PRIVATE or PTHREAD_PROCESS_SHARED.
 */
int __futex_wait(volatile int *addr, int val, const struct timespec *relative, int pshared);
/* The same as cancellation points (pthread_cond_wait, sem_wait, pthread_join). */
int __futex_wait_cp(volatile int *addr, int val, const struct timespec *relative, int pshared);
int __futex_wait_until_cp(volatile int *addr, int val, clockid_t clock, const struct timespec *abstime,
                          int pshared);
void __futex_wake(volatile int *addr, int n, int pshared);
void __futex_wait_tid(volatile int *tid, int cancellable);
int __futex_wait_until(volatile int *addr, int val, clockid_t clock, const struct timespec *abstime,
                       int pshared);
int __lock_word(volatile int *w, clockid_t clock, const struct timespec *abstime, int pshared);
void __unlock_word(volatile int *w, int pshared);
int __self_tid(void);

/* The libc's own locks: struct __libc_lock is in <stdio.h>, as each stream has one. */
void __libc_lock(struct __libc_lock *l);
/* 0, or -1 when another thread holds it. */
int __libc_trylock(struct __libc_lock *l);
void __libc_unlock(struct __libc_lock *l);
/* Releases l, however deep, if the caller holds it (a thread cancelled inside stdio). */
void __libc_unlock_all(void *l);
extern struct __libc_lock __malloc_lock;  /* malloc.c: the heap */

/* stdio.c: fork holds the list of streams; the child's streams are unlocked (their holders are gone). */
void __stdio_lock_list(void);
void __stdio_unlock_list(int in_child);

/*
 * The robust mutexes a thread holds (pthread_robust.c): a list through their list
 * members, circular through the head, which is seen as a member by its first word.
 */
static inline struct __pthread_mutex_list *__robust_list_head(struct pthread *self)
{
    return (struct __pthread_mutex_list *)&self->robust_head;
}

static inline int __robust_list_empty(struct pthread *self)
{
    return self->robust_head.first == __robust_list_head(self);
}

/* tls.c: make the calling thread's list empty and register it with the kernel. */
void __robust_list_init(struct pthread *self);

/* pthread_robust.c */
int __robust_mutex_lock(pthread_mutex_t *m, const struct timespec *abstime);
int __robust_mutex_trylock(pthread_mutex_t *m);
int __robust_mutex_unlock(pthread_mutex_t *m);

/* pthread_stack.c: a new thread's stack and control block, and where its stack pointer starts; or an error number. */
int __allocate_stack(const pthread_attr_t *attr, struct pthread **pd, void **sp);
size_t __default_stacksize(void);

/* pthread_create.c: in a forked child, the one thread left is the caller. */
void __pthread_fork_child(void);

/* pthread_cond.c: pthread_cond_timedwait that is no cancellation point (the library's own waits). */
int __cond_wait_nocancel(pthread_cond_t *c, pthread_mutex_t *m, const struct timespec *abstime);

/* pthread_cancel.c: end the calling thread as cancelled (never returns). */
void __cancel(void) __attribute__((noreturn));

/* pthread_key.c: run the calling thread's key destructors. */
void __pthread_run_destructors(struct pthread *self);

/* clone.S */
int __clone(int (*fn)(void *), void *stack, int flags, void *arg, int *ptid, void *tls, int *ctid);
void __unmap_and_exit(void *base, size_t size) __attribute__((noreturn));

#endif
