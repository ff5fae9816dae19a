/*
 * strftime as glibc formats in the C locale, GNU extensions included: the
 * flags '_' (pad numbers with spaces), '-' (do not pad), '0' (pad with
 * zeros), '^' (upper case) and '#' (swap case), a field width, and the E and O
 * modifiers (the C locale has no alternative forms, so they change nothing
 * where allowed).
 *
 * Two layers of padding, as glibc's: a number is first padded to its own
 * digits (2 for %d, 3 for %j; the width when larger), then every piece of
 * output — number, name or a whole composite like %F — is padded on the
 * left to the width with spaces, or zeros under the '0' flag. A conversion
 * glibc does not know (%+4Y, %Ed) is copied out as written.
 */
#include <time.h>
#include <string.h>
#include <ctype.h>
#include "libc.h"

/* One conversion's flags, as parsed from "%_10Y". */
typedef struct {
    char pad;          /* '_', '-', '0' or 0 */
    int width;         /* -1 when none was written */
    int upcase;        /* '^', or '#' on a name */
    int lowcase;       /* '#' on %p or %Z, and %P */
} conversion;

typedef struct {
    char *buf;         /* NULL: only count */
    size_t max;
    size_t len;
    int full;          /* the result (and its NUL) did not fit */
} output;

/* Append n bytes as they are. */
static void put_raw(output *o, const char *s, size_t n)
{
    if (o->full || n >= o->max - o->len) {
        o->full = 1;
        return;
    }
    if (o->buf != NULL)
        memcpy(o->buf + o->len, s, n);
    o->len += n;
}

static void put_fill(output *o, char c, size_t n)
{
    char block[32];
    size_t k;

    memset(block, c, sizeof block);
    for (; n > 0 && !o->full; n -= k) {
        k = n < sizeof block ? n : sizeof block;
        put_raw(o, block, k);
    }
}

/* Append a piece padded to the width (glibc's add): zeros under '0', else spaces. */
static void put_piece(output *o, const conversion *cv, const char *s, size_t n)
{
    char cased[128];
    size_t i;

    if (cv->width > 0 && (size_t)cv->width > n)
        put_fill(o, cv->pad == '0' ? '0' : ' ', (size_t)cv->width - n);
    if ((cv->upcase || cv->lowcase) && n <= sizeof cased) {
        for (i = 0; i < n; i++)
            cased[i] = (char)(cv->upcase ? toupper((unsigned char)s[i]) : tolower((unsigned char)s[i]));
        s = cased;
    }
    put_raw(o, s, n);
}

/*
 * A number padded to `digits` (zeros by default, spaces under '_', nothing
 * under '-'; a minus sign stays in front of zeros), then to the width.
 */
static void put_number(output *o, conversion cv, long value, int digits)
{
    char text[24];
    char *p = text + sizeof text;
    unsigned long u = value < 0 ? 0UL - (unsigned long)value : (unsigned long)value;
    int padding;

    do
        *--p = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    if (value < 0)
        *--p = '-';
    padding = digits - (int)(text + sizeof text - p);
    if (cv.pad != '-' && padding > 0) {
        if (cv.pad == '_') {
            put_fill(o, ' ', (size_t)padding);
            cv.width = cv.width > padding ? cv.width - padding : 0;
        } else {
            if (value < 0)
                put_raw(o, p++, 1);
            put_fill(o, '0', (size_t)padding);
            cv.width = 0;
        }
    }
    put_piece(o, &cv, p, (size_t)(text + sizeof text - p));
}

/* %d and friends: at least d digits, or the width. */
static void put_decimal(output *o, conversion cv, long value, int d)
{
    put_number(o, cv, value, d > cv.width ? d : cv.width);
}

/* %e, %k, %l: padded with spaces unless '0' or '-' says otherwise. */
static void put_decimal_spaced(output *o, conversion cv, long value, int d)
{
    if (cv.pad != '0' && cv.pad != '-')
        cv.pad = '_';
    put_decimal(o, cv, value, d);
}

static void format(output *o, const char *fmt, const struct tm *tm);

/* A composite (%F = "%Y-%m-%d"...) is formatted alone, then padded as one piece. */
static void put_composite(output *o, const conversion *cv, const char *fmt, const struct tm *tm)
{
    char tmp[128];
    output inner = { tmp, sizeof tmp, 0, 0 };

    format(&inner, fmt, tm);
    put_piece(o, cv, tmp, inner.len);
}

/* Days from the Monday starting ISO week 1 of the year to yday (negative: an earlier year's week). */
static int iso_week_days(int yday, int wday)
{
    /* Enough multiples of 7 to keep the % operand positive for yday >= -366. */
    int seven_multiple = (366 / 7 + 2) * 7;

    return yday - (yday - wday + 4 + seven_multiple) % 7 + 3;
}

static int leap(int year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

/* The ISO 8601 week-based year and the days into its week 1 (%G, %g, %V). */
static int iso_year(const struct tm *tm, int *days)
{
    int year = (int)((unsigned int)tm->tm_year + 1900u);
    int next;

    *days = iso_week_days(tm->tm_yday, tm->tm_wday);
    if (*days < 0) {
        year--;
        *days = iso_week_days(tm->tm_yday + 365 + leap(year), tm->tm_wday);
    } else {
        next = iso_week_days(tm->tm_yday - 365 - leap(year), tm->tm_wday);
        if (next >= 0) {
            year++;
            *days = next;
        }
    }
    return year;
}

static const char *day_name(const struct tm *tm)
{
    return tm->tm_wday >= 0 && tm->tm_wday < 7 ? __day_names[tm->tm_wday] : "?";
}

static const char *month_name(const struct tm *tm)
{
    return tm->tm_mon >= 0 && tm->tm_mon < 12 ? __month_names[tm->tm_mon] : "?";
}

/* The time zone's name or offset (%Z, %z): only what the struct tm says, as glibc. */
static void put_zone(output *o, conversion cv, char c, const struct tm *tm)
{
    const char *zone = tm->tm_zone;
    long minutes;

    if (c == 'Z') {
        if ((zone == NULL || *zone == '\0') && tm->tm_isdst >= 0) {
            tzset();    /* a struct not from localtime: the zone's names, as glibc */
            zone = tzname[tm->tm_isdst > 0];
        }
        if (zone == NULL)
            zone = "";
        put_piece(o, &cv, zone, strlen(zone));
        return;
    }
    if (tm->tm_isdst < 0)
        return;
    minutes = tm->tm_gmtoff / 60;
    put_piece(o, &cv, minutes < 0 ? "-" : "+", 1);
    if (minutes < 0)
        minutes = -minutes;
    put_decimal(o, cv, minutes / 60 * 100 + minutes % 60, 4);
}

/* %s: seconds since the epoch, from mktime of a copy. */
static void put_epoch_seconds(output *o, conversion cv, const struct tm *tm)
{
    struct tm copy = *tm;

    put_number(o, cv, (long)mktime(&copy), 1);
}

/* Modifiers each conversion accepts (glibc's table); anything else is written out as is. */
static int modifier_allowed(char c, char modifier)
{
    if (modifier == 0)
        return 1;
    if (strchr("aAbBhDF", c) != NULL)
        return 0;
    if (modifier == 'O')
        return strchr("cCxXY", c) == NULL;
    return strchr("dkeHIljMmSUVgGWw", c) == NULL;
}

/* One conversion; returns 0 for one glibc does not know. */
static int convert(output *o, conversion cv, char c, const struct tm *tm)
{
    int hour12 = tm->tm_hour % 12 == 0 ? 12 : tm->tm_hour % 12;
    int year = (int)((unsigned int)tm->tm_year + 1900u);
    int days;

    switch (c) {
    case '%': put_piece(o, &cv, "%", 1); break;
    case 'a': put_piece(o, &cv, day_name(tm), 3); break;
    case 'A': put_piece(o, &cv, day_name(tm), strlen(day_name(tm))); break;
    case 'b': case 'h': put_piece(o, &cv, month_name(tm), 3); break;
    case 'B': put_piece(o, &cv, month_name(tm), strlen(month_name(tm))); break;
    case 'c': put_composite(o, &cv, "%a %b %e %H:%M:%S %Y", tm); break;
    case 'C': put_decimal(o, cv, year / 100 - (year % 100 < 0), 1); break;
    case 'd': put_decimal(o, cv, tm->tm_mday, 2); break;
    case 'D': case 'x': put_composite(o, &cv, "%m/%d/%y", tm); break;
    case 'e': put_decimal_spaced(o, cv, tm->tm_mday, 2); break;
    case 'F': put_composite(o, &cv, "%Y-%m-%d", tm); break;
    case 'g': put_decimal(o, cv, (iso_year(tm, &days) % 100 + 100) % 100, 2); break;
    case 'G': put_decimal(o, cv, iso_year(tm, &days), 1); break;
    case 'H': put_decimal(o, cv, tm->tm_hour, 2); break;
    case 'I': put_decimal(o, cv, hour12, 2); break;
    case 'j': put_decimal(o, cv, tm->tm_yday + 1, 3); break;
    case 'k': put_decimal_spaced(o, cv, tm->tm_hour, 2); break;
    case 'l': put_decimal_spaced(o, cv, hour12, 2); break;
    case 'm': put_decimal(o, cv, tm->tm_mon + 1, 2); break;
    case 'M': put_decimal(o, cv, tm->tm_min, 2); break;
    case 'n': put_piece(o, &cv, "\n", 1); break;
    case 'p': put_piece(o, &cv, tm->tm_hour > 11 ? "PM" : "AM", 2); break;
    case 'r': put_composite(o, &cv, "%I:%M:%S %p", tm); break;
    case 'R': put_composite(o, &cv, "%H:%M", tm); break;
    case 's': put_epoch_seconds(o, cv, tm); break;
    case 'S': put_decimal(o, cv, tm->tm_sec, 2); break;
    case 't': put_piece(o, &cv, "\t", 1); break;
    case 'T': case 'X': put_composite(o, &cv, "%H:%M:%S", tm); break;
    case 'u': put_decimal(o, cv, (tm->tm_wday + 6) % 7 + 1, 1); break;
    case 'U': put_decimal(o, cv, (tm->tm_yday - tm->tm_wday + 7) / 7, 2); break;
    case 'V': iso_year(tm, &days); put_decimal(o, cv, days / 7 + 1, 2); break;
    case 'w': put_decimal(o, cv, tm->tm_wday, 1); break;
    case 'W': put_decimal(o, cv, (tm->tm_yday - (tm->tm_wday + 6) % 7 + 7) / 7, 2); break;
    case 'y': put_decimal(o, cv, (tm->tm_year % 100 + 100) % 100, 2); break;
    case 'Y': put_decimal(o, cv, year, 1); break;
    case 'z': case 'Z': put_zone(o, cv, c, tm); break;
    default: return 0;
    }
    return 1;
}

/*
 * Parse one "%[flags][width][E|O]c" at fmt (just after the '%') and write it;
 * returns where the format continues.
 */
static const char *directive(output *o, const char *start, const struct tm *tm)
{
    const char *f = start;
    conversion cv = { 0, -1, 0, 0 };
    int swap_case = 0;
    char modifier = 0, c;

    for (;; f++) {
        if (*f == '_' || *f == '-' || *f == '0')
            cv.pad = *f;
        else if (*f == '^')
            cv.upcase = 1;
        else if (*f == '#')
            swap_case = 1;
        else
            break;
    }
    if (*f >= '0' && *f <= '9') {
        cv.width = 0;
        for (; *f >= '0' && *f <= '9'; f++)
            cv.width = cv.width > (0x7fffffff - 9) / 10 ? 0x7fffffff : cv.width * 10 + (*f - '0');
    }
    if (*f == 'E' || *f == 'O')
        modifier = *f++;
    c = *f;
    if (swap_case && strchr("aAbBh", c) != NULL)
        cv.upcase = 1;
    if (c == 'P' || (swap_case && (c == 'p' || c == 'Z'))) {
        cv.upcase = 0;
        cv.lowcase = 1;
    }
    if (c != '\0' && modifier_allowed(c, modifier) && convert(o, cv, c == 'P' ? 'p' : c, tm))
        return f + 1;
    /* Unknown: the directive is copied as written (up to, not including, a final NUL). */
    if (c != '\0')
        f++;
    put_piece(o, &cv, start - 1, (size_t)(f - (start - 1)));
    return f;
}

static void format(output *o, const char *fmt, const struct tm *tm)
{
    while (*fmt != '\0' && !o->full) {
        if (*fmt != '%')
            put_raw(o, fmt++, 1);
        else
            fmt = directive(o, fmt + 1, tm);
    }
}

size_t strftime(char *s, size_t max, const char *fmt, const struct tm *tm)
{
    output o = { s, max, 0, 0 };

    if (max == 0)
        return 0;
    format(&o, fmt, tm);
    if (o.full)
        return 0;
    s[o.len] = '\0';
    return o.len;
}
