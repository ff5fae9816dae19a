#ifndef _POLL_H
#define _POLL_H

#include <signal.h>
#include <time.h>

struct pollfd {
    int fd;
    short events;
    short revents;
};

typedef unsigned long nfds_t;

#define POLLIN 0x001
#define POLLPRI 0x002
#define POLLOUT 0x004
#define POLLERR 0x008
#define POLLHUP 0x010
#define POLLNVAL 0x020
#define POLLRDNORM 0x040
#define POLLRDBAND 0x080
#define POLLWRNORM 0x100
#define POLLWRBAND 0x200
#ifdef _GNU_SOURCE
#define POLLRDHUP 0x2000 /* the peer shut down its writing (sockets) */
#endif

int poll(struct pollfd *fds, nfds_t nfds, int timeout);
#ifdef _GNU_SOURCE
int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout, const sigset_t *sigmask);
#endif

#endif
