/*
 * Scheduling attributes of threads and processes: the pthread_attr_*sched*
 * and scope calls record and report what they are given (and refuse what
 * glibc refuses), a thread's own policy comes from the kernel, and the CPU
 * set macros and affinity calls of <sched.h> work on 1024-CPU sets.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <pthread.h>
#include <sched.h>
#include <errno.h>
#include <time.h>

static void *give_back(void *arg)
{
    return arg;
}

static void attributes(void)
{
    pthread_attr_t attr;
    struct sched_param param = { 0 };
    pthread_t t;
    void *result;
    int v, r1, r2;

    pthread_attr_init(&attr);
    pthread_attr_getscope(&attr, &v);
    r1 = pthread_attr_setscope(&attr, PTHREAD_SCOPE_PROCESS);
    r2 = pthread_attr_setscope(&attr, 7);
    printf("scope %d, process refused %d, nonsense %d, system %d\n", v, r1 == ENOTSUP, r2 == EINVAL,
           pthread_attr_setscope(&attr, PTHREAD_SCOPE_SYSTEM));
    pthread_attr_getinheritsched(&attr, &v);
    r1 = pthread_attr_setinheritsched(&attr, 9);
    printf("inherit %d, nonsense %d, explicit %d\n", v, r1 == EINVAL, pthread_attr_setinheritsched(&attr, PTHREAD_EXPLICIT_SCHED));
    pthread_attr_getschedpolicy(&attr, &v);
    r1 = pthread_attr_setschedpolicy(&attr, 42);
    r2 = pthread_attr_setschedpolicy(&attr, SCHED_RR);
    printf("policy %d, nonsense %d, rr %d", v, r1 == EINVAL, r2);
    pthread_attr_getschedpolicy(&attr, &v);
    printf(" -> %d\n", v);
    pthread_attr_setschedpolicy(&attr, SCHED_OTHER);
    pthread_attr_setschedparam(&attr, &param);
    pthread_attr_getschedparam(&attr, &param);
    pthread_attr_setinheritsched(&attr, PTHREAD_INHERIT_SCHED);
    r1 = pthread_create(&t, &attr, give_back, (void *)5);
    pthread_join(t, &result);
    printf("priority %d, created %d, joined %ld\n", param.sched_priority, r1, (long)result);
    r1 = pthread_getschedparam(pthread_self(), &v, &param);
    printf("own policy: %d %d %d, set %d\n", r1, v, param.sched_priority, pthread_setschedparam(pthread_self(), SCHED_OTHER, &param));
    r1 = pthread_setconcurrency(3);
    printf("concurrency set %d -> %d, negative %d\n", r1, pthread_getconcurrency(), pthread_setconcurrency(-1) == EINVAL);
}

static void cpu_sets(void)
{
    cpu_set_t set, copy, mine;
    struct sched_param param;
    struct timespec quantum;
    int r;

    CPU_ZERO(&set);
    CPU_SET(3, &set);
    CPU_SET(70, &set);
    CPU_SET(1023, &set);
    CPU_CLR(70, &set);
    copy = set;
    printf("cpus: %d %d %d %d count %d equal %d\n", CPU_ISSET(3, &set), CPU_ISSET(4, &set), CPU_ISSET(70, &set),
           CPU_ISSET(1023, &set), CPU_COUNT(&set), CPU_EQUAL(&copy, &set));
    r = sched_getaffinity(0, sizeof mine, &mine);
    printf("affinity %d, some cpu %d, current cpu known %d\n", r, CPU_COUNT(&mine) > 0, sched_getcpu() >= 0);
    r = sched_getparam(0, &param);
    printf("process policy %d, param %d priority %d, round-robin quantum call %d\n", sched_getscheduler(0), r,
           param.sched_priority, sched_rr_get_interval(0, &quantum));
}

int main(void)
{
    attributes();
    cpu_sets();
    return 0;
}
