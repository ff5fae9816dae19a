/* eventfd and glibc's two helpers, which read or write the 8-byte counter and return 0 or -1. */
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "libc.h"

int eventfd(unsigned int count, int flags)
{
    return (int)__syscall_ret(__syscall2(SYS_eventfd2, count, flags));
}

int eventfd_read(int fd, eventfd_t *value)
{
    return read(fd, value, sizeof(*value)) == sizeof(*value) ? 0 : -1;
}

int eventfd_write(int fd, eventfd_t value)
{
    return write(fd, &value, sizeof(value)) == sizeof(value) ? 0 : -1;
}
