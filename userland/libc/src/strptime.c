/*
 * strptime: text to broken-down time, the inverse of strftime in the C
 * locale. Like glibc it leaves fields the format does not mention alone,
 * and afterwards derives the weekday and the day of the year (and the month
 * and day from %j) when the date was given.
 */
#define _GNU_SOURCE
#include <time.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include "libc.h"

/* What was seen, for the fix-ups at the end. */
struct parse_state {
    int century;      /* from %C, or -1 */
    int year_in_century; /* from %y, or -1 */
    int pm;           /* 1 after "PM", 0 after "AM", -1 when absent */
    int twelve_hour;  /* the hour came from %I or %r */
    int have_date;    /* some date field was set: derive wday and yday */
    int have_wday;
    int have_yday;
    int have_mon_mday;
};

static const char *skip_space(const char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    return s;
}

/* Up to `digits` digits (after optional blanks), within [lo, hi]; NULL when not. */
static const char *number(const char *s, int lo, int hi, int digits, int *out)
{
    int v = 0, n = 0;

    s = skip_space(s);
    while (n < digits && isdigit((unsigned char)*s)) {
        v = v * 10 + (*s++ - '0');
        n++;
    }
    if (n == 0)
        return NULL;
    if (v < lo || v > hi)
        return NULL;
    *out = v;
    return s;
}

/* A full or three-letter name from the table, any case; its index in *out. */
static const char *name(const char *s, const char *const *names, int count, int *out)
{
    int i;
    size_t len;

    for (i = 0; i < count; i++) {
        len = strlen(names[i]);
        if (strncasecmp(s, names[i], len) == 0) {
            *out = i;
            return s + len;
        }
    }
    for (i = 0; i < count; i++) {
        if (strncasecmp(s, names[i], 3) == 0) {
            *out = i;
            return s + 3;
        }
    }
    return NULL;
}

static const short days_before_month[2][13] = {
    { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 },
    { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 },
};

/* The weekday (Sunday 0) from the days since 0001-01-01, a Monday in the proleptic calendar. */
static int weekday(long year, int yday)
{
    long y = year - 1, days = y * 365 + y / 4 - y / 100 + y / 400 + yday;

    return (int)(((days + 1) % 7 + 7) % 7);
}

static const char *convert(const char *s, char c, struct tm *tm, struct parse_state *st);

/* Match a whole sub-format (the composite conversions %D, %T, %c...). */
static const char *parse(const char *s, const char *fmt, struct tm *tm, struct parse_state *st)
{
    while (*fmt != '\0' && s != NULL) {
        if (isspace((unsigned char)*fmt)) {
            s = skip_space(s);
            fmt++;
        } else if (*fmt != '%') {
            if (*s != *fmt)
                return NULL;
            s++;
            fmt++;
        } else {
            fmt++;
            /* The E and O modifiers select alternative forms the C locale does not have. */
            if (*fmt == 'E' || *fmt == 'O')
                fmt++;
            if (*fmt == '\0')
                return NULL;
            s = convert(s, *fmt++, tm, st);
        }
    }
    return s;
}

static const char *convert(const char *s, char c, struct tm *tm, struct parse_state *st)
{
    int v;
    char *end;
    time_t t;

    switch (c) {
    case '%':
        return *s == '%' ? s + 1 : NULL;
    case 'n':
    case 't':
        return skip_space(s);
    case 'a':
    case 'A':
        s = name(skip_space(s), __day_names, 7, &tm->tm_wday);
        st->have_wday = 1;
        return s;
    case 'b':
    case 'B':
    case 'h':
        s = name(skip_space(s), __month_names, 12, &tm->tm_mon);
        st->have_date = 1;
        return s;
    case 'c':
        return parse(s, "%a %b %e %H:%M:%S %Y", tm, st);
    case 'C':
        s = number(s, 0, 99, 2, &st->century);
        st->have_date = 1;
        return s;
    case 'd':
    case 'e':
        s = number(s, 1, 31, 2, &tm->tm_mday);
        st->have_date = st->have_mon_mday = 1;
        return s;
    case 'D':
    case 'x':
        return parse(s, "%m/%d/%y", tm, st);
    case 'F':
        return parse(s, "%Y-%m-%d", tm, st);
    case 'H':
    case 'k':
        st->twelve_hour = 0;
        return number(s, 0, 23, 2, &tm->tm_hour);
    case 'I':
    case 'l':
        s = number(s, 1, 12, 2, &v);
        if (s != NULL)
            tm->tm_hour = v % 12;
        st->twelve_hour = 1;
        return s;
    case 'j':
        s = number(s, 1, 366, 3, &v);
        if (s != NULL)
            tm->tm_yday = v - 1;
        st->have_date = st->have_yday = 1;
        return s;
    case 'm':
        s = number(s, 1, 12, 2, &v);
        if (s != NULL)
            tm->tm_mon = v - 1;
        st->have_date = st->have_mon_mday = 1;
        return s;
    case 'M':
        return number(s, 0, 59, 2, &tm->tm_min);
    case 'p':
        s = skip_space(s);
        if (strncasecmp(s, "AM", 2) == 0)
            st->pm = 0;
        else if (strncasecmp(s, "PM", 2) == 0)
            st->pm = 1;
        else
            return NULL;
        return s + 2;
    case 'r':
        return parse(s, "%I:%M:%S %p", tm, st);
    case 'R':
        return parse(s, "%H:%M", tm, st);
    case 's':
        t = (time_t)strtol(s, &end, 10);
        if (end == s)
            return NULL;
        localtime_r(&t, tm);
        return end;
    case 'S':
        return number(s, 0, 61, 2, &tm->tm_sec);
    case 'T':
    case 'X':
        return parse(s, "%H:%M:%S", tm, st);
    case 'u':
        s = number(s, 1, 7, 1, &v);
        if (s != NULL)
            tm->tm_wday = v % 7;
        st->have_wday = 1;
        return s;
    case 'w':
        s = number(s, 0, 6, 1, &tm->tm_wday);
        st->have_wday = 1;
        return s;
    case 'U':
    case 'W':
    case 'V':
        /* Week numbers are checked but, as in glibc without a weekday, not applied. */
        return number(s, 0, 53, 2, &v);
    case 'g':
        return number(s, 0, 99, 2, &v);
    case 'G':
        return number(s, 0, 9999, 4, &v);
    case 'y':
        s = number(s, 0, 99, 2, &st->year_in_century);
        st->have_date = 1;
        return s;
    case 'Y':
        s = number(s, 0, 9999, 4, &v);
        if (s != NULL)
            tm->tm_year = v - 1900;
        st->century = st->year_in_century = -1;
        st->have_date = 1;
        return s;
    case 'z':
        s = skip_space(s);
        if (*s == 'Z') {
            tm->tm_gmtoff = 0;
            return s + 1;
        }
        if (*s != '+' && *s != '-')
            return NULL;
        {
            int neg = *s++ == '-', hh, mm = 0;

            if (!isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]))
                return NULL;
            hh = (s[0] - '0') * 10 + (s[1] - '0');
            s += 2;
            if (*s == ':')
                s++;
            if (isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1])) {
                mm = (s[0] - '0') * 10 + (s[1] - '0');
                s += 2;
            }
            if (hh > 12 || mm > 59)
                return NULL;
            tm->tm_gmtoff = (neg ? -1 : 1) * (hh * 3600L + mm * 60L);
        }
        return s;
    case 'Z':
        /* A zone name is read over and ignored, as glibc does. */
        s = skip_space(s);
        while (*s != '\0' && !isspace((unsigned char)*s))
            s++;
        return s;
    default:
        return NULL;
    }
}

char *strptime(const char *s, const char *fmt, struct tm *tm)
{
    struct parse_state st = { -1, -1, -1, 0, 0, 0, 0, 0 };
    long year;
    int leap, m;

    s = parse(s, fmt, tm, &st);
    if (s == NULL)
        return NULL;
    if (st.twelve_hour && st.pm == 1)
        tm->tm_hour += 12;
    if (st.year_in_century >= 0) {
        if (st.century >= 0)
            tm->tm_year = st.century * 100 + st.year_in_century - 1900;
        else
            tm->tm_year = st.year_in_century + (st.year_in_century < 69 ? 100 : 0);
    } else if (st.century >= 0) {
        tm->tm_year = st.century * 100 - 1900;
    }
    if (st.have_date) {
        year = tm->tm_year + 1900L;
        leap = __is_leap_year(year);
        if (st.have_yday && !st.have_mon_mday && tm->tm_yday >= 0 && tm->tm_yday < 366) {
            for (m = 0; m < 11 && days_before_month[leap][m + 1] <= tm->tm_yday; m++)
                ;
            tm->tm_mon = m;
            tm->tm_mday = tm->tm_yday - days_before_month[leap][m] + 1;
        }
        if (tm->tm_mon >= 0 && tm->tm_mon < 12) {
            if (!st.have_yday)
                tm->tm_yday = days_before_month[leap][tm->tm_mon] + tm->tm_mday - 1;
            if (!st.have_wday)
                tm->tm_wday = weekday(year, tm->tm_yday);
        }
    }
    return (char *)s;
}
