#ifndef _SYS_EVENTFD_H
#define _SYS_EVENTFD_H

/* eventfd: a counter as a file, to wake event loops (the kernel's fs/eventfd.c). */
#include <stdint.h>

typedef uint64_t eventfd_t;

enum {
    EFD_SEMAPHORE = 00000001,
    EFD_CLOEXEC = 02000000,
    EFD_NONBLOCK = 00004000
};
#define EFD_SEMAPHORE EFD_SEMAPHORE
#define EFD_CLOEXEC EFD_CLOEXEC
#define EFD_NONBLOCK EFD_NONBLOCK

int eventfd(unsigned int count, int flags);
int eventfd_read(int fd, eventfd_t *value);
int eventfd_write(int fd, eventfd_t value);

#endif
