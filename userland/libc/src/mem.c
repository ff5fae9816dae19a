/*
 * The program break and memory mappings.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <unistd.h>
#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include "libc.h"

static char *current_break;

int brk(void *addr)
{
    /* The kernel returns the new break, or the old one when it refuses. */
    char *r = (char *)__syscall1(SYS_brk, addr);
    current_break = r;
    if (r < (char *)addr) {
        errno = ENOMEM;
        return -1;
    }
    return 0;
}

void *sbrk(long increment)
{
    char *old;

    if (current_break == NULL)
        current_break = (char *)__syscall1(SYS_brk, 0);
    old = current_break;
    if (increment == 0)
        return old;
    if (brk(old + increment) < 0)
        return (void *)-1;
    return old;
}

void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
{
    long r = __syscall6(SYS_mmap, (long)addr, (long)length, prot, flags, fd, offset);
    return (void *)__syscall_ret(r);
}

int munmap(void *addr, size_t length)
{
    return (int)__syscall_ret(__syscall2(SYS_munmap, addr, length));
}

void *mremap(void *old_address, size_t old_size, size_t new_size, int flags, ...)
{
    void *new_address = NULL;
    long r;

    if (flags & MREMAP_FIXED) {
        va_list ap;
        va_start(ap, flags);
        new_address = va_arg(ap, void *);
        va_end(ap);
    }
    r = __syscall6(SYS_mremap, (long)old_address, (long)old_size, (long)new_size, flags,
                   (long)new_address, 0);
    return (void *)__syscall_ret(r);
}

int mprotect(void *addr, size_t length, int prot)
{
    return (int)__syscall_ret(__syscall3(SYS_mprotect, addr, length, prot));
}
