/*
 * Locales: every locale behaves as "C", except that a UTF-8 one (by name,
 * such as "C.UTF-8") switches multibyte strings to UTF-8 (mbchar.c).
 */
#include <locale.h>
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include "libc.h"

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
static const char *const category_names[__LC_CATEGORIES] = {
    "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL",
    "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION",
};
/* setlocale's: the process's locale (its LC_CTYPE flag is mbchar.c's __utf8_locale). */
static struct __locale_struct global = {
    { "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C" }, 0,
};
/* What setlocale(LC_ALL, NULL) returns: one name, or glibc's "LC_CTYPE=...;..." list. */
static char all_name[__LC_CATEGORIES * (__LC_NAME_MAX + 20)];

static int is_utf8_name(const char *name)
{
    return strstr(name, "UTF-8") != NULL || strstr(name, "utf8") != NULL || strstr(name, "UTF8") != NULL ||
           strstr(name, "utf-8") != NULL;
}

/* The locales there are: C (POSIX) and any UTF-8 one, which behaves as C.UTF-8. */
static int known_locale(const char *name)
{
    return strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0 ||
           (is_utf8_name(name) && strlen(name) < __LC_NAME_MAX && strpbrk(name, "=;/") == NULL);
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

static void set_category(struct __locale_struct *loc, int category, const char *name)
{
    strcpy(loc->names[category], strcmp(name, "POSIX") == 0 ? "C" : name);
    if (category == LC_CTYPE)
        loc->utf8 = is_utf8_name(loc->names[LC_CTYPE]);
}

/* The category that `name` (len bytes, not NUL-terminated) names, or -1. */
static int category_named(const char *name, size_t len)
{
    int i;

    for (i = 0; i < __LC_CATEGORIES; i++)
        if (i != LC_ALL && strlen(category_names[i]) == len && memcmp(category_names[i], name, len) == 0)
            return i;
    return -1;
}

/* setlocale(LC_ALL, NULL)'s list "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;...", given back. */
static int choose_from_list(struct __locale_struct *loc, int mask, const char *list)
{
    struct __locale_struct chosen = *loc;
    const char *p = list;

    while (*p != '\0') {
        const char *eq = strchr(p, '='), *end = strchr(p, ';');
        char name[__LC_NAME_MAX];
        int category;

        if (end == NULL)
            end = p + strlen(p);
        if (eq == NULL || eq > end || (size_t)(end - eq - 1) >= sizeof name)
            return -1;
        category = category_named(p, (size_t)(eq - p));
        memcpy(name, eq + 1, (size_t)(end - eq - 1));
        name[end - eq - 1] = '\0';
        if (category < 0 || !known_locale(name))
            return -1;
        if (mask & 1 << category)
            set_category(&chosen, category, name);
        p = *end != '\0' ? end + 1 : end;
    }
    *loc = chosen;
    return 0;
}

int __locale_choose(struct __locale_struct *loc, int mask, const char *name)
{
    const char *chosen[__LC_CATEGORIES];
    int i;

    if (strchr(name, '=') != NULL)
        return choose_from_list(loc, mask, name);
    /* Every category asked for must exist before any changes. */
    for (i = 0; i < __LC_CATEGORIES; i++) {
        if (!(mask & 1 << i))
            continue;
        chosen[i] = name[0] == '\0' ? from_environment(i) : name;
        if (!known_locale(chosen[i]))
            return -1;
    }
    for (i = 0; i < __LC_CATEGORIES; i++)
        if (mask & 1 << i)
            set_category(loc, i, chosen[i]);
    return 0;
}

void __locale_c(struct __locale_struct *loc)
{
    int i;

    for (i = 0; i < __LC_CATEGORIES; i++)
        strcpy(loc->names[i], "C");
    loc->utf8 = 0;
}

void __locale_global(struct __locale_struct *copy)
{
    *copy = global;
}

static char *all_categories(void)
{
    int i, same = 1;

    for (i = 1; i < __LC_CATEGORIES; i++)
        same = same && (i == LC_ALL || strcmp(global.names[i], global.names[0]) == 0);
    if (same)
        return strcpy(all_name, global.names[0]);
    all_name[0] = '\0';
    for (i = 0; i < __LC_CATEGORIES; i++) {
        if (i == LC_ALL)
            continue;
        if (i > 0)
            strcat(all_name, ";");
        strcat(all_name, category_names[i]);
        strcat(all_name, "=");
        strcat(all_name, global.names[i]);
    }
    return all_name;
}

char *setlocale(int category, const char *locale)
{
    if (category < 0 || category >= __LC_CATEGORIES)
        return NULL;
    if (locale != NULL) {
        /* Only LC_ALL takes a list of categories. */
        if (category != LC_ALL && strchr(locale, '=') != NULL)
            return NULL;
        if (__locale_choose(&global, category == LC_ALL ? LC_ALL_MASK : 1 << category, locale) != 0)
            return NULL;
        __utf8_locale = global.utf8;
    }
    return category == LC_ALL ? all_categories() : global.names[category];
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
        case CODESET: s = __ctype_utf8() ? "UTF-8" : "ANSI_X3.4-1968"; break;
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
