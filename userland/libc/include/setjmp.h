#ifndef _SETJMP_H
#define _SETJMP_H

/* rbx, rbp, r12, r13, r14, r15, rsp, return address: see setjmp.S. */
typedef long jmp_buf[8];

int setjmp(jmp_buf env);
void longjmp(jmp_buf env, int val) __attribute__((noreturn));

#endif
