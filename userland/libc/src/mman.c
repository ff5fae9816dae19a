/* msync and madvise: thin wrappers over the system calls (mmap and friends are in mem.c). */
#include <sys/mman.h>
#include <sys/syscall.h>
#include "libc.h"

int msync(void *addr, size_t length, int flags)
{
    return (int)__syscall_ret(__syscall_cp3(SYS_msync, addr, length, flags));
}

int madvise(void *addr, size_t length, int advice)
{
    return (int)__syscall_ret(__syscall3(SYS_madvise, addr, length, advice));
}

/* POSIX's advice returns the error instead of setting errno, as glibc's. */
int posix_madvise(void *addr, size_t length, int advice)
{
    long r = __syscall3(SYS_madvise, addr, length, advice);

    return r < 0 ? (int)-r : 0;
}
