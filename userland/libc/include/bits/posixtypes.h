#ifndef _BITS_POSIXTYPES_H
#define _BITS_POSIXTYPES_H

/*
 * The POSIX types of <sys/types.h> without its exact-width and BSD names.
 * glibc's <stdio.h>, <time.h>, <unistd.h>, <signal.h> and <fcntl.h> give
 * these (ssize_t, off_t, pid_t...) but not int8_t, uint or u_char, so a
 * program that includes only those headers may define such names itself.
 */
#define __need_size_t
#define __need_NULL
#include <stddef.h>

typedef long ssize_t;
typedef long off_t;
#if defined(_GNU_SOURCE) || defined(_LARGEFILE64_SOURCE)
typedef long off64_t;
#endif
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int id_t;
typedef unsigned int mode_t;
typedef unsigned long dev_t;
typedef unsigned long ino_t;
typedef unsigned long nlink_t;
typedef long blksize_t;
typedef long blkcnt_t;
typedef long time_t;
typedef long suseconds_t;
typedef long clock_t;
typedef int clockid_t;
typedef int key_t;
typedef unsigned int useconds_t;
typedef void *timer_t;
typedef unsigned long fsblkcnt_t;
typedef unsigned long fsfilcnt_t;
typedef long loff_t;
typedef struct { int __val[2]; } fsid_t;

#endif
