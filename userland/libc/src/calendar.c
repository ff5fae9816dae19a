/*
 * Broken-down time: mktime, localtime, asctime, ctime and difftime (strftime.c formats).
 * There are no time zones here: local time is UTC, as on a host without TZ.
 */
#include <time.h>
#include <stdio.h>
#include <string.h>
#include "libc.h"

/* The C locale's names (strptime.c reads them too). */
const char *const __day_names[7] = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};
const char *const __month_names[12] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
};

/* Days from 1970-01-01 to year-month-day (proleptic Gregorian; month 1..12). */
static long days_from_civil(long y, long m, long d)
{
    long era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* Normalise the fields (any may be out of range) and return seconds since the epoch. */
time_t timegm(struct tm *tm)
{
    long year = tm->tm_year + 1900L, mon = tm->tm_mon, days;
    time_t t;

    year += mon / 12;
    mon %= 12;
    if (mon < 0) {
        mon += 12;
        year--;
    }
    days = days_from_civil(year, mon + 1, 1) + tm->tm_mday - 1;
    t = (time_t)days * 86400 + (time_t)tm->tm_hour * 3600 + (time_t)tm->tm_min * 60 + tm->tm_sec;
    gmtime_r(&t, tm);
    return t;
}

time_t mktime(struct tm *tm)
{
    time_t t = timegm(tm);

    tm->tm_zone = "UTC";
    return t;
}

struct tm *localtime_r(const time_t *t, struct tm *out)
{
    /* A year past int's range: NULL and EOVERFLOW, from gmtime_r. */
    if (gmtime_r(t, out) == NULL)
        return NULL;
    out->tm_zone = "UTC";
    return out;
}

struct tm *localtime(const time_t *t)
{
    static struct tm result;
    return localtime_r(t, &result);
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

/* Time-zone state for programs that read it: always UTC. */
char *tzname[2] = { "UTC", "UTC" };
long timezone;
int daylight;

void tzset(void)
{
}
