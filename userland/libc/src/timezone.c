/*
 * Time zones: tzset() chooses the zone from TZ, and calendar.c asks this file for the UTC
 * offset in effect at an instant (localtime) or for a wall time (mktime).
 *
 *   TZ unset            /etc/localtime (a TZif file), UTC if unreadable
 *   TZ ":"              UTC
 *   TZ ""               the file Universal (UTC), as glibc
 *   TZ "[:]NAME"        the TZif file $TZDIR/NAME (or NAME itself when absolute); tzdata
 *                       files win over POSIX strings of the same spelling ("EST5EDT")
 *   otherwise           a POSIX TZ string (XBD 8.3): std offset [dst [offset] [,rule,rule]]
 *
 * A TZif file's footer is also a POSIX TZ string: it rules after the last transition.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "libc.h"

/* tzif.c */
int __tzif_load(const char *path);
const char *__tzif_footer(void);
int __tzif_find(long long t, long *utoff, int *isdst, const char **abbr);
int __tzif_nearest(long long t, int isdst, long *utoff);
void __tzif_names(const char **std, const char **dst, long *std_utoff, int *has_dst);

char *tzname[2] = { "UTC", "UTC" };
long timezone;
int daylight;

/* When daylight time starts or ends: a day of the year and a local time of that day. */
struct rule {
    char kind;          /* 'J': day 1..365, Feb 29 never counted; 'D': day 0..365;
                           'M': week (1..5, 5 = last) and weekday of a month */
    int day, week, month;
    long time;          /* seconds after local midnight; may be negative or past 24h */
};

struct posix_zone {
    char std[32], dst[32];
    long std_utoff, dst_utoff;  /* seconds east of UTC (the string says west) */
    int has_dst;
    struct rule start, end;
};

static struct posix_zone rules;     /* TZ itself, or the TZif file's footer */
static int from_file;               /* the zone is a TZif file */
static char *current_tz;            /* TZ when the zone was chosen (NULL: unset) */
static int chosen;                  /* tzset has run */

/* ---- the calendar ---------------------------------------------------------------- */

static long long floor_div(long long a, long long b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/* The year holding day number `days` (days since 1970-01-01). */
static long long year_of_day(long long days)
{
    long long y = 1970 + floor_div(days * 400, 146097);

    while (__days_from_civil(y + 1, 1, 1) <= days)
        y++;
    while (__days_from_civil(y, 1, 1) > days)
        y--;
    return y;
}

/* The day number (since 1970-01-01) a rule names in a year. */
static long long rule_day(const struct rule *r, long long year)
{
    static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    long long jan1 = __days_from_civil(year, 1, 1), first;
    int wday, mday, len;

    if (r->kind == 'J')     /* 1..365 without Feb 29: March 1 is always day 60 */
        return jan1 + r->day - 1 + (__is_leap_year(year) && r->day >= 60);
    if (r->kind == 'D')
        return jan1 + r->day;
    first = __days_from_civil(year, r->month, 1);
    wday = (int)(((first % 7) + 11) % 7);           /* 1970-01-01 was a Thursday */
    mday = 1 + (r->day - wday + 7) % 7 + (r->week - 1) * 7;
    len = mdays[r->month - 1] + (r->month == 2 && __is_leap_year(year));
    while (mday > len)                              /* week 5: the last such weekday */
        mday -= 7;
    return first + mday - 1;
}

/* Whether daylight time is in effect at instant t under a POSIX zone with rules. */
static int in_dst(const struct posix_zone *z, long long t)
{
    long long year = year_of_day(floor_div(t + z->std_utoff, 86400));
    /* The start time is given in standard time, the end time in daylight time. */
    long long start = rule_day(&z->start, year) * 86400 + z->start.time - z->std_utoff;
    long long end = rule_day(&z->end, year) * 86400 + z->end.time - z->dst_utoff;

    if (start < end)
        return t >= start && t < end;
    /* Southern hemisphere: daylight time spans the new year. */
    return !(t >= end && t < start);
}

/* ---- POSIX TZ strings -------------------------------------------------------------- */

/* A zone name: 3+ letters, or <...> holding 3+ letters, digits, '+' and '-'. */
static int parse_name(const char **sp, char *out, size_t size)
{
    const char *s = *sp;
    size_t n = 0;

    if (*s == '<') {
        for (s++; (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')
                  || *s == '+' || *s == '-'; s++)
            n++;
        if (*s != '>' || n < 3 || n >= size)
            return -1;
        memcpy(out, *sp + 1, n);
        s++;
    } else {
        for (; (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'); s++)
            n++;
        if (n < 3 || n >= size)
            return -1;
        memcpy(out, *sp, n);
    }
    out[n] = '\0';
    *sp = s;
    return 0;
}

static int parse_number(const char **sp, long max, long *value)
{
    const char *s = *sp;
    long v = 0;

    if (*s < '0' || *s > '9')
        return -1;
    for (; *s >= '0' && *s <= '9'; s++) {
        v = v * 10 + (*s - '0');
        if (v > max)
            return -1;
    }
    *value = v;
    *sp = s;
    return 0;
}

/* [+-]hh[:mm[:ss]] in seconds. Hours go to 167: TZif footers use rule times like "/-1" or "/26". */
static int parse_time(const char **sp, long *secs)
{
    const char *s = *sp;
    long sign = 1, h, m = 0, sec = 0;

    if (*s == '+' || *s == '-')
        sign = *s++ == '-' ? -1 : 1;
    if (parse_number(&s, 167, &h) != 0)
        return -1;
    if (*s == ':') {
        s++;
        if (parse_number(&s, 59, &m) != 0)
            return -1;
        if (*s == ':') {
            s++;
            if (parse_number(&s, 59, &sec) != 0)
                return -1;
        }
    }
    *secs = sign * (h * 3600 + m * 60 + sec);
    *sp = s;
    return 0;
}

/* Jn, n or Mm.w.d, then an optional /time (02:00:00 by default). */
static int parse_rule(const char **sp, struct rule *r)
{
    const char *s = *sp;
    long v;

    r->time = 2 * 3600;
    if (*s == 'J') {
        s++;
        if (parse_number(&s, 365, &v) != 0 || v < 1)
            return -1;
        r->kind = 'J';
        r->day = (int)v;
    } else if (*s == 'M') {
        s++;
        r->kind = 'M';
        if (parse_number(&s, 12, &v) != 0 || v < 1 || *s++ != '.')
            return -1;
        r->month = (int)v;
        if (parse_number(&s, 5, &v) != 0 || v < 1 || *s++ != '.')
            return -1;
        r->week = (int)v;
        if (parse_number(&s, 6, &v) != 0)
            return -1;
        r->day = (int)v;
    } else {
        if (parse_number(&s, 365, &v) != 0)
            return -1;
        r->kind = 'D';
        r->day = (int)v;
    }
    if (*s == '/') {
        s++;
        if (parse_time(&s, &r->time) != 0)
            return -1;
    }
    *sp = s;
    return 0;
}

/*
 * Parses a POSIX TZ string. What glibc shows for broken strings is kept: a name without
 * an offset is a zone at UTC named so (tzname[1] ""), and without a valid name both names
 * are "". A daylight name without rules gets the US rules (M3.2.0,M11.1.0).
 */
static void parse_posix(const char *s, struct posix_zone *z)
{
    static const struct rule us_start = { 'M', 0, 2, 3, 7200 }, us_end = { 'M', 0, 1, 11, 7200 };
    long west;

    memset(z, 0, sizeof *z);
    if (parse_name(&s, z->std, sizeof z->std) != 0)
        return;
    if (parse_time(&s, &west) != 0)
        return;
    z->std_utoff = z->dst_utoff = -west;
    strcpy(z->dst, z->std);
    if (*s == '\0' || parse_name(&s, z->dst, sizeof z->dst) != 0)
        return;
    z->has_dst = 1;
    z->dst_utoff = z->std_utoff + 3600;
    if (*s != '\0' && *s != ',' && parse_time(&s, &west) == 0)
        z->dst_utoff = -west;
    z->start = us_start;
    z->end = us_end;
    if (*s == ',') {
        struct rule start, end;
        s++;
        if (parse_rule(&s, &start) == 0 && *s++ == ',' && parse_rule(&s, &end) == 0) {
            z->start = start;
            z->end = end;
        }
    }
}

/* ---- choosing the zone ------------------------------------------------------------- */

static int load_file(const char *name)
{
    const char *dir = getenv("TZDIR");
    char path[512];

    if (name[0] == '/') {
        if (strlen(name) >= sizeof path)
            return -1;
        strcpy(path, name);
    } else {
        if (dir == NULL || *dir == '\0')
            dir = "/usr/share/zoneinfo";
        if (strlen(dir) + strlen(name) + 2 > sizeof path)
            return -1;
        strcpy(path, dir);
        strcat(path, "/");
        strcat(path, name);
    }
    return __tzif_load(path);
}

static void use_posix(const char *s)
{
    from_file = 0;
    parse_posix(s, &rules);
    tzname[0] = rules.std;
    tzname[1] = rules.dst;
    timezone = -rules.std_utoff;
    daylight = rules.has_dst;
}

static void use_file(void)
{
    const char *std, *dst;
    long std_utoff;

    from_file = 1;
    memset(&rules, 0, sizeof rules);
    parse_posix(__tzif_footer(), &rules);
    __tzif_names(&std, &dst, &std_utoff, &daylight);
    tzname[0] = (char *)std;
    tzname[1] = (char *)dst;
    timezone = -std_utoff;
}

/* Whether TZ still reads as when the zone was chosen. */
static int tz_unchanged(const char *tz)
{
    if (tz == NULL || current_tz == NULL)
        return tz == NULL && current_tz == NULL;
    return strcmp(tz, current_tz) == 0;
}

void tzset(void)
{
    const char *tz = getenv("TZ");

    if (chosen && tz_unchanged(tz))
        return;
    chosen = 1;
    free(current_tz);
    current_tz = tz == NULL ? NULL : strdup(tz);
    if (tz == NULL) {
        if (load_file("/etc/localtime") == 0)
            use_file();
        else
            use_posix("UTC0");
    } else if (strcmp(tz, ":") == 0) {
        use_posix("UTC0");
    } else if (tz[0] == '\0') {
        /* glibc reads the file "Universal" (UTC); without it, the name with no offset. */
        if (load_file("Universal") == 0)
            use_file();
        else
            use_posix("Universal");
    } else {
        if (*tz == ':')
            tz++;
        if (load_file(tz) == 0)
            use_file();
        else
            use_posix(tz);
    }
}

/* ---- questions from calendar.c ----------------------------------------------------- */

static void posix_local(long long t, long *utoff, int *isdst, const char **abbr)
{
    *isdst = rules.has_dst && in_dst(&rules, t);
    *utoff = *isdst ? rules.dst_utoff : rules.std_utoff;
    *abbr = *isdst ? rules.dst : rules.std;
}

/* The offset, daylight flag and abbreviation in effect at instant t (tzset first). */
void __tz_local(long long t, long *utoff, int *isdst, const char **abbr)
{
    tzset();
    if (from_file && __tzif_find(t, utoff, isdst, abbr))
        return;
    posix_local(t, utoff, isdst, abbr);
}

/*
 * The offset of the kind isdst (0 standard, 1 daylight) that a wall time near instant t
 * is read with when mktime is told which kind it is. A zone without that kind of time
 * there: daylight time is taken as an hour ahead of standard time (and the reverse).
 */
long __tz_offset_of_kind(long long t, int isdst)
{
    long utoff;
    int now_dst;
    const char *abbr;

    tzset();
    if (from_file) {
        int footer_rules = !__tzif_find(t, &utoff, &now_dst, &abbr);
        if (footer_rules && (isdst == 0 || rules.has_dst))
            return isdst ? rules.dst_utoff : rules.std_utoff;
        if (__tzif_nearest(t, isdst, &utoff))
            return utoff;
    } else if (isdst == 0 || rules.has_dst) {
        return isdst ? rules.dst_utoff : rules.std_utoff;
    }
    __tz_local(t, &utoff, &now_dst, &abbr);
    if (now_dst != isdst)
        utoff += isdst ? 3600 : -3600;
    return utoff;
}
