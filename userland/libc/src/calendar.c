/*
 * Broken-down time: mktime, localtime, asctime, ctime, difftime and strftime.
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
    gmtime_r(t, out);
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
    return asctime_r(localtime_r(t, &tm), buf);
}

char *ctime(const time_t *t)
{
    struct tm tm;
    return asctime(localtime_r(t, &tm));
}

/* ISO 8601 week number and its year (weeks start on Monday; week 1 holds January 4th). */
static int iso_week(const struct tm *tm, int *iso_year)
{
    int wday = (tm->tm_wday + 6) % 7;            /* Monday = 0 */
    int year = tm->tm_year + 1900;
    int week = (tm->tm_yday - wday + 10) / 7;
    int leap, prev_len, jan1;

    if (week < 1) {
        year--;
        leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        prev_len = 365 + leap;
        week = (tm->tm_yday + prev_len - wday + 10) / 7;
    } else {
        leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        /* Past the last week when Dec 29-31 fall in next year's week 1. */
        jan1 = (wday - tm->tm_yday % 7 + 7 * 53) % 7;   /* weekday of Jan 1 */
        if (week == 53 && !(jan1 == 3 || (jan1 == 2 && leap))) {
            week = 1;
            year++;
        }
    }
    *iso_year = year;
    return week;
}

typedef struct {
    char *buf;
    size_t size, len;
    int overflow;
} out_buf;

static void put(out_buf *o, const char *s, size_t n)
{
    if (o->len + n >= o->size) {
        o->overflow = 1;
        return;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
}

/* A number with glibc's padding flags: '-' none, '_' spaces, '0' zeros (the default pad). */
static void put_num(out_buf *o, long v, int width, char flag, char pad)
{
    char tmp[32];
    int n;

    if (flag == '-')
        width = 1;
    else if (flag == '_')
        pad = ' ';
    else if (flag == '0')
        pad = '0';
    n = pad == ' ' ? snprintf(tmp, sizeof(tmp), "%*ld", width, v) : snprintf(tmp, sizeof(tmp), "%0*ld", width, v);
    put(o, tmp, (size_t)n);
}

static void put_str(out_buf *o, const char *s)
{
    put(o, s, strlen(s));
}

static void format_tm(out_buf *o, const char *fmt, const struct tm *tm);

static void format_one(out_buf *o, char c, char flag, const struct tm *tm)
{
    int hour12 = tm->tm_hour % 12 == 0 ? 12 : tm->tm_hour % 12, iso_year, week;
    const char *day = tm->tm_wday >= 0 && tm->tm_wday < 7 ? __day_names[tm->tm_wday] : "?";
    const char *month = tm->tm_mon >= 0 && tm->tm_mon < 12 ? __month_names[tm->tm_mon] : "?";
    struct tm copy;
    char tmp[64];

    switch (c) {
    case 'a': put(o, day, 3); break;
    case 'A': put_str(o, day); break;
    case 'b': case 'h': put(o, month, 3); break;
    case 'B': put_str(o, month); break;
    case 'c': format_tm(o, "%a %b %e %H:%M:%S %Y", tm); break;
    case 'C': put_num(o, (tm->tm_year + 1900L) / 100, 2, flag, '0'); break;
    case 'd': put_num(o, tm->tm_mday, 2, flag, '0'); break;
    case 'D': format_tm(o, "%m/%d/%y", tm); break;
    case 'e': put_num(o, tm->tm_mday, 2, flag, ' '); break;
    case 'F': format_tm(o, "%Y-%m-%d", tm); break;
    case 'g': iso_week(tm, &iso_year); put_num(o, iso_year % 100, 2, flag, '0'); break;
    case 'G': iso_week(tm, &iso_year); put_num(o, iso_year, 1, flag, '0'); break;
    case 'H': put_num(o, tm->tm_hour, 2, flag, '0'); break;
    case 'I': put_num(o, hour12, 2, flag, '0'); break;
    case 'j': put_num(o, tm->tm_yday + 1, 3, flag, '0'); break;
    case 'k': put_num(o, tm->tm_hour, 2, flag, ' '); break;
    case 'l': put_num(o, hour12, 2, flag, ' '); break;
    case 'm': put_num(o, tm->tm_mon + 1, 2, flag, '0'); break;
    case 'M': put_num(o, tm->tm_min, 2, flag, '0'); break;
    case 'n': put_str(o, "\n"); break;
    case 'p': put_str(o, tm->tm_hour < 12 ? "AM" : "PM"); break;
    case 'P': put_str(o, tm->tm_hour < 12 ? "am" : "pm"); break;
    case 'r': format_tm(o, "%I:%M:%S %p", tm); break;
    case 'R': format_tm(o, "%H:%M", tm); break;
    case 's':
        copy = *tm;
        snprintf(tmp, sizeof(tmp), "%ld", (long)timegm(&copy));
        put_str(o, tmp);
        break;
    case 'S': put_num(o, tm->tm_sec, 2, flag, '0'); break;
    case 't': put_str(o, "\t"); break;
    case 'T': format_tm(o, "%H:%M:%S", tm); break;
    case 'u': put_num(o, tm->tm_wday == 0 ? 7 : tm->tm_wday, 1, flag, '0'); break;
    case 'U': put_num(o, (tm->tm_yday + 7 - tm->tm_wday) / 7, 2, flag, '0'); break;
    case 'V': week = iso_week(tm, &iso_year); put_num(o, week, 2, flag, '0'); break;
    case 'w': put_num(o, tm->tm_wday, 1, flag, '0'); break;
    case 'W': put_num(o, (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2, flag, '0'); break;
    case 'x': format_tm(o, "%m/%d/%y", tm); break;
    case 'X': format_tm(o, "%H:%M:%S", tm); break;
    case 'y': put_num(o, (tm->tm_year + 1900L) % 100, 2, flag, '0'); break;
    case 'Y': put_num(o, tm->tm_year + 1900L, 1, flag, '0'); break;
    case 'z': put_str(o, "+0000"); break;
    case 'Z': put_str(o, tm->tm_zone != NULL ? tm->tm_zone : "GMT"); break;
    case '%': put_str(o, "%"); break;
    default:
        /* Unknown conversions are copied as written. */
        tmp[0] = '%';
        tmp[1] = c;
        put(o, tmp, 2);
        break;
    }
}

static void format_tm(out_buf *o, const char *fmt, const struct tm *tm)
{
    char flag;

    for (; *fmt != '\0'; fmt++) {
        if (*fmt != '%' || fmt[1] == '\0') {
            put(o, fmt, 1);
            continue;
        }
        fmt++;
        flag = 0;
        if (*fmt == '-' || *fmt == '_' || *fmt == '0' || *fmt == '^' || *fmt == '#')
            flag = *fmt++;
        /* E and O modifiers select alternative forms, which the C locale does not have. */
        if (*fmt == 'E' || *fmt == 'O')
            fmt++;
        if (*fmt == '\0')
            break;
        format_one(o, *fmt, flag, tm);
    }
}

size_t strftime(char *s, size_t max, const char *fmt, const struct tm *tm)
{
    out_buf o;

    o.buf = s;
    o.size = max;
    o.len = 0;
    o.overflow = 0;
    format_tm(&o, fmt, tm);
    if (o.overflow || max == 0)
        return 0;
    s[o.len] = '\0';
    return o.len;
}

/* Time-zone state for programs that read it: always UTC. */
char *tzname[2] = { "UTC", "UTC" };
long timezone;
int daylight;

void tzset(void)
{
}
