/* errno.h - user-visible error numbers plus the kernel-internal ones. */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#include <asm-generic/errno.h>

#define ERESTARTSYS	512
#define ERESTARTNOHAND	514	/* restart if no handler ran (a stop and SIGCONT), else EINTR */
#define ENOIOCTLCMD	515
#define ENOTSUPP	524

#define MAX_ERRNO	4095
#define IS_ERR_VALUE(x) ((unsigned long)(x) >= (unsigned long)-MAX_ERRNO)

#endif
