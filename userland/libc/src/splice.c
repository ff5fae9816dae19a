/*
 * Positioned vectored I/O and the calls that move data inside the kernel:
 * sendfile, splice, tee, vmsplice and copy_file_range.  Thin wrappers, as
 * in glibc; the ones that may wait on a pipe or socket are cancellation
 * points, as glibc's are.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <unistd.h>
#include <sys/uio.h>
#include <sys/sendfile.h>
#include <sys/syscall.h>
#include "libc.h"

/* The kernel takes the offset in two longs for 32-bit callers; on x86-64 the first holds it all. */
ssize_t preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset)
{
    return __syscall_ret(__syscall_cp5(SYS_preadv, fd, iov, iovcnt, offset, 0));
}

ssize_t pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset)
{
    return __syscall_ret(__syscall_cp5(SYS_pwritev, fd, iov, iovcnt, offset, 0));
}

ssize_t preadv2(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags)
{
    return __syscall_ret(__syscall_cp(SYS_preadv2, fd, (long)iov, iovcnt, offset, 0, flags));
}

ssize_t pwritev2(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags)
{
    return __syscall_ret(__syscall_cp(SYS_pwritev2, fd, (long)iov, iovcnt, offset, 0, flags));
}

ssize_t sendfile(int out_fd, int in_fd, off_t *offset, size_t count)
{
    return __syscall_ret(__syscall4(SYS_sendfile, out_fd, in_fd, offset, count));
}

ssize_t splice(int fd_in, loff_t *off_in, int fd_out, loff_t *off_out, size_t len, unsigned int flags)
{
    return __syscall_ret(__syscall_cp(SYS_splice, fd_in, (long)off_in, fd_out, (long)off_out, (long)len, flags));
}

ssize_t tee(int fd_in, int fd_out, size_t len, unsigned int flags)
{
    return __syscall_ret(__syscall_cp4(SYS_tee, fd_in, fd_out, len, flags));
}

ssize_t vmsplice(int fd, const struct iovec *iov, size_t nr_segs, unsigned int flags)
{
    return __syscall_ret(__syscall_cp4(SYS_vmsplice, fd, iov, nr_segs, flags));
}

ssize_t copy_file_range(int fd_in, loff_t *off_in, int fd_out, loff_t *off_out, size_t len, unsigned int flags)
{
    return __syscall_ret(__syscall_cp(SYS_copy_file_range, fd_in, (long)off_in, fd_out, (long)off_out,
                                      (long)len, flags));
}
