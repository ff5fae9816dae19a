/*
 * fork, and the handlers pthread_atfork registers around it.
 *
 * The library's own forks (system, popen, posix_spawn) run no handlers: glibc
 * makes those children without fork (clone with CLONE_VFORK), so a program's
 * handlers never see them there either.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "libc.h"
#include "pthread_impl.h"

/*
 * The heap's lock and the list of streams are held across the fork, so the
 * child's copies are consistent (no other thread was midway through them).
 * A stream another thread holds (blocked in a read, say) is not waited for,
 * as glibc: the child finds it unlocked, its holder being gone.
 */
pid_t __libc_fork(void)
{
    pid_t pid;

    __stdio_lock_list();
    __libc_lock(&__malloc_lock);
    pid = (pid_t)__syscall_ret(__syscall0(SYS_fork));
    if (pid == 0)
        __pthread_fork_child();
    __libc_unlock(&__malloc_lock);
    __stdio_unlock_list(pid == 0);
    return pid;
}

struct atfork_handlers {
    void (*prepare)(void);
    void (*parent)(void);
    void (*child)(void);
    struct atfork_handlers *prev, *next;
};

/* In registration order; fork walks it backwards for the prepare handlers (POSIX). */
static struct atfork_handlers *first, *last;
static struct __libc_lock atfork_lock;

int pthread_atfork(void (*prepare)(void), void (*parent)(void), void (*child)(void))
{
    struct atfork_handlers *h = malloc(sizeof(*h));

    if (h == NULL)
        return ENOMEM;
    h->prepare = prepare;
    h->parent = parent;
    h->child = child;
    h->next = NULL;
    __libc_lock(&atfork_lock);
    h->prev = last;
    if (last != NULL)
        last->next = h;
    else
        first = h;
    last = h;
    __libc_unlock(&atfork_lock);
    return 0;
}

/*
 * The list is held from the prepare handlers to the end of the parent or
 * child ones, so that a handler registered meanwhile by another thread runs
 * in all three phases or in none.
 */
pid_t fork(void)
{
    struct atfork_handlers *h;
    pid_t pid;

    __libc_lock(&atfork_lock);
    for (h = last; h != NULL; h = h->prev)
        if (h->prepare != NULL)
            h->prepare();
    pid = __libc_fork();
    if (pid == 0)
        atfork_lock.owner = __self_tid();   /* the child's thread has its own id */
    for (h = first; h != NULL; h = h->next) {
        void (*handler)(void) = pid == 0 ? h->child : h->parent;

        if (handler != NULL)
            handler();
    }
    __libc_unlock(&atfork_lock);
    return pid;
}
