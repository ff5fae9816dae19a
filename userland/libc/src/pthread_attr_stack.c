/*
 * The stack attributes, as glibc keeps them: sizes, the guard, and a stack
 * the caller provides.  The attribute object keeps that stack's top address
 * (glibc's stackaddr), as pthread_attr_setstackaddr always meant on
 * downward-growing stacks; pthread_stack.c makes the stacks.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include "pthread_impl.h"

int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size)
{
    if (size < PTHREAD_STACK_MIN)
        return EINVAL;
    attr->stacksize = size;
    return 0;
}

int pthread_attr_getstacksize(const pthread_attr_t *attr, size_t *size)
{
    *size = attr->stacksize != 0 ? attr->stacksize : __default_stacksize();
    return 0;
}

/* Kept as given; a thread's guard is this rounded up to pages (none on a caller's stack). */
int pthread_attr_setguardsize(pthread_attr_t *attr, size_t size)
{
    attr->guardsize = size;
    return 0;
}

int pthread_attr_getguardsize(const pthread_attr_t *attr, size_t *size)
{
    *size = attr->guardsize;
    return 0;
}

/* The caller's memory [addr, addr + size) becomes the thread's stack. */
int pthread_attr_setstack(pthread_attr_t *attr, void *addr, size_t size)
{
    if (size < PTHREAD_STACK_MIN)
        return EINVAL;
    attr->stacksize = size;
    attr->stackaddr = (char *)addr + size;
    return 0;
}

/* The lowest address, computed from the top and the size as recorded (glibc: no default size). */
int pthread_attr_getstack(const pthread_attr_t *attr, void **addr, size_t *size)
{
    *addr = (char *)attr->stackaddr - attr->stacksize;
    *size = attr->stacksize;
    return 0;
}

/* The obsolete pair: addr is the stack's top, where a downward-growing stack starts. */
int pthread_attr_setstackaddr(pthread_attr_t *attr, void *addr)
{
    attr->stackaddr = addr;
    return 0;
}

int pthread_attr_getstackaddr(const pthread_attr_t *attr, void **addr)
{
    *addr = attr->stackaddr;
    return 0;
}
