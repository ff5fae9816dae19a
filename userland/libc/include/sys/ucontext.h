#ifndef _SYS_UCONTEXT_H
#define _SYS_UCONTEXT_H

/*
 * A saved user context: the general registers, the floating-point environment,
 * the signal mask and the stack it runs on. The layout up to uc_sigmask is the
 * kernel's (and glibc's), so a signal handler's third argument reads the same.
 */
#include <signal.h>

typedef long long greg_t;
#define NGREG 23
typedef greg_t gregset_t[NGREG];

#ifdef _GNU_SOURCE
/* Indices into gregs, in the kernel's order. */
enum {
    REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
    REG_RDI, REG_RSI, REG_RBP, REG_RBX, REG_RDX, REG_RAX, REG_RCX, REG_RSP,
    REG_RIP, REG_EFL, REG_CSGSFS, REG_ERR, REG_TRAPNO, REG_OLDMASK, REG_CR2
};
#endif

/* The x87/SSE state as fxsave lays it out (512 bytes). */
struct _libc_fpxreg { unsigned short significand[4], exponent, padding[3]; };
struct _libc_xmmreg { unsigned int element[4]; };
struct _libc_fpstate {
    unsigned short cwd, swd, ftw, fop;
    unsigned long long rip, rdp;
    unsigned int mxcsr, mxcr_mask;
    struct _libc_fpxreg _st[8];
    struct _libc_xmmreg _xmm[16];
    unsigned int __glibc_reserved1[24];
};
typedef struct _libc_fpstate *fpregset_t;

typedef struct {
    gregset_t gregs;
    fpregset_t fpregs;
    unsigned long long __reserved1[8];
} mcontext_t;

typedef struct ucontext_t {
    unsigned long uc_flags;
    struct ucontext_t *uc_link;
    stack_t uc_stack;
    mcontext_t uc_mcontext;
    sigset_t uc_sigmask;
    struct _libc_fpstate __fpregs_mem;
} ucontext_t;

#endif
