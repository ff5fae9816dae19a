/*
 * Time zones: for each zone (set with setenv + tzset), tzset's variables, localtime and
 * strftime at instants around daylight-time changes and far ahead, and mktime both ways
 * (tm_isdst -1/0/1, unnormalised fields, skipped and repeated hours), then mktime and
 * timegm on years past int. "posix" as argv[2] keeps to POSIX TZ strings (no zoneinfo).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *posix_zones[] = {
    "UTC", "", "GMT0", "EST5EDT,M3.2.0,M11.1.0", "CET-1CEST,M3.5.0,M10.5.0/3",
    "<+0330>-3:30", "JST-9", "NZST-12NZDT,M9.5.0,M4.1.0/3", "<-03>3", "IST-5:30",
    "EST5EDT,M3.2.0/-1,M11.1.0/26", "WET0WEST,J60/1,J300", "AAA3BBB,70,300/0:30",
};

static const char *file_zones[] = {
    "EST5EDT", "America/New_York", "Europe/London", "Europe/Berlin", ":Europe/Paris",
    "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham", "America/Sao_Paulo",
    "Africa/Casablanca", "/usr/share/zoneinfo/Asia/Tokyo", "Europe/Dublin",
};

/* Instants from 1971 on: some ordinary, some a second either side of a 2021 change. */
static const long long instants[] = {
    31536000, 500000000, 1000000000, 1615705199, 1615705200, 1615712399, 1615712400,
    1616893199, 1616893200, 1635641999, 1635642000, 1636264799, 1636264800,
    1617458400, 1632578400, 2147483647, 2147483648LL, 2500000000LL, 4102444800LL,
    13569526800LL, 13585248000LL,
};

static void show_tm(const char *label, const struct tm *tm)
{
    char buf[80];

    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %Z %z", tm);
    printf("  %s %s wday=%d yday=%d isdst=%d gmtoff=%ld\n", label, buf, tm->tm_wday,
           tm->tm_yday, tm->tm_isdst, tm->tm_gmtoff);
}

static void try_mktime(int y, int mon, int d, int h, int min, int s, int isdst)
{
    struct tm tm;
    time_t t;
    char label[64];

    memset(&tm, 0, sizeof tm);
    tm.tm_year = y - 1900;
    tm.tm_mon = mon - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = min;
    tm.tm_sec = s;
    tm.tm_isdst = isdst;
    t = mktime(&tm);
    snprintf(label, sizeof label, "mktime(%d-%d-%d %d:%d:%d isdst %d) = %lld", y, mon, d, h, min,
             s, isdst, (long long)t);
    show_tm(label, &tm);
}

static void zone(const char *tz)
{
    unsigned i;
    int isdst;

    setenv("TZ", tz, 1);
    tzset();
    printf("TZ=\"%s\": tzname=[%s,%s] timezone=%ld daylight=%d\n", tz, tzname[0], tzname[1],
           timezone, daylight);
    for (i = 0; i < sizeof instants / sizeof *instants; i++) {
        time_t t = (time_t)instants[i];
        struct tm tm, copy;
        char label[48];

        if (localtime_r(&t, &tm) == NULL) {
            printf("  %lld: localtime failed\n", instants[i]);
            continue;
        }
        snprintf(label, sizeof label, "%lld", instants[i]);
        show_tm(label, &tm);
        /* The round trip, as each kind of time and undecided. */
        copy = tm;
        if (mktime(&copy) != t)
            printf("  mktime round trip of %lld failed: %lld\n", instants[i], (long long)mktime(&tm));
        copy = tm;
        copy.tm_isdst = -1;
        copy.tm_sec += 3600;
        copy.tm_min -= 60;
        printf("  mktime(-1, shuffled) - t = %lld\n", (long long)(mktime(&copy) - t));
    }
    for (isdst = -1; isdst <= 1; isdst++) {
        /* US and EU changes of 2021, the southern ones, an ordinary summer and winter day. */
        try_mktime(2021, 3, 14, 2, 30, 0, isdst);
        try_mktime(2021, 11, 7, 1, 30, 0, isdst);
        try_mktime(2021, 3, 28, 2, 30, 0, isdst);
        try_mktime(2021, 9, 26, 2, 30, 0, isdst);
        try_mktime(2021, 7, 1, 12, 0, 0, isdst);
        try_mktime(2021, 1, 15, 12, 0, 0, isdst);
        /* Not as daylight time: far from a zone's last daylight time (Casablanca's ends
           in 2087), glibc stops looking for it after some years, at a limit not modelled. */
        if (isdst <= 0)
            try_mktime(2400, 7, 1, 12, 0, 0, isdst);
    }
    /* Unnormalised fields: month 14, day 0, hour 25, minute -90, second 3700. */
    try_mktime(2020, 14, 0, 25, -90, 3700, -1);
    try_mktime(2021, -3, 40, -5, 200, -70, -1);
    try_mktime(2038, 1, 19, 3, 14, 8, -1);
    /* ctime and %Z of a struct without tm_zone. */
    {
        time_t t = 1625000000;
        struct tm tm;
        char buf[40];

        printf("  ctime: %s", ctime(&t));
        localtime_r(&t, &tm);
        tm.tm_zone = NULL;
        strftime(buf, sizeof buf, "%Z", &tm);
        printf("  %%Z without tm_zone: %s\n", buf);
    }
}

static void overflow(void)
{
    struct tm tm, before;
    time_t t;

    memset(&tm, 0, sizeof tm);
    tm.tm_sec = tm.tm_min = tm.tm_hour = tm.tm_mday = INT_MAX;
    tm.tm_mon = tm.tm_year = tm.tm_wday = tm.tm_yday = INT_MAX;
    tm.tm_isdst = -1;
    before = tm;
    errno = 0;
    t = mktime(&tm);
    printf("mktime(all INT_MAX) = %lld errno=%s unchanged=%d\n", (long long)t,
           errno == EOVERFLOW ? "EOVERFLOW" : "other", memcmp(&tm, &before, sizeof tm) == 0);
    errno = 0;
    t = timegm(&tm);
    printf("timegm(all INT_MAX) = %lld errno=%s unchanged=%d\n", (long long)t,
           errno == EOVERFLOW ? "EOVERFLOW" : "other", memcmp(&tm, &before, sizeof tm) == 0);
    /* The last year that fits, and one past it. */
    memset(&tm, 0, sizeof tm);
    tm.tm_year = INT_MAX;
    tm.tm_mon = 11;
    tm.tm_mday = 31;
    tm.tm_hour = 12;
    tm.tm_isdst = -1;
    t = mktime(&tm);
    printf("mktime(year INT_MAX) = %lld year=%d\n", (long long)t, tm.tm_year);
    tm.tm_mday = 32;
    errno = 0;
    t = mktime(&tm);
    printf("mktime(past year INT_MAX) = %lld errno=%s\n", (long long)t,
           errno == EOVERFLOW ? "EOVERFLOW" : "other");
}

int main(int argc, char **argv)
{
    unsigned i;
    int posix_only = argc > 2 && strcmp(argv[2], "posix") == 0;

    for (i = 0; i < sizeof posix_zones / sizeof *posix_zones; i++)
        zone(posix_zones[i]);
    for (i = 0; !posix_only && i < sizeof file_zones / sizeof *file_zones; i++)
        zone(file_zones[i]);
    setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
    overflow();
    return 0;
}
