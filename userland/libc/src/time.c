/*
 * Clocks, sleeping and calendar conversion (UTC only: there are no time zones here).
 */
#include <time.h>
#include <unistd.h>
#include <errno.h>
#include <sys/time.h>
#include <sys/syscall.h>
#include "libc.h"

time_t time(time_t *t)
{
    struct timespec ts;
    time_t now;

    if (clock_gettime(CLOCK_REALTIME, &ts) < 0)
        return (time_t)-1;
    now = ts.tv_sec;
    if (t != NULL)
        *t = now;
    return now;
}

int gettimeofday(struct timeval *tv, struct timezone *tz)
{
    return (int)__syscall_ret(__syscall2(SYS_gettimeofday, tv, tz));
}

int clock_gettime(clockid_t clock, struct timespec *ts)
{
    return (int)__syscall_ret(__syscall2(SYS_clock_gettime, clock, ts));
}

clock_t clock(void)
{
    struct timespec ts;

    /* Process CPU time (clock 2); a kernel without it gets monotonic time. */
    if (clock_gettime(2, &ts) < 0 && clock_gettime(CLOCK_MONOTONIC, &ts) < 0)
        return (clock_t)-1;
    return (clock_t)(ts.tv_sec * 1000000L + ts.tv_nsec / 1000);
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
    return (int)__syscall_ret(__syscall_cp2(SYS_nanosleep, req, rem));
}

int clock_nanosleep(clockid_t clock, int flags, const struct timespec *req, struct timespec *rem)
{
    long r;

    /* A thread cannot sleep until its own CPU time passes something: glibc refuses it here. */
    if (clock == CLOCK_THREAD_CPUTIME_ID)
        return EINVAL;
    r = __syscall_cp4(SYS_clock_nanosleep, clock, flags, req, rem);

    return r < 0 ? (int)-r : 0;
}

unsigned int sleep(unsigned int seconds)
{
    struct timespec req, rem;

    req.tv_sec = seconds;
    req.tv_nsec = 0;
    if (nanosleep(&req, &rem) < 0)
        return (unsigned int)rem.tv_sec;
    return 0;
}

int usleep(unsigned long usec)
{
    struct timespec req;

    req.tv_sec = (time_t)(usec / 1000000);
    req.tv_nsec = (long)(usec % 1000000) * 1000;
    return nanosleep(&req, NULL);
}

struct tm *gmtime_r(const time_t *t, struct tm *out)
{
    static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    long days = *t / 86400;
    long secs = *t % 86400;
    long year = 1970;
    int mon, len;

    if (secs < 0) {
        secs += 86400;
        days--;
    }
    out->tm_hour = (int)(secs / 3600);
    out->tm_min = (int)(secs / 60 % 60);
    out->tm_sec = (int)(secs % 60);
    /* 1970-01-01 was a Thursday. */
    out->tm_wday = (int)(((days % 7) + 11) % 7);
    /* Whole 400-year cycles (146097 days) first: the loops below then run at most 400 times. */
    year += days / 146097 * 400;
    days %= 146097;
    while (days < 0) {
        year--;
        days += __is_leap_year(year) ? 366 : 365;
    }
    while (days >= (__is_leap_year(year) ? 366 : 365)) {
        days -= __is_leap_year(year) ? 366 : 365;
        year++;
    }
    /* A year tm_year cannot hold: glibc's answer is NULL and EOVERFLOW. */
    if (year - 1900 > 0x7fffffffL || year - 1900 < -0x7fffffffL - 1) {
        errno = EOVERFLOW;
        return NULL;
    }
    out->tm_year = (int)(year - 1900);
    out->tm_yday = (int)days;
    for (mon = 0; mon < 12; mon++) {
        len = mdays[mon] + (mon == 1 && __is_leap_year(year));
        if (days < len)
            break;
        days -= len;
    }
    out->tm_mon = mon;
    out->tm_mday = (int)days + 1;
    out->tm_isdst = 0;
    out->tm_gmtoff = 0;
    out->tm_zone = "GMT";
    return out;
}

struct tm *gmtime(const time_t *t)
{
    static struct tm result;
    return gmtime_r(t, &result);
}

int clock_getres(clockid_t clock, struct timespec *ts)
{
    return (int)__syscall_ret(__syscall2(SYS_clock_getres, clock, ts));
}
