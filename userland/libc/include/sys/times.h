#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H

#include <sys/types.h>

/* CPU time in clock ticks (sysconf(_SC_CLK_TCK) per second). */
struct tms {
    clock_t tms_utime;
    clock_t tms_stime;
    clock_t tms_cutime;
    clock_t tms_cstime;
};

clock_t times(struct tms *buf);

#endif
