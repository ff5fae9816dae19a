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

/* The C locale's: empty strings, and CHAR_MAX ("not available") for every number. */
static struct lconv c_locale = {
    ".", "", "", "", "", "", "", "", "", "",
    127, 127, 127, 127, 127, 127, 127, 127,
    127, 127, 127, 127, 127, 127,
};
/*
 * Each category has its own locale, as in glibc: only LC_CTYPE's decides whether
 * multibyte text is UTF-8, so a program may set LC_CTYPE to "C.UTF-8" and LC_NUMERIC to
 * "C" (gawk does) and keep UTF-8 text.
 */
#define CATEGORIES 13              /* LC_CTYPE ... LC_IDENTIFICATION; number 6 is LC_ALL, all of them */
#define NAME_MAX_LEN 64

static const char *const category_names[CATEGORIES] = {
    "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL",
    "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION",
};
static char names[CATEGORIES][NAME_MAX_LEN] = { "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C" };
/* What setlocale(LC_ALL, NULL) returns: one name, or glibc's "LC_CTYPE=...;..." list. */
static char all_name[CATEGORIES * (NAME_MAX_LEN + 16)];

static int is_utf8_name(const char *name)
{
    return strstr(name, "UTF-8") != NULL || strstr(name, "utf8") != NULL || strstr(name, "UTF8") != NULL ||
           strstr(name, "utf-8") != NULL;
}

/* The locales there are: C (POSIX) and any UTF-8 one, which behaves as C.UTF-8. */
static int known_locale(const char *name)
{
    return strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0 ||
           (is_utf8_name(name) && strlen(name) < NAME_MAX_LEN);
}

/* "" means the environment's choice for the category: LC_ALL, then LC_<CATEGORY>, then LANG. */
static const char *from_environment(int category)
{
    const char *name = getenv("LC_ALL");

    if (name == NULL || name[0] == '\0')
        name = getenv(category_names[category]);
    if (name == NULL || name[0] == '\0')
        name = getenv("LANG");
    return name == NULL || name[0] == '\0' ? "C" : name;
}

static void set_category(int category, const char *name)
{
    strcpy(names[category], strcmp(name, "POSIX") == 0 ? "C" : name);
    if (category == LC_CTYPE)
        __utf8_locale = is_utf8_name(names[LC_CTYPE]);
}

static char *all_categories(void)
{
    int i, same = 1;

    for (i = 1; i < CATEGORIES; i++)
        same = same && (i == LC_ALL || strcmp(names[i], names[0]) == 0);
    if (same)
        return strcpy(all_name, names[0]);
    all_name[0] = '\0';
    for (i = 0; i < CATEGORIES; i++) {
        if (i == LC_ALL)
            continue;
        if (i > 0)
            strcat(all_name, ";");
        strcat(all_name, category_names[i]);
        strcat(all_name, "=");
        strcat(all_name, names[i]);
    }
    return all_name;
}

char *setlocale(int category, const char *locale)
{
    const char *chosen[CATEGORIES];
    int first = category == LC_ALL ? 0 : category, last = category == LC_ALL ? CATEGORIES - 1 : category;
    int i;

    if (category < 0 || category >= CATEGORIES)
        return NULL;
    if (locale == NULL)
        return category == LC_ALL ? all_categories() : names[category];
    /* Every category asked for must exist before any changes. */
    for (i = first; i <= last; i++) {
        if (i == LC_ALL)
            continue;
        chosen[i] = locale[0] == '\0' ? from_environment(i) : locale;
        if (!known_locale(chosen[i]))
            return NULL;
    }
    for (i = first; i <= last; i++)
        if (i != LC_ALL)
            set_category(i, chosen[i]);
    return category == LC_ALL ? all_categories() : names[category];
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
    else if (item >= 0x2006F && item < 0x2006F + 12) /* ALTMON_1.. */
        s = __month_names[item - 0x2006F];
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
        case _DATE_FMT: s = "%a %b %e %H:%M:%S %Z %Y"; break;
        case CRNCYSTR: s = "-"; break;
        /* ERA, ERA_D_FMT, ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT, YESSTR, NOSTR: "" in C. */
        case YESEXPR: s = "^[yY]"; break;
        case NOEXPR: s = "^[nN]"; break;
        }
    }
    return (char *)s;
}
