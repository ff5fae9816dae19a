/*
 * makecontext: make ucp run func(args...) on ucp->uc_stack. The first six
 * integer arguments go in registers, the rest on the new stack above the
 * return address, which is __start_context (ucontext.S): when func returns
 * it resumes uc_link, kept in %rbx for it, or exits.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <ucontext.h>

enum { R8 = 0, R9 = 1, RDI = 8, RSI = 9, RBX = 11, RDX = 12, RCX = 14, RSP = 15, RIP = 16 };

void __start_context(void);

void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...)
{
    static const int arg_regs[6] = { RDI, RSI, RDX, RCX, R8, R9 };
    int on_stack = argc > 6 ? argc - 6 : 0;
    uintptr_t top = ((uintptr_t)ucp->uc_stack.ss_sp + ucp->uc_stack.ss_size) & ~(uintptr_t)15;
    /* At func's entry %rsp + 8 is 16-byte aligned, the stack arguments start there. */
    unsigned long *sp = (unsigned long *)(((top - 8 * (uintptr_t)on_stack) & ~(uintptr_t)15) - 8);
    va_list ap;

    sp[0] = (unsigned long)__start_context;
    va_start(ap, argc);
    for (int i = 0; i < argc; i++) {
        unsigned long arg = va_arg(ap, unsigned long);

        if (i < 6)
            ucp->uc_mcontext.gregs[arg_regs[i]] = (long long)arg;
        else
            sp[1 + i - 6] = arg;
    }
    va_end(ap);
    ucp->uc_mcontext.gregs[RIP] = (long long)(uintptr_t)func;
    ucp->uc_mcontext.gregs[RSP] = (long long)(uintptr_t)sp;
    ucp->uc_mcontext.gregs[RBX] = (long long)(uintptr_t)ucp->uc_link;
}

/* The failure path of the assembly: a system call's error number. */
int __ucontext_error(int error)
{
    errno = error;
    return -1;
}
