/* strptime in the C locale, against glibc: fields set, fields derived, and where parsing stops. */
#define _GNU_SOURCE
#include <time.h>
#include <stdio.h>
#include <string.h>

static void try(const char *text, const char *fmt)
{
    struct tm tm;
    char *end;

    memset(&tm, 0, sizeof(tm));
    tm.tm_mday = 1;
    end = strptime(text, fmt, &tm);
    printf("%-28s %-22s ", text, fmt);
    if (end == NULL) {
        printf("NULL\n");
        return;
    }
    printf("stop %ld: %04d-%02d-%02d %02d:%02d:%02d wday %d yday %d gmtoff %ld\n", (long)(end - text),
           tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday,
           tm.tm_yday, tm.tm_gmtoff);
}

int main(void)
{
    struct tm tm;
    char buf[64];

    try("2024-02-29 13:45:07", "%Y-%m-%d %H:%M:%S");
    try("2024-02-29", "%F");
    try("12/31/99", "%D");
    try("03/04/05", "%m/%d/%y");
    try("1/2/70", "%m/%d/%y");
    try("Tue Mar  5 07:08:09 2019", "%c");
    try("Friday, 13 October 2023", "%A, %d %B %Y");
    try("fri, 13 oct 2023", "%a, %d %b %Y");
    try("07:30:00 PM", "%r");
    try("12:05 am", "%I:%M %p");
    try("12:05 pm", "%I:%M %p");
    try("23:59", "%R");
    try("day 60 of 2023", "day %j of %Y");
    try("day 60 of 2024", "day %j of %Y");
    try("19 87", "%C %y");
    try("20", "%C");
    try("   42", "%M");
    try("2023-07-01T10:00:00+0530", "%Y-%m-%dT%H:%M:%S%z");
    try("2023-07-01 10:00 -03:30", "%Y-%m-%d %H:%M %z");
    try("10:00 Z", "%H:%M %z");
    try("10:00 UTC rest", "%H:%M %Z");
    try("86400", "%s");
    try("100%", "%S%%");
    try("3 5", "%u %w");
    try("week 12", "week %U");
    try("2023-13-01", "%Y-%m-%d");
    try("24:00", "%H:%M");
    try("Smarch 1", "%b %d");
    try("2023-07-01 trailing", "%Y-%m-%d");
    try("x2023", "%Y");
    try("2023 \t\n 07", "%Y %m");
    try("2023-7-4", "%Y-%m-%e");
    try("17:03:02", "%T");
    try("17:03:02", "%X");
    try("10/11/12", "%x");
    try("-44", "%Y");
    try("", "%Y");
    try("2023", "");

    memset(&tm, 0, sizeof(tm));
    strptime("2000-01-01 00:00:00", "%Y-%m-%d %H:%M:%S", &tm);
    strftime(buf, sizeof(buf), "%A %j %U %W %V", &tm);
    printf("round trip: %s\n", buf);
    return 0;
}
