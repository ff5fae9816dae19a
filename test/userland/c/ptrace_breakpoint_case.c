/*
 * A breakpoint debugger: the tracer pokes int3 (0xCC) over the first byte of a
 * function in the child's text (read-only: the write gets the child its own copy
 * of the page), lets the child run, and at each hit reads the registers (rip just
 * past the int3, the argument in rdi), puts the original byte back, backs rip up,
 * single-steps one instruction and re-arms the breakpoint.  The tracer's own copy
 * of the text never changes.  Also PEEKDATA/POKEDATA on a variable.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

#define TRAP_TRACE_CODE 2
#define SI_KERNEL_CODE 0x80

volatile long counter = 5;

__attribute__((noinline)) long work(long x)
{
    return x * 3 + counter;
}

static void child(void)
{
    long sum = 0;
    int i;

    ptrace(PTRACE_TRACEME, 0, NULL, NULL);
    raise(SIGSTOP);
    for (i = 1; i <= 3; i++)
        sum += work(i * 10);
    /* counter was made 100 by the tracer: 3 * 60 + 3 * 100 */
    _exit(sum == 480 ? 0 : 1);
}

static long insert_breakpoint(pid_t pid, unsigned long addr)
{
    long orig;

    errno = 0;
    orig = ptrace(PTRACE_PEEKTEXT, pid, (void *)addr, NULL);
    if (errno)
        printf("PEEKTEXT failed: %s\n", strerror(errno));
    if (ptrace(PTRACE_POKETEXT, pid, (void *)addr, (void *)((orig & ~0xffL) | 0xcc)) != 0)
        printf("POKETEXT failed: %s\n", strerror(errno));
    return orig;
}

static void wait_stop(pid_t pid, const char *what)
{
    int status;

    waitpid(pid, &status, 0);
    if (WIFSTOPPED(status))
        printf("%s: stopped by signal %d\n", what, WSTOPSIG(status));
    else
        printf("%s: status %#x\n", what, status);
}

int main(void)
{
    unsigned long addr = (unsigned long)work;
    struct user_regs_struct regs;
    siginfo_t si;
    long orig, word;
    int status, hit;
    pid_t pid = fork();

    if (pid == 0)
        child();
    wait_stop(pid, "start");

    errno = 0;
    word = ptrace(PTRACE_PEEKDATA, pid, (void *)&counter, NULL);
    printf("counter in the child: %ld (errno %d)\n", word, errno);
    ptrace(PTRACE_POKEDATA, pid, (void *)&counter, (void *)100L);
    errno = 0;
    printf("after POKEDATA: %ld\n", ptrace(PTRACE_PEEKDATA, pid, (void *)&counter, NULL));

    orig = insert_breakpoint(pid, addr);
    printf("breakpoint at work: the tracer's own byte is still %s\n",
           *(unsigned char *)work == (orig & 0xff) ? "the original" : "changed");
    ptrace(PTRACE_CONT, pid, NULL, NULL);
    for (hit = 1; hit <= 3; hit++) {
        wait_stop(pid, "breakpoint");
        ptrace(PTRACE_GETSIGINFO, pid, NULL, &si);
        ptrace(PTRACE_GETREGS, pid, NULL, &regs);
        printf("hit %d: rip = work + %lld, argument %lld, si_code %s\n", hit,
               (long long)(regs.rip - addr), (long long)regs.rdi,
               si.si_code == SI_KERNEL_CODE ? "SI_KERNEL" : "other");
        /* Put the instruction back, execute it alone, and re-arm. */
        ptrace(PTRACE_POKETEXT, pid, (void *)addr, (void *)orig);
        regs.rip = addr;
        ptrace(PTRACE_SETREGS, pid, NULL, &regs);
        ptrace(PTRACE_SINGLESTEP, pid, NULL, NULL);
        wait_stop(pid, "  single step");
        ptrace(PTRACE_GETSIGINFO, pid, NULL, &si);
        ptrace(PTRACE_GETREGS, pid, NULL, &regs);
        printf("  stepped one instruction: %s, si_code %s, TF %s\n",
               regs.rip > addr && regs.rip < addr + 16 ? "yes" : "no",
               si.si_code == TRAP_TRACE_CODE ? "TRAP_TRACE" : "other",
               (regs.eflags & 0x100) ? "set" : "clear");
        insert_breakpoint(pid, addr);
        ptrace(PTRACE_CONT, pid, NULL, NULL);
    }
    waitpid(pid, &status, 0);
    printf("child: %s %d\n", WIFEXITED(status) ? "exited" : "killed", WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    return 0;
}
