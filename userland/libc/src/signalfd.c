/* signalfd: glibc's one call is the kernel's signalfd4, the mask with its size. */
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include "libc.h"

int signalfd(int fd, const sigset_t *mask, int flags)
{
    return (int)__syscall_ret(__syscall4(SYS_signalfd4, fd, mask, sizeof(sigset_t), flags));
}
