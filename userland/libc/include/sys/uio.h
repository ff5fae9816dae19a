#ifndef _SYS_UIO_H
#define _SYS_UIO_H

#include <sys/types.h>

#ifndef __DEFINED_struct_iovec
#define __DEFINED_struct_iovec
struct iovec {
    void *iov_base;
    size_t iov_len;
};
#endif

#define UIO_MAXIOV 1024

ssize_t readv(int fd, const struct iovec *iov, int iovcnt);
ssize_t writev(int fd, const struct iovec *iov, int iovcnt);
ssize_t preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset);
ssize_t pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset);

#ifdef _GNU_SOURCE
/* preadv2/pwritev2's flags (offset -1: the file's own position) */
#define RWF_HIPRI 0x00000001
#define RWF_DSYNC 0x00000002
#define RWF_SYNC 0x00000004
ssize_t preadv2(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags);
ssize_t pwritev2(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags);
#endif

#endif
