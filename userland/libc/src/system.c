/*
 * system: a command line run by /bin/sh -c, waited for.  In an object of
 * its own, as the thread cancellation it needs is nothing exec's users
 * should carry.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "libc.h"

/*
 * A thread cancelled while system() waits for its shell: the shell is
 * killed and reaped, as glibc does, so no child is left running or
 * unreaped.  The wait is not cancelled again (pthread_setcancelstate).
 */
static void kill_and_reap(void *arg)
{
    pid_t pid = *(pid_t *)arg;
    int state;

    kill(pid, SIGKILL);
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &state);
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
        ;
    pthread_setcancelstate(state, NULL);
}

/* system: run a command line with /bin/sh -c and wait for it (a cancellation point). */
int system(const char *command)
{
    pid_t pid;
    int status, r;

    if (command == NULL)
        return 1;   /* a shell is available */
    fflush(NULL);
    pid = __libc_fork();
    if (pid < 0)
        return -1;
    if (pid == 0)
        __exec_shell(command);
    pthread_cleanup_push(kill_and_reap, &pid);
    while ((r = waitpid(pid, &status, 0)) < 0 && errno == EINTR)
        ;
    pthread_cleanup_pop(0);
    return r < 0 ? -1 : status;
}
