#ifndef _SYS_SENDFILE_H
#define _SYS_SENDFILE_H

#include <sys/types.h>

/* Copy count bytes of in_fd (from *offset, or its position) to out_fd, in the kernel. */
ssize_t sendfile(int out_fd, int in_fd, off_t *offset, size_t count);

#endif
