/*
 * Locales: every locale behaves as "C", except that a UTF-8 one (by name,
 * such as "C.UTF-8") switches multibyte strings to UTF-8 (mbchar.c).
 */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

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
