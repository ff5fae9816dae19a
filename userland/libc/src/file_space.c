/*
 * File-space and caching hints: fallocate and posix_fallocate, posix_fadvise,
 * readahead, sync_file_range and syncfs.  Thin wrappers; the posix_ forms
 * return the error number instead of setting errno, as POSIX says.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "libc.h"

int fallocate(int fd, int mode, off_t offset, off_t len)
{
    return (int)__syscall_ret(__syscall4(SYS_fallocate, fd, mode, offset, len));
}

int posix_fallocate(int fd, off_t offset, off_t len)
{
    return (int)-__syscall4(SYS_fallocate, fd, 0, offset, len);
}

int posix_fadvise(int fd, off_t offset, off_t len, int advice)
{
    return (int)-__syscall4(SYS_fadvise64, fd, offset, len, advice);
}

ssize_t readahead(int fd, off_t offset, size_t count)
{
    return __syscall_ret(__syscall3(SYS_readahead, fd, offset, count));
}

int sync_file_range(int fd, off_t offset, off_t nbytes, unsigned int flags)
{
    return (int)__syscall_ret(__syscall4(SYS_sync_file_range, fd, offset, nbytes, flags));
}

int syncfs(int fd)
{
    return (int)__syscall_ret(__syscall1(SYS_syncfs, fd));
}
