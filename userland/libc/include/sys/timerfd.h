#ifndef _SYS_TIMERFD_H
#define _SYS_TIMERFD_H

/* timerfd: timers as files, read for their expirations (the kernel's fs/timerfd.c). */
#include <time.h>

enum {
    TFD_CLOEXEC = 02000000,
    TFD_NONBLOCK = 00004000
};
#define TFD_CLOEXEC TFD_CLOEXEC
#define TFD_NONBLOCK TFD_NONBLOCK

enum {
    TFD_TIMER_ABSTIME = 1 << 0,
    TFD_TIMER_CANCEL_ON_SET = 1 << 1
};
#define TFD_TIMER_ABSTIME TFD_TIMER_ABSTIME
#define TFD_TIMER_CANCEL_ON_SET TFD_TIMER_CANCEL_ON_SET

int timerfd_create(clockid_t clock_id, int flags);
int timerfd_settime(int fd, int flags, const struct itimerspec *new_value, struct itimerspec *old_value);
int timerfd_gettime(int fd, struct itimerspec *curr_value);

#endif
