#ifndef _BITS_SIGSET_H
#define _BITS_SIGSET_H

/* A set of signals 1..64, bit n-1 for signal n (the kernel's): <signal.h>'s and pselect's. */
typedef unsigned long sigset_t;

#endif
