/*
 * Attaching to running processes and ptrace's errors: PTRACE_ATTACH (a SIGSTOP
 * stop, TracerPid in /proc) and PTRACE_DETACH; PTRACE_SEIZE (no stop) and
 * PTRACE_INTERRUPT (a PTRACE_EVENT_STOP stop); PTRACE_KILL; PTRACE_O_EXITKILL
 * (a tracer's exit kills its tracee); and Linux's error codes: ESRCH for a task
 * not traced by us or not stopped, EPERM for ourselves or a traced task, EIO for
 * bad addresses, signals, requests and options.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>
#include "ptrace_helpers.h"

volatile int released;

static void check(const char *what, long ret)
{
    int err = errno;

    if (ret == -1)
        printf("%s: -1 %s\n", what, strerror(err));
    else
        printf("%s: %ld\n", what, ret);
}

static void describe(const char *who, int status)
{
    if (WIFEXITED(status))
        printf("%s: exited with %d\n", who, WEXITSTATUS(status));
    else if (WIFSIGNALED(status))
        printf("%s: killed by signal %d\n", who, WTERMSIG(status));
    else
        printf("%s: stopped by signal %d, event %d\n", who, WSTOPSIG(status), status >> 16);
}

static void wait_for(pid_t pid, const char *who)
{
    int status;

    if (waitpid(pid, &status, __WALL) != pid)
        printf("%s: waitpid: %s\n", who, strerror(errno));
    else
        describe(who, status);
}

/* Output is flushed before each fork, so no child inherits (and repeats) it. */
static pid_t start_sleeper(void)
{
    pid_t pid;

    fflush(stdout);
    pid = fork();

    if (pid == 0)
        for (;;)
            pause();
    return pid;
}

/* A child that spins until the tracer writes released = 1 into it, then exits 3. */
static pid_t start_spinner(void)
{
    pid_t pid;

    fflush(stdout);
    pid = fork();

    if (pid == 0) {
        while (!released)
            ;
        _exit(3);
    }
    return pid;
}

static void errors_without_tracee(void)
{
    pid_t gone = fork();

    if (gone == 0)
        _exit(0);
    waitpid(gone, NULL, 0);
    check("PTRACE_ATTACH to ourselves", ptrace(PTRACE_ATTACH, getpid(), NULL, NULL));
    check("PTRACE_CONT, not traced", ptrace(PTRACE_CONT, getpid(), NULL, NULL));
    check("PTRACE_ATTACH to a reaped pid", ptrace(PTRACE_ATTACH, gone, NULL, NULL));
    check("PTRACE_PEEKDATA of a reaped pid", ptrace(PTRACE_PEEKDATA, gone, NULL, NULL));
}

static void attach_and_detach(void)
{
    pid_t pid = start_sleeper();
    struct user_regs_struct regs;

    check("PTRACE_ATTACH", ptrace(PTRACE_ATTACH, pid, NULL, NULL));
    wait_for(pid, "attached sleeper");
    printf("TracerPid is us: %s\n", tracer_pid_of(pid) == getpid() ? "yes" : "no");
    check("PTRACE_GETREGS", ptrace(PTRACE_GETREGS, pid, NULL, &regs));
    check("PTRACE_PEEKDATA at 0", ptrace(PTRACE_PEEKDATA, pid, NULL, NULL));
    check("PTRACE_POKEDATA at 0", ptrace(PTRACE_POKEDATA, pid, NULL, (void *)1L));
    check("PTRACE_PEEKUSER misaligned", ptrace(PTRACE_PEEKUSER, pid, (void *)3L, NULL));
    check("PTRACE_PEEKUSER past struct user", ptrace(PTRACE_PEEKUSER, pid, (void *)4096L, NULL));
    check("PTRACE_CONT with signal 1000", ptrace(PTRACE_CONT, pid, NULL, (void *)1000L));
    check("request 0x9999", ptrace((enum __ptrace_request)0x9999, pid, NULL, NULL));
    check("PTRACE_SETOPTIONS 0x80000000", ptrace(PTRACE_SETOPTIONS, pid, NULL, (void *)0x80000000L));
    check("PTRACE_INTERRUPT, not seized", ptrace(PTRACE_INTERRUPT, pid, NULL, NULL));
    check("PTRACE_DETACH", ptrace(PTRACE_DETACH, pid, NULL, NULL));
    printf("TracerPid after detach: %ld\n", tracer_pid_of(pid));
    check("PTRACE_CONT after detach", ptrace(PTRACE_CONT, pid, NULL, NULL));
    kill(pid, SIGKILL);
    wait_for(pid, "sleeper");
}

static void seize_and_interrupt(void)
{
    pid_t pid = start_spinner();
    siginfo_t si;

    check("PTRACE_SEIZE with bad options", ptrace(PTRACE_SEIZE, pid, NULL, (void *)0x80000000L));
    check("PTRACE_SEIZE", ptrace(PTRACE_SEIZE, pid, NULL, NULL));
    check("PTRACE_SEIZE again", ptrace(PTRACE_SEIZE, pid, NULL, NULL));
    check("PTRACE_CONT, running", ptrace(PTRACE_CONT, pid, NULL, NULL));
    check("PTRACE_INTERRUPT", ptrace(PTRACE_INTERRUPT, pid, NULL, NULL));
    wait_for(pid, "interrupted spinner");
    check("PTRACE_GETSIGINFO", ptrace(PTRACE_GETSIGINFO, pid, NULL, &si));
    printf("siginfo: signo %d, code %#x\n", si.si_signo, si.si_code);
    check("PTRACE_POKEDATA released", ptrace(PTRACE_POKEDATA, pid, (void *)&released, (void *)1L));
    check("PTRACE_CONT", ptrace(PTRACE_CONT, pid, NULL, NULL));
    wait_for(pid, "spinner");
}

static void kill_request(void)
{
    pid_t pid = start_sleeper();

    ptrace(PTRACE_ATTACH, pid, NULL, NULL);
    wait_for(pid, "attached sleeper");
    check("PTRACE_KILL", ptrace(PTRACE_KILL, pid, NULL, NULL));
    wait_for(pid, "sleeper");
}

/* A tracer that exits with PTRACE_O_EXITKILL set takes its tracee with it. */
static void exitkill(void)
{
    pid_t tracee = start_sleeper();
    pid_t tracer = fork();	/* start_sleeper flushed stdout */

    if (tracer == 0) {
        check("PTRACE_SEIZE with PTRACE_O_EXITKILL",
              ptrace(PTRACE_SEIZE, tracee, NULL, (void *)PTRACE_O_EXITKILL));
        fflush(stdout);
        _exit(0);
    }
    wait_for(tracer, "tracer");
    wait_for(tracee, "its tracee");
}

int main(void)
{
    errors_without_tracee();
    attach_and_detach();
    seize_and_interrupt();
    kill_request();
    exitkill();
    return 0;
}
