/*
 * Thread stacks: the memory pthread_create gives a new thread, as glibc
 * does it (pthread_attr_stack.c has the attributes that ask for it,
 * pthread_getattr_np.c reports it).
 *
 * A stack block grows down from its top; the thread's TLS block and control
 * block (struct pthread) sit at the very top and the stack proper starts
 * below them, so a thread's reported stack includes them (glibc's layout).
 * Our own blocks are mmap'ed with a guard area at the bottom that faults;
 * a stack the caller provides (pthread_attr_setstack) is used as it is,
 * without a guard, and is never freed by us.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include "libc.h"
#include "pthread_impl.h"

#define PAGE 4096UL
/* glibc's architecture default, used when RLIMIT_STACK is unlimited. */
#define ARCH_STACK_DEFAULT_SIZE (2UL << 20)
/* glibc's sizes are multiples of its control block's alignment. */
#define STACK_ALIGN 64UL
/* What must be left for the stack proper once the TLS block is placed (glibc's MINIMAL_REST_STACK). */
#define MINIMAL_REST_STACK 2048UL

static size_t page_round_up(size_t n)
{
    return (n + PAGE - 1) & ~(PAGE - 1);
}

/* The stack size of threads created without one: RLIMIT_STACK's, as glibc takes it at start. */
size_t __default_stacksize(void)
{
    static size_t size;
    struct rlimit limit;

    if (size != 0)
        return size;
    /* The system call itself: getrlimit's object would bring much else into every threaded program. */
    if (__syscall2(SYS_getrlimit, RLIMIT_STACK, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        limit.rlim_cur = ARCH_STACK_DEFAULT_SIZE;
    else if (limit.rlim_cur < PTHREAD_STACK_MIN)
        limit.rlim_cur = PTHREAD_STACK_MIN;
    size = page_round_up(limit.rlim_cur);
    return size;
}

/* Places the TLS and control blocks at the top of a zero-filled stack block; records its extent. */
static struct pthread *install_at_top(char *top, size_t size, size_t guard, void **sp)
{
    char *region = top - __tls_region_size();
    struct pthread *pd = __tls_install(region);

    pd->stack_top = top;
    pd->stack_size = size;
    pd->guard_size = guard;
    *sp = region;
    return pd;
}

/* Too small a stack for the TLS block and a little stack besides (glibc's EINVAL). */
static int too_small(size_t size)
{
    return size < __tls_region_size() + MINIMAL_REST_STACK;
}

/* The caller's stack: never freed by us (map_base stays NULL), and no guard. */
static int use_caller_stack(const pthread_attr_t *attr, struct pthread **pd, void **sp)
{
    size_t size = attr->stacksize != 0 ? attr->stacksize : __default_stacksize();
    char *top = attr->stackaddr;

    if (too_small(size))
        return EINVAL;
    memset(top - __tls_region_size(), 0, __tls_region_size());
    *pd = install_at_top(top, size, 0, sp);
    return 0;
}

/* A fresh block: the guard (no access, so an overflow faults) below the stack. */
static int map_stack(const pthread_attr_t *attr, struct pthread **pd, void **sp)
{
    size_t size = (attr->stacksize != 0 ? attr->stacksize : __default_stacksize()) & ~(STACK_ALIGN - 1);
    size_t guard = page_round_up(attr->guardsize);
    char *map;

    if (too_small(size) || size + guard < size)
        return EINVAL;
    map = mmap(NULL, guard + size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED)
        return EAGAIN;
    if (guard != 0 && mprotect(map, guard, PROT_NONE) != 0) {
        munmap(map, guard + size);
        return EAGAIN;
    }
    *pd = install_at_top(map + guard + size, size, guard, sp);
    (*pd)->map_base = map;
    (*pd)->map_size = guard + size;
    return 0;
}

/* pthread_create's memory for a new thread: its control block, and where its stack pointer starts. */
int __allocate_stack(const pthread_attr_t *attr, struct pthread **pd, void **sp)
{
    static const pthread_attr_t defaults = { .guardsize = PAGE };

    if (attr == NULL)
        attr = &defaults;
    return attr->stackaddr != NULL ? use_caller_stack(attr, pd, sp) : map_stack(attr, pd, sp);
}
