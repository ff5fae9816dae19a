/*
 * msync, madvise, memfd_create, the mlock family, mincore, remap_file_pages:
 * thin wrappers over the system calls (mmap and friends are in mem.c).
 */
#define _GNU_SOURCE
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

int memfd_create(const char *name, unsigned int flags)
{
    return (int)__syscall_ret(__syscall2(SYS_memfd_create, name, flags));
}

int mlock(const void *addr, size_t length)
{
    return (int)__syscall_ret(__syscall2(SYS_mlock, addr, length));
}

int mlock2(const void *addr, size_t length, unsigned int flags)
{
    return (int)__syscall_ret(__syscall3(SYS_mlock2, addr, length, flags));
}

int munlock(const void *addr, size_t length)
{
    return (int)__syscall_ret(__syscall2(SYS_munlock, addr, length));
}

int mlockall(int flags)
{
    return (int)__syscall_ret(__syscall1(SYS_mlockall, flags));
}

int munlockall(void)
{
    return (int)__syscall_ret(__syscall0(SYS_munlockall));
}

int mincore(void *addr, size_t length, unsigned char *vec)
{
    return (int)__syscall_ret(__syscall3(SYS_mincore, addr, length, vec));
}

int remap_file_pages(void *addr, size_t size, int prot, size_t pgoff, int flags)
{
    return (int)__syscall_ret(__syscall5(SYS_remap_file_pages, addr, size, prot, pgoff, flags));
}
