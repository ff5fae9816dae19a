/*
 * The trap flag set by a program itself: after POPF sets RFLAGS.TF, every
 * instruction that starts with TF set is followed by a debug trap, which Linux
 * turns into SIGTRAP with si_code TRAP_TRACE.  The handler runs with TF clear and
 * its return restores TF, so stepping goes on until a POPF clears TF (that POPF
 * still traps: TF was set when it began).  In the emulator this is the CPU's
 * single-step (#DB) and the kernel's do_debug, the same path PTRACE_SINGLESTEP takes.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>

#define TRAP_TRACE_CODE 2

static volatile int traps, trace_codes;

static void on_trap(int sig, siginfo_t *si, void *context)
{
    (void)sig;
    (void)context;
    traps++;
    trace_codes += si->si_code == TRAP_TRACE_CODE;
}

int main(void)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_trap;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGTRAP, &sa, NULL);
    __asm__ __volatile__(
        "pushfq\n\t"
        "orq $0x100, (%%rsp)\n\t"
        "popfq\n\t"                     /* TF is set from here on */
        "nop\n\t"
        "nop\n\t"
        "nop\n\t"
        "pushfq\n\t"
        "andq $-0x101, (%%rsp)\n\t"
        "popfq\n\t"                     /* the last one that traps */
        "nop\n\t"
        : : : "memory", "cc");
    printf("single-step traps: %d, with TRAP_TRACE: %d\n", traps, trace_codes);
    return 0;
}
