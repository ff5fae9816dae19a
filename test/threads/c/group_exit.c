/*
 * exit() from a thread ends every thread (exit_group) with its status,
 * after signals sent to one particular thread (tgkill, pthread_kill) ran
 * there, a signal for the process went to the thread not blocking it, and
 * a spinning thread was preempted (the timer takes the CPU away from it).
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sched.h>
#include <sys/syscall.h>

static volatile int target_tid, handled_tid, usr2_tid, stop_spinning;
static volatile long spins;

static void on_usr1(int sig)
{
    (void)sig;
    handled_tid = (int)syscall(SYS_gettid);
}

static void on_usr2(int sig)
{
    (void)sig;
    usr2_tid = (int)syscall(SYS_gettid);
}

static void *spinner(void *arg)
{
    (void)arg;
    target_tid = (int)syscall(SYS_gettid);
    while (!stop_spinning)
        spins++;
    return NULL;
}

static void *ender(void *arg)
{
    (void)arg;
    printf("ender: exit(3) while main waits\n");
    exit(3);
}

int main(void)
{
    pthread_t s, e;
    sigset_t usr2;

    signal(SIGUSR1, on_usr1);
    signal(SIGUSR2, on_usr2);
    pthread_create(&s, NULL, spinner, NULL);
    while (target_tid == 0)
        sched_yield();      /* the spinner never yields: only preemption lets us run */
    syscall(SYS_tgkill, getpid(), target_tid, SIGUSR1);
    while (handled_tid == 0)
        sched_yield();
    printf("signal handled by the target thread: %d\n", handled_tid == target_tid);
    handled_tid = 0;
    printf("pthread_kill: %d\n", pthread_kill(s, SIGUSR1));
    while (handled_tid == 0)
        sched_yield();
    printf("pthread_kill reached the thread: %d\n", handled_tid == target_tid);
    sigemptyset(&usr2);
    sigaddset(&usr2, SIGUSR2);
    pthread_sigmask(SIG_BLOCK, &usr2, NULL);
    kill(getpid(), SIGUSR2);
    while (usr2_tid == 0)
        sched_yield();
    printf("the process's signal went to the thread not blocking it: %d\n", usr2_tid == target_tid);
    stop_spinning = 1;
    pthread_join(s, NULL);
    printf("spinner ran: %d\n", spins > 0);
    pthread_create(&e, NULL, ender, NULL);
    pthread_join(e, NULL);
    printf("not reached\n");
    return 0;
}
