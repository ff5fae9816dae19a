/*
 * syscall(): call any system call by number, as glibc's does.
 */
#include <stdarg.h>
#include <unistd.h>
#include <errno.h>
#include "libc.h"

long syscall(long number, ...)
{
    va_list ap;
    long a1, a2, a3, a4, a5, a6;

    /* We cannot know how many arguments the caller passed; read six, as glibc does. */
    va_start(ap, number);
    a1 = va_arg(ap, long);
    a2 = va_arg(ap, long);
    a3 = va_arg(ap, long);
    a4 = va_arg(ap, long);
    a5 = va_arg(ap, long);
    a6 = va_arg(ap, long);
    va_end(ap);
    return __syscall_ret(__syscall6(number, a1, a2, a3, a4, a5, a6));
}

/* errno itself is per thread: see __errno_location in tls.c. */
long __syscall_ret(long r)
{
    if (r < 0 && r >= -4095) {
        errno = (int)-r;
        return -1;
    }
    return r;
}
