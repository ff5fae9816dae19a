#ifndef _UCONTEXT_H
#define _UCONTEXT_H

/*
 * User contexts (POSIX.1-2001, removed in 2008 but still in glibc): save the
 * running context, resume a saved one, or make one that runs a function on a
 * stack of its own. Programs use them for coroutines, generators and
 * exception-like jumps.
 */
#include <sys/ucontext.h>

int getcontext(ucontext_t *ucp);
int setcontext(const ucontext_t *ucp);
void makecontext(ucontext_t *ucp, void (*func)(void), int argc, ...);
int swapcontext(ucontext_t *oucp, const ucontext_t *ucp);

#endif
