#ifndef _SYS_USER_H
#define _SYS_USER_H

/*
 * What ptrace shows of a process (glibc's x86-64 layouts): the registers
 * (PTRACE_GETREGS), the FXSAVE image (PTRACE_GETFPREGS), and struct user,
 * whose offsets PTRACE_PEEKUSER and PTRACE_POKEUSER take.
 */
#define __need_size_t
#define __need_NULL
#include <stddef.h>

struct user_fpregs_struct {
    unsigned short int cwd;
    unsigned short int swd;
    unsigned short int ftw;
    unsigned short int fop;
    unsigned long long int rip;
    unsigned long long int rdp;
    unsigned int mxcsr;
    unsigned int mxcr_mask;
    unsigned int st_space[32];   /* 8 registers of 16 bytes */
    unsigned int xmm_space[64];  /* 16 registers of 16 bytes */
    unsigned int padding[24];
};

struct user_regs_struct {
    unsigned long long int r15, r14, r13, r12, rbp, rbx, r11, r10, r9, r8;
    unsigned long long int rax, rcx, rdx, rsi, rdi, orig_rax;
    unsigned long long int rip, cs, eflags, rsp, ss;
    unsigned long long int fs_base, gs_base, ds, es, fs, gs;
};

struct user {
    struct user_regs_struct regs;
    int u_fpvalid;
    struct user_fpregs_struct i387;
    unsigned long int u_tsize;
    unsigned long int u_dsize;
    unsigned long int u_ssize;
    unsigned long start_code;
    unsigned long start_stack;
    long int signal;
    int reserved;
    struct user_regs_struct *u_ar0;
    struct user_fpregs_struct *u_fpstate;
    unsigned long int magic;
    char u_comm[32];
    unsigned long int u_debugreg[8];
};

#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))
#define NBPG PAGE_SIZE
#define UPAGES 1
#define HOST_TEXT_START_ADDR (u.start_code)
#define HOST_STACK_END_ADDR (u.start_stack + u.u_ssize * NBPG)

#endif
