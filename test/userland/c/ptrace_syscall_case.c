/*
 * A tiny strace (PTRACE_SYSCALL): the child asks to be traced, stops itself, then
 * makes a fixed run of raw system calls.  The tracer reports each call's entry
 * (number, arguments, rax = -ENOSYS) and exit (result), and changes some on the
 * way: an argument at entry, a result at exit, a call skipped (orig_rax = -1 with
 * rax set).  Calls are reported from the first getppid on: the libcs' own calls
 * before it differ.  The child's exit status counts what it saw as expected.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/reg.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>
#include "ptrace_helpers.h"

static void child(void)
{
    long r;
    int ok = 0;

    if (tracer_pid_of(0) != 0)
        _exit(100);
    if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
        _exit(101);
    if (tracer_pid_of(0) != getppid())
        _exit(102);
    raise(SIGSTOP);
    syscall(SYS_getppid);                                  /* the marker */
    r = syscall(SYS_close, -1);
    ok += r == -1 && errno == EBADF;
    r = syscall(SYS_open, "/nonexistent/file", O_RDONLY);
    ok += r == -1 && errno == ENOENT;
    r = syscall(1000);
    ok += r == -1 && errno == ENOSYS;
    r = syscall(SYS_getuid);
    ok += r == 4242;                                       /* the tracer's result */
    r = syscall(SYS_dup, 12345);
    ok += r >= 0;                                          /* the tracer made it dup(1) */
    if (r >= 0)
        syscall(SYS_close, r);
    r = syscall(SYS_getpid);
    ok += r == 777;                                        /* skipped by the tracer */
    syscall(SYS_exit_group, ok);
}

static const char *name(long nr)
{
    switch (nr) {
    case SYS_getppid: return "getppid";
    case SYS_close: return "close";
    case SYS_open: return "open";
    case SYS_getuid: return "getuid";
    case SYS_dup: return "dup";
    case SYS_getpid: return "getpid";
    case SYS_exit_group: return "exit_group";
    case 1000: return "syscall_1000";
    default: return "?";
    }
}

/* A string in the tracee's memory, a word at a time (PTRACE_PEEKDATA). */
static void peek_string(pid_t pid, unsigned long addr, char *out, size_t size)
{
    size_t i = 0;

    while (i + sizeof(long) < size) {
        long word;

        errno = 0;
        word = ptrace(PTRACE_PEEKDATA, pid, (void *)(addr + i), NULL);
        if (word == -1 && errno)
            break;
        memcpy(out + i, &word, sizeof(word));
        if (memchr(&word, 0, sizeof(word)))
            return;
        i += sizeof(word);
    }
    out[i] = '\0';
}

static void report_entry(pid_t pid, struct user_regs_struct *regs)
{
    long nr = (long)regs->orig_rax;
    char path[64];

    printf("entry %s: rax %s, orig_rax %s PEEKUSER", name(nr),
           (long)regs->rax == -ENOSYS ? "-ENOSYS" : "?",
           ptrace(PTRACE_PEEKUSER, pid, (void *)(ORIG_RAX * 8), NULL) == nr ? "=" : "!=");
    if (nr == SYS_open) {
        peek_string(pid, regs->rdi, path, sizeof(path));
        printf(", \"%s\", %#llx", path, regs->rsi);
    } else if (nr == SYS_close || nr == SYS_dup || nr == SYS_exit_group) {
        printf(", %d", (int)regs->rdi);
    }
    printf("\n");
    if (nr == SYS_dup) {
        regs->rdi = 1;
        ptrace(PTRACE_SETREGS, pid, NULL, regs);
        printf("  tracer: dup's argument is now 1\n");
    } else if (nr == SYS_getpid) {
        regs->orig_rax = -1;
        regs->rax = 777;
        ptrace(PTRACE_SETREGS, pid, NULL, regs);
        printf("  tracer: getpid skipped, rax 777\n");
    }
}

static void report_exit(pid_t pid, struct user_regs_struct *regs, long nr)
{
    long ret = (long)regs->rax;

    if (ret < 0)
        printf("exit %s = -1 %s\n", name(nr), strerror((int)-ret));
    else if (nr == SYS_getuid)
        printf("exit %s\n", name(nr));                    /* root in the emulator, maybe not here */
    else if (nr == SYS_getppid)
        printf("exit %s = the tracer's pid: %s\n", name(nr), ret == getpid() ? "yes" : "no");
    else
        printf("exit %s = %ld\n", name(nr), ret);
    if (nr == SYS_getuid) {
        ptrace(PTRACE_POKEUSER, pid, (void *)(RAX * 8), (void *)4242L);
        printf("  tracer: getuid returns 4242\n");
    }
}

int main(void)
{
    struct user_regs_struct regs;
    siginfo_t si;
    int status, in_call = 0, started = 0;
    long nr = -1;
    pid_t pid = fork();

    if (pid == 0)
        child();
    waitpid(pid, &status, 0);
    printf("first stop: %s, signal %d\n", WIFSTOPPED(status) ? "stopped" : "not stopped", WSTOPSIG(status));
    ptrace(PTRACE_GETSIGINFO, pid, NULL, &si);
    printf("siginfo: signo %d, code %d, from the tracee: %s\n", si.si_signo, si.si_code,
           si.si_pid == pid ? "yes" : "no");
    ptrace(PTRACE_SETOPTIONS, pid, NULL, (void *)PTRACE_O_TRACESYSGOOD);
    ptrace(PTRACE_SYSCALL, pid, NULL, NULL);
    for (;;) {
        waitpid(pid, &status, 0);
        if (WIFEXITED(status)) {
            printf("child exited with %d (6: all it saw was as expected)\n", WEXITSTATUS(status));
            break;
        }
        if (!WIFSTOPPED(status) || WSTOPSIG(status) != (SIGTRAP | 0x80)) {
            printf("unexpected status %#x\n", status);
            break;
        }
        ptrace(PTRACE_GETREGS, pid, NULL, &regs);
        if (!in_call) {
            nr = (long)regs.orig_rax;
            if (nr == SYS_getppid)
                started = 1;
            if (started)
                report_entry(pid, &regs);
        } else if (started) {
            ptrace(PTRACE_GETSIGINFO, pid, NULL, &si);
            if (si.si_signo != SIGTRAP || si.si_code != (SIGTRAP | 0x80))
                printf("  syscall stop's siginfo: signo %d code %#x\n", si.si_signo, si.si_code);
            report_exit(pid, &regs, nr);
        }
        in_call = !in_call;
        ptrace(PTRACE_SYSCALL, pid, NULL, NULL);
    }
    return 0;
}
