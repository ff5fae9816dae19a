/* timerfd.h - timers as files (fs/timerfd.c). */
#ifndef _LINUX_TIMERFD_H
#define _LINUX_TIMERFD_H

#include <linux/types.h>

/* From the timer interrupt: count the expiries up to local_clock() mono and wake their waiters. */
void timerfd_run(u64 mono);

#endif
