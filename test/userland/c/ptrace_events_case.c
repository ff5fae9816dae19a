/*
 * ptrace's events (PTRACE_SETOPTIONS): the tracee forks (PTRACE_EVENT_FORK, the
 * new pid from PTRACE_GETEVENTMSG; the grandchild is traced from birth and starts
 * with a SIGSTOP stop), the grandchild exits (PTRACE_EVENT_EXIT with its status;
 * the tracer, not its parent, hears of its end first), the tracee execs
 * (PTRACE_EVENT_EXEC, the message its pid) and exits.  Each stop is awaited by
 * pid, so the order is fixed.  The SIGCHLD the child gets is a signal-delivery
 * stop, suppressed by the tracer.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

static void describe(const char *who, int status)
{
    if (WIFEXITED(status))
        printf("%s: exited with %d\n", who, WEXITSTATUS(status));
    else if (WIFSIGNALED(status))
        printf("%s: killed by signal %d\n", who, WTERMSIG(status));
    else if (status >> 16)
        printf("%s: stopped by signal %d, event %d\n", who, WSTOPSIG(status), status >> 16);
    else
        printf("%s: stopped by signal %d\n", who, WSTOPSIG(status));
}

static int wait_for(pid_t pid, const char *who)
{
    int status;
    pid_t got = waitpid(pid, &status, __WALL);

    if (got != pid)
        printf("%s: waitpid returned %d (%s)\n", who, (int)got, strerror(errno));
    describe(who, status);
    return status;
}

static void child(void)
{
    int status;
    pid_t pid;

    ptrace(PTRACE_TRACEME, 0, NULL, NULL);
    raise(SIGSTOP);
    pid = fork();
    if (pid == 0)
        _exit(7);
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 7)
        _exit(90);
    execl("/bin/true", "true", (char *)NULL);
    _exit(91);
}

int main(void)
{
    unsigned long msg;
    pid_t grandchild, pid = fork();

    if (pid == 0)
        child();
    wait_for(pid, "child");
    ptrace(PTRACE_SETOPTIONS, pid, NULL,
           (void *)(PTRACE_O_TRACEFORK | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT | PTRACE_O_EXITKILL));
    ptrace(PTRACE_CONT, pid, NULL, NULL);

    wait_for(pid, "child forks");
    ptrace(PTRACE_GETEVENTMSG, pid, NULL, &msg);
    grandchild = (pid_t)msg;
    printf("event message is a new pid: %s\n", grandchild > 0 && grandchild != pid ? "yes" : "no");
    wait_for(grandchild, "grandchild");
    ptrace(PTRACE_CONT, grandchild, NULL, NULL);
    wait_for(grandchild, "grandchild exits");
    ptrace(PTRACE_GETEVENTMSG, grandchild, NULL, &msg);
    printf("exit event message: %#lx\n", msg);
    ptrace(PTRACE_CONT, grandchild, NULL, NULL);
    wait_for(grandchild, "grandchild, to its tracer");   /* first; its parent reaps it after */
    ptrace(PTRACE_CONT, pid, NULL, NULL);

    /* The grandchild's end sends the child SIGCHLD: its tracer sees it first, and drops it. */
    if (WSTOPSIG(wait_for(pid, "child")) == SIGCHLD)
        ptrace(PTRACE_CONT, pid, NULL, NULL);
    wait_for(pid, "child execs");
    ptrace(PTRACE_GETEVENTMSG, pid, NULL, &msg);
    printf("exec event message is its pid: %s\n", (pid_t)msg == pid ? "yes" : "no");
    ptrace(PTRACE_CONT, pid, NULL, NULL);
    wait_for(pid, "child exits");
    ptrace(PTRACE_GETEVENTMSG, pid, NULL, &msg);
    printf("exit event message: %#lx\n", msg);
    ptrace(PTRACE_CONT, pid, NULL, NULL);
    wait_for(pid, "child");
    if (waitpid(-1, NULL, __WALL) == -1)
        printf("no more children: %s\n", strerror(errno));
    return 0;
}
