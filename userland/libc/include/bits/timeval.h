#ifndef _BITS_TIMEVAL_H
#define _BITS_TIMEVAL_H

/* Seconds and microseconds: from <sys/time.h>, and from <sys/select.h> for select. */
#include <bits/posixtypes.h>

struct timeval {
    time_t tv_sec;
    suseconds_t tv_usec;
};

#endif
