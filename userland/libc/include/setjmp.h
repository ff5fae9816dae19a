#ifndef _SETJMP_H
#define _SETJMP_H

/*
 * rbx, rbp, r12, r13, r14, r15, rsp, return address (see setjmp.S), then
 * for sigsetjmp whether the signal mask was saved, and the mask.
 */
typedef struct {
    long __regs[8];
    int __mask_saved;
    unsigned long __mask;
} __jmp_buf_tag;

typedef __jmp_buf_tag jmp_buf[1];
typedef __jmp_buf_tag sigjmp_buf[1];

int setjmp(jmp_buf env);
void longjmp(jmp_buf env, int val) __attribute__((noreturn));
int _setjmp(jmp_buf env);
void _longjmp(jmp_buf env, int val) __attribute__((noreturn));
int sigsetjmp(sigjmp_buf env, int savemask);
void siglongjmp(sigjmp_buf env, int val) __attribute__((noreturn));

#endif
