/*
 * POSIX 2008's locale objects: newlocale/duplocale/freelocale make them, uselocale gives
 * the calling thread one of its own (mbchar.c's __ctype_utf8 then asks it, not the
 * global locale), the "_l" functions (locale_l.c) use one for a single call.
 */
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include "libc.h"

/* The calling thread's locale from uselocale, or NULL for the global one. */
static __thread locale_t current;

static locale_t thread_locale(void)
{
    return current;
}

locale_t newlocale(int category_mask, const char *locale, locale_t base)
{
    struct __locale_struct chosen;

    /* glibc takes LC_ALL's own bit for "every category". */
    if (category_mask == 1 << LC_ALL)
        category_mask = LC_ALL_MASK;
    if ((category_mask & ~LC_ALL_MASK) != 0 || locale == NULL || base == LC_GLOBAL_LOCALE) {
        errno = EINVAL;
        return (locale_t)0;
    }
    /* The categories not in the mask come from base, or are "C" without one. */
    if (base != (locale_t)0)
        chosen = *base;
    else
        __locale_c(&chosen);
    if (__locale_choose(&chosen, category_mask, locale) != 0) {
        errno = ENOENT;
        return (locale_t)0;
    }
    /* POSIX lets newlocale reuse base: it is changed in place and returned. */
    if (base == (locale_t)0 && (base = malloc(sizeof *base)) == NULL)
        return (locale_t)0;
    *base = chosen;
    return base;
}

locale_t duplocale(locale_t locobj)
{
    locale_t copy = malloc(sizeof *copy);

    if (copy == NULL)
        return (locale_t)0;
    if (locobj == LC_GLOBAL_LOCALE)
        __locale_global(copy);
    else
        *copy = *locobj;
    return copy;
}

void freelocale(locale_t locobj)
{
    if (locobj != LC_GLOBAL_LOCALE)
        free(locobj);
}

locale_t uselocale(locale_t newloc)
{
    locale_t old = current != NULL ? current : LC_GLOBAL_LOCALE;

    if (newloc == LC_GLOBAL_LOCALE) {
        current = NULL;
    } else if (newloc != (locale_t)0) {
        __thread_locale = thread_locale;
        current = newloc;
    }
    return old;
}
