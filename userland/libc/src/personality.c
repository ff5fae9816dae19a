/*
 * personality: the kernel's answer, the old personality, as it is: it
 * never fails, so (as in glibc) no value is taken for an error.
 */
#include <sys/personality.h>
#include <sys/syscall.h>
#include "libc.h"

int personality(unsigned long persona)
{
    return (int)__syscall1(SYS_personality, (unsigned int)persona);
}
