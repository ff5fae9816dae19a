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

#endif
