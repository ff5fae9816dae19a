#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

/*
 * As glibc's, it brings the types select and pselect take and nothing else of <signal.h>,
 * <time.h> or <sys/time.h>: <sys/types.h> includes it (fd_set is there for old code).
 */
#include <sys/types.h>
#include <bits/sigset.h>
#include <bits/timespec.h>
#include <bits/timeval.h>

/* A set of descriptors below FD_SETSIZE, one bit each (the kernel's layout). */
#define FD_SETSIZE 1024

typedef struct {
    unsigned long fds_bits[FD_SETSIZE / (8 * sizeof(unsigned long))];
} fd_set;

/* The word of a set, and its bits (BSD names, in glibc's default mode too). */
typedef long fd_mask;
#define NFDBITS (8 * (int)sizeof(fd_mask))

#define __FD_WORD(fd) ((fd) / (8 * (int)sizeof(unsigned long)))
#define __FD_BIT(fd) (1UL << ((fd) % (8 * (int)sizeof(unsigned long))))
#define FD_ZERO(set) __builtin_memset((set), 0, sizeof(fd_set))
#define FD_SET(fd, set) ((set)->fds_bits[__FD_WORD(fd)] |= __FD_BIT(fd))
#define FD_CLR(fd, set) ((set)->fds_bits[__FD_WORD(fd)] &= ~__FD_BIT(fd))
#define FD_ISSET(fd, set) (((set)->fds_bits[__FD_WORD(fd)] & __FD_BIT(fd)) != 0)

int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds, struct timeval *timeout);
int pselect(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds, const struct timespec *timeout,
            const sigset_t *sigmask);

#endif
