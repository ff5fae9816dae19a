#ifndef _BITS_TIMESPEC_H
#define _BITS_TIMESPEC_H

/* Seconds and nanoseconds: from <time.h>, and from <sys/select.h> for pselect. */
#include <bits/posixtypes.h>

struct timespec {
    time_t tv_sec;
    long tv_nsec;
};

#endif
