/*
 * strace [-f] [-s N] PROG [ARGS...]: run PROG and print each of its system calls
 * on stderr, as strace does: "name(arguments) = result", then "+++ exited with N
 * +++" (or "+++ killed by SIGNAME +++").  Signals show as "--- SIGNAME ... ---".
 * -f follows the children it forks, each line starting "[pid N] "; -s N shows
 * strings up to N bytes (32).
 *
 * The child asks to be traced and stops itself before exec, so the first line is
 * the program's execve.  Every stop is a system call's entry or exit (SIGTRAP |
 * 0x80, PTRACE_O_TRACESYSGOOD), an event (fork, exec), or a signal about to be
 * delivered, which is passed on.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>
#include "strace.h"

#define MAX_TRACEES 64

static struct tracee tracees[MAX_TRACEES];
static int follow_forks;

static struct tracee *find_tracee(pid_t pid)
{
    struct tracee *free_slot = NULL;
    int i;

    for (i = 0; i < MAX_TRACEES; i++) {
        if (tracees[i].pid == pid)
            return &tracees[i];
        if (!tracees[i].pid && !free_slot)
            free_slot = &tracees[i];
    }
    if (free_slot) {
        memset(free_slot, 0, sizeof(*free_slot));
        free_slot->pid = pid;
    }
    return free_slot;
}

static void start_child(char **argv)
{
    ptrace(PTRACE_TRACEME, 0, NULL, NULL);
    kill(getpid(), SIGSTOP);
    execvp(argv[0], argv);
    fprintf(stderr, "strace: exec %s: %s\n", argv[0], strerror(errno));
    _exit(127);
}

static void syscall_stop(struct tracee *t)
{
    struct user_regs_struct regs;

    ptrace(PTRACE_GETREGS, t->pid, NULL, &regs);
    if (!t->in_syscall) {
        t->nr = (long)regs.orig_rax;
        t->args[0] = regs.rdi;
        t->args[1] = regs.rsi;
        t->args[2] = regs.rdx;
        t->args[3] = regs.r10;
        t->args[4] = regs.r8;
        t->args[5] = regs.r9;
        format_entry(t);
        if (!syscall_returns(t->nr))
            print_syscall(t, 0, follow_forks);
    } else {
        print_syscall(t, (long)regs.rax, follow_forks);
    }
    t->in_syscall = !t->in_syscall;
}

/* A signal about to be delivered: show it; the tracee gets it. */
static int signal_stop(struct tracee *t, int sig)
{
    siginfo_t si;

    if (!t->attached && sig == SIGSTOP) {
        t->attached = 1;		/* a new child's first stop: not a signal of the program's */
        return 0;
    }
    memset(&si, 0, sizeof(si));
    ptrace(PTRACE_GETSIGINFO, t->pid, NULL, &si);
    if (follow_forks)
        fprintf(stderr, "[pid %5d] ", (int)t->pid);
    fprintf(stderr, "--- %s {si_signo=%s, si_code=%d, si_pid=%d} ---\n", signal_name(sig),
            signal_name(si.si_signo), si.si_code, (int)si.si_pid);
    return sig;
}

/* The end of a tracee; returns its exit status for strace's own. */
static int report_end(struct tracee *t, int status)
{
    if (follow_forks)
        fprintf(stderr, "[pid %5d] ", (int)t->pid);
    if (WIFEXITED(status)) {
        fprintf(stderr, "+++ exited with %d +++\n", WEXITSTATUS(status));
        status = WEXITSTATUS(status);
    } else {
        fprintf(stderr, "+++ killed by %s +++\n", signal_name(WTERMSIG(status)));
        status = 128 + WTERMSIG(status);
    }
    t->pid = 0;
    return status;
}

/* Trace until the first child is gone; its exit status is ours. */
static int trace(pid_t child)
{
    int options = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC | PTRACE_O_EXITKILL;
    int status, result = 0;
    pid_t pid;

    if (follow_forks)
        options |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
    waitpid(child, &status, 0);             /* its own SIGSTOP, before exec */
    find_tracee(child)->attached = 1;
    ptrace(PTRACE_SETOPTIONS, child, NULL, (void *)(long)options);
    ptrace(PTRACE_SYSCALL, child, NULL, NULL);
    while ((pid = waitpid(-1, &status, __WALL)) > 0) {
        struct tracee *t = find_tracee(pid);
        int sig = 0;

        if (!t)
            continue;
        if (WIFEXITED(status) || WIFSIGNALED(status)) {
            int end = report_end(t, status);

            if (pid == child)
                result = end;
            continue;
        }
        if (WSTOPSIG(status) == (SIGTRAP | 0x80))
            syscall_stop(t);
        else if (status >> 16)
            ;                               /* fork, vfork, clone, exec: the calls themselves show them */
        else
            sig = signal_stop(t, WSTOPSIG(status));
        ptrace(PTRACE_SYSCALL, pid, NULL, (void *)(long)sig);
    }
    return result;
}

static void usage(void)
{
    fprintf(stderr, "usage: strace [-f] [-s STRSIZE] PROG [ARGS...]\n");
    exit(1);
}

int main(int argc, char **argv)
{
    int i = 1;
    pid_t child;

    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "-f") == 0)
            follow_forks = 1;
        else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc)
            string_limit = (unsigned int)atoi(argv[++i]);
        else
            usage();
    }
    if (i == argc)
        usage();
    child = fork();
    if (child < 0) {
        perror("strace: fork");
        return 1;
    }
    if (child == 0)
        start_child(argv + i);
    return trace(child);
}
