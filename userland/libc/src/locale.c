/*
 * Locales: every locale behaves as "C", except that a UTF-8 one (by name,
 * such as "C.UTF-8") switches multibyte strings to UTF-8 (mbchar.c).
 */
#include <locale.h>
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include "libc.h"

extern int __utf8_locale;

static struct lconv c_locale = {
    ".", "", "", "", "", "", "", "", "", "",
    127, 127, 127, 127, 127, 127, 127, 127,
};
static char locale_name[64] = "C";

static int is_utf8_name(const char *name)
{
    return strstr(name, "UTF-8") != NULL || strstr(name, "utf8") != NULL || strstr(name, "UTF8") != NULL ||
           strstr(name, "utf-8") != NULL;
}

char *setlocale(int category, const char *locale)
{
    const char *name = locale;

    (void)category;
    if (locale == NULL)
        return locale_name;
    /* "" means the environment's choice: LC_ALL, then LC_CTYPE, then LANG. */
    if (locale[0] == '\0') {
        name = getenv("LC_ALL");
        if (name == NULL || name[0] == '\0')
            name = getenv("LC_CTYPE");
        if (name == NULL || name[0] == '\0')
            name = getenv("LANG");
        if (name == NULL || name[0] == '\0')
            name = "C";
    }
    if (strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0) {
        __utf8_locale = 0;
        strcpy(locale_name, "C");
    } else if (is_utf8_name(name) && strlen(name) < sizeof(locale_name)) {
        __utf8_locale = 1;
        strcpy(locale_name, name);
    } else {
        return NULL;
    }
    return locale_name;
}

struct lconv *localeconv(void)
{
    return &c_locale;
}

/* nl_langinfo: the C (or C.UTF-8) locale's strings. */
static const char *const short_days[7] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
static const char *const short_months[12] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

char *nl_langinfo(nl_item item)
{
    const char *s = "";

    if (item >= ABDAY_1 && item < ABDAY_1 + 7)
        s = short_days[item - ABDAY_1];
    else if (item >= DAY_1 && item < DAY_1 + 7)
        s = __day_names[item - DAY_1];
    else if (item >= ABMON_1 && item < ABMON_1 + 12)
        s = short_months[item - ABMON_1];
    else if (item >= MON_1 && item < MON_1 + 12)
        s = __month_names[item - MON_1];
    else {
        switch (item) {
        case CODESET: s = __utf8_locale ? "UTF-8" : "ANSI_X3.4-1968"; break;
        case RADIXCHAR: s = "."; break;
        case AM_STR: s = "AM"; break;
        case PM_STR: s = "PM"; break;
        case D_T_FMT: s = "%a %b %e %H:%M:%S %Y"; break;
        case D_FMT: s = "%m/%d/%y"; break;
        case T_FMT: s = "%H:%M:%S"; break;
        case T_FMT_AMPM: s = "%I:%M:%S %p"; break;
        case YESEXPR: s = "^[yY]"; break;
        case NOEXPR: s = "^[nN]"; break;
        }
    }
    return (char *)s;
}
