/*
 * pthread_getattr_np: a thread's actual attributes.  A created thread's
 * stack is recorded in its control block (pthread_stack.c); the main
 * thread's is found as glibc finds it.  In an object of its own: it reads
 * /proc/self/maps with stdio, which pthread_create does not need.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include "libc.h"
#include "pthread_impl.h"

#define PAGE 4096UL

/*
 * The main thread's stack, found as glibc finds it: the mapping of
 * /proc/self/maps that holds the initial stack pointer (__libc_stack_end)
 * ends it, RLIMIT_STACK says how far down it may grow from there, but not
 * into the mapping below.  Its top is the end of the page holding that
 * stack pointer (what lies above is the arguments and environment).
 */
static int main_thread_stack(pthread_attr_t *attr)
{
    unsigned long end = ((unsigned long)__libc_stack_end & ~(PAGE - 1)) + PAGE;
    unsigned long from, to, last_to = 0;
    struct rlimit limit;
    char *line = NULL;
    size_t cap = 0;
    int err = ENOENT;
    FILE *maps = fopen("/proc/self/maps", "re");

    if (maps == NULL)
        return errno;
    if (getrlimit(RLIMIT_STACK, &limit) != 0) {
        fclose(maps);
        return errno;
    }
    while (getline(&line, &cap, maps) > 0) {
        if (sscanf(line, "%lx-%lx", &from, &to) != 2)
            continue;
        if (from <= (unsigned long)__libc_stack_end && (unsigned long)__libc_stack_end < to) {
            size_t size = (limit.rlim_cur - (to - end)) & ~(PAGE - 1);

            attr->stackaddr = (void *)end;
            attr->stacksize = size > end - last_to ? end - last_to : size;
            err = 0;
            break;
        }
        last_to = to;
    }
    free(line);
    fclose(maps);
    return err;
}

/* A thread's actual attributes: its stack, guard, detach state and scheduling. */
int pthread_getattr_np(pthread_t thread, pthread_attr_t *attr)
{
    struct pthread *t = (struct pthread *)thread;
    struct sched_param param;
    int tid = t->tid, policy = tid != 0 ? sched_getscheduler(tid) : -1;

    memset(attr, 0, sizeof(*attr));
    attr->detachstate = t->detach_state == DT_DETACHED ? PTHREAD_CREATE_DETACHED : PTHREAD_CREATE_JOINABLE;
    if (policy >= 0 && sched_getparam(tid, &param) == 0) {
        attr->schedpolicy = policy;
        attr->schedpriority = param.sched_priority;
    }
    if (t->stack_top == NULL)
        return main_thread_stack(attr);
    attr->stackaddr = t->stack_top;
    attr->stacksize = t->stack_size;
    attr->guardsize = t->guard_size;
    return 0;
}
