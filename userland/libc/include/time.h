#ifndef _TIME_H
#define _TIME_H

#include <bits/posixtypes.h>

#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3
#define CLOCK_MONOTONIC_RAW 4
#define CLOCK_REALTIME_COARSE 5
#define CLOCK_MONOTONIC_COARSE 6
#define CLOCK_BOOTTIME 7
#define CLOCK_REALTIME_ALARM 8
#define CLOCK_BOOTTIME_ALARM 9
#define CLOCK_TAI 11
#define TIME_UTC 1
#define TIMER_ABSTIME 1

#ifndef NULL
#define NULL ((void *)0)
#endif
#define CLOCKS_PER_SEC 1000000L

#include <bits/timespec.h>

/* A timer's setting: the first expiry and the period (timerfd_settime, timer_settime). */
#ifndef __itimerspec_defined
#define __itimerspec_defined 1
struct itimerspec {
    struct timespec it_interval;
    struct timespec it_value;
};
#endif

struct tm {
    int tm_sec;
    int tm_min;
    int tm_hour;
    int tm_mday;
    int tm_mon;
    int tm_year;
    int tm_wday;
    int tm_yday;
    int tm_isdst;
    long tm_gmtoff;
    const char *tm_zone;
};

time_t time(time_t *t);
int nanosleep(const struct timespec *req, struct timespec *rem);
/* Returns the error number itself (not -1 and errno), as POSIX says. */
int clock_nanosleep(clockid_t clock, int flags, const struct timespec *req, struct timespec *rem);
int clock_gettime(clockid_t clock, struct timespec *ts);
int clock_settime(clockid_t clock, const struct timespec *ts);
int timespec_get(struct timespec *ts, int base);
clock_t clock(void);
struct tm *gmtime(const time_t *t);
struct tm *gmtime_r(const time_t *t, struct tm *out);
struct tm *localtime(const time_t *t);
struct tm *localtime_r(const time_t *t, struct tm *out);
time_t mktime(struct tm *tm);
time_t timegm(struct tm *tm);
double difftime(time_t end, time_t start);
char *asctime(const struct tm *tm);
char *asctime_r(const struct tm *tm, char *buf);
char *ctime(const time_t *t);
char *ctime_r(const time_t *t, char *buf);
size_t strftime(char *s, size_t max, const char *fmt, const struct tm *tm);
#include <bits/locale_t.h>
size_t strftime_l(char *s, size_t max, const char *fmt, const struct tm *tm, locale_t loc);
#if defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE)
char *strptime(const char *s, const char *fmt, struct tm *tm);
#endif
int clock_getres(clockid_t clock, struct timespec *ts);
int clock_getcpuclockid(pid_t pid, clockid_t *clock);

/* POSIX timers (timer.c; SIGEV_THREAD in timer_thread.c). */
struct sigevent;
int timer_create(clockid_t clock, struct sigevent *sev, timer_t *timerid);
int timer_settime(timer_t timerid, int flags, const struct itimerspec *value,
                  struct itimerspec *ovalue);
int timer_gettime(timer_t timerid, struct itimerspec *value);
int timer_getoverrun(timer_t timerid);
int timer_delete(timer_t timerid);

extern char *tzname[2];
extern long timezone;
extern int daylight;
void tzset(void);

#endif
