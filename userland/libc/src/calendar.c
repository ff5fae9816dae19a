/*
 * Broken-down time: mktime, timegm, localtime, asctime, ctime and difftime (strftime.c
 * formats). timezone.c chooses the zone (tzset) and gives its offsets.
 */
#include <time.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include "libc.h"

/* The C locale's names (strptime.c reads them too). */
const char *const __day_names[7] = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};
const char *const __month_names[12] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
};

int __is_leap_year(long long year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* Days from 1970-01-01 to year-month-day (proleptic Gregorian; month 1..12). */
long long __days_from_civil(long long y, int m, int d)
{
    long long era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* timezone.c: the zone's offset at an instant, and for reading a wall time. */
void __tz_local(long long t, long *utoff, int *isdst, const char **abbr);
long __tz_offset_of_kind(long long t, int isdst);

/*
 * The fields (any may be out of range) as seconds since the epoch, reading them as UTC.
 * Even with every field at INT_MAX this stays far inside 64 bits (about 7e16).
 */
static long long wall_seconds(const struct tm *tm)
{
    long year = tm->tm_year + 1900L, mon = tm->tm_mon, days;

    year += mon / 12;
    mon %= 12;
    if (mon < 0) {
        mon += 12;
        year--;
    }
    days = __days_from_civil(year, (int)mon + 1, 1) + tm->tm_mday - 1;
    return (long long)days * 86400 + tm->tm_hour * 3600LL + tm->tm_min * 60LL + tm->tm_sec;
}

/* Normalise the fields and return seconds since the epoch; -1 and EOVERFLOW (the struct
   untouched) when the normalised year does not fit tm_year. */
time_t timegm(struct tm *tm)
{
    time_t t = (time_t)wall_seconds(tm);
    struct tm out;

    if (gmtime_r(&t, &out) == NULL) {
        tm->tm_isdst = 0;   /* glibc's timegm clears it even then */
        errno = EOVERFLOW;
        return (time_t)-1;
    }
    *tm = out;
    return t;
}

struct tm *localtime_r(const time_t *t, struct tm *out)
{
    struct tm tm;
    long utoff;
    int isdst;
    const char *abbr;
    time_t local;

    /* A year past int's range: NULL and EOVERFLOW, from gmtime_r (checked before adding
       the offset, which could not overflow then). */
    if (gmtime_r(t, &tm) == NULL)
        return NULL;
    __tz_local(*t, &utoff, &isdst, &abbr);
    local = *t + utoff;
    if (gmtime_r(&local, &tm) == NULL)
        return NULL;
    tm.tm_isdst = isdst;
    tm.tm_gmtoff = utoff;
    tm.tm_zone = abbr;
    *out = tm;
    return out;
}

struct tm *localtime(const time_t *t)
{
    static struct tm result;
    return localtime_r(t, &result);
}

/*
 * The offset mktime read its last wall time with. A wall time that occurs twice (the
 * hour repeated when daylight time ends) is read with it when it fits, so that a run
 * of calls stays on one side of the change: glibc behaves the same way.
 */
static long last_offset;

/* The instant for wall time `wall` (seconds, read as UTC) and tm_isdst. */
static long long wall_to_instant(long long wall, int isdst)
{
    long guess = last_offset, utoff;
    int now_dst, i;
    const char *abbr;

    if (isdst >= 0) {
        /* Read as that kind of time, whether or not the zone is on it then. */
        __tz_local(wall - guess, &utoff, &now_dst, &abbr);
        return wall - __tz_offset_of_kind(wall - utoff, isdst > 0);
    }
    /* Unknown kind: find an offset that gives back this wall time. */
    for (i = 0; i < 6; i++) {
        __tz_local(wall - guess, &utoff, &now_dst, &abbr);
        if (utoff == guess)
            return wall - guess;
        guess = utoff;
    }
    /*
     * None does: the wall time is in the hour skipped when clocks go forward, and the
     * guesses swing between the offsets before and after it. Read it with the one that
     * is standard time (02:30 EST is 03:30 EDT); both standard: with the earlier one.
     */
    {
        long other;
        int other_dst;

        __tz_local(wall - guess, &other, &other_dst, &abbr);
        __tz_local(wall - other, &utoff, &now_dst, &abbr);
        if (now_dst != other_dst)
            return wall - (now_dst ? other : utoff);
        return wall - (utoff < other ? utoff : other);
    }
}

time_t mktime(struct tm *tm)
{
    struct tm fields = *tm, out;
    long long wall;
    time_t t;

    /*
     * Seconds outside 0..59 count as elapsed time after the rest is read as a wall time
     * (as glibc: 01:59 plus 3600 s across a change is 03:59 EDT, not the wall time
     * 02:59). Only the minutes and above choose the offset.
     */
    fields.tm_sec = tm->tm_sec < 0 ? 0 : tm->tm_sec > 59 ? 59 : tm->tm_sec;
    wall = wall_seconds(&fields);
    tzset();
    t = (time_t)(wall_to_instant(wall, tm->tm_isdst) + (tm->tm_sec - fields.tm_sec));
    if (localtime_r(&t, &out) == NULL) {
        errno = EOVERFLOW;
        return (time_t)-1;
    }
    last_offset = (long)(wall + (tm->tm_sec - fields.tm_sec) - t);
    *tm = out;
    return t;
}

double difftime(time_t end, time_t start)
{
    return (double)end - (double)start;
}

char *asctime_r(const struct tm *tm, char *buf)
{
    sprintf(buf, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n",
            tm->tm_wday >= 0 && tm->tm_wday < 7 ? __day_names[tm->tm_wday] : "???",
            tm->tm_mon >= 0 && tm->tm_mon < 12 ? __month_names[tm->tm_mon] : "???",
            tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, 1900 + tm->tm_year);
    return buf;
}

char *asctime(const struct tm *tm)
{
    static char buf[64];
    return asctime_r(tm, buf);
}

char *ctime_r(const time_t *t, char *buf)
{
    struct tm tm;
    return localtime_r(t, &tm) == NULL ? NULL : asctime_r(&tm, buf);
}

char *ctime(const time_t *t)
{
    struct tm tm;
    return localtime_r(t, &tm) == NULL ? NULL : asctime(&tm);
}
