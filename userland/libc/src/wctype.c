/*
 * The wide-character classes and case mappings of <wctype.h>, as glibc 2.36 answers them.
 * ASCII follows <ctype.h> in every locale and returns its class bits (iswalpha(L'a') is
 * 1024), as glibc does. Beyond ASCII the C locale knows no classes and no mappings; a
 * UTF-8 locale answers from the Unicode tables of wctype_table.h (made from glibc's
 * C.UTF-8), and a member there returns 1, again as glibc does.
 */
#include <ctype.h>
#include <wctype.h>
#include "wctype_table.h"

#include "libc.h"

#define LAST_CODE_POINT 0x10ffffu

/* Does the current locale have Unicode answers for c (not ASCII, not beyond Unicode)? */
static int in_unicode_table(wint_t c)
{
    return __ctype_utf8() && c >= 0x80 && c <= LAST_CODE_POINT;
}

/* The WCT_* bits of c's run in class_runs: the last run starting at or before c. */
static unsigned int unicode_classes(wint_t c)
{
    unsigned int key = (unsigned int)c << 8 | 0xff;
    int lo = 0, hi = (int)(sizeof class_runs / sizeof class_runs[0]) - 1;

    if (!in_unicode_table(c))
        return 0;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;

        if (class_runs[mid] <= key)
            lo = mid;
        else
            hi = mid - 1;
    }
    return class_runs[lo] & 0xff;
}

/* c mapped by one of the case_range tables (sorted, not overlapping), or c if no range maps it. */
static wint_t map_case(wint_t c, const struct case_range *ranges, int n)
{
    int lo = 0, hi = n - 1;

    if (!in_unicode_table(c))
        return c;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;

        if (c < ranges[mid].first)
            hi = mid - 1;
        else if (c > ranges[mid].last)
            lo = mid + 1;
        else if ((c - ranges[mid].first) % ranges[mid].stride == 0)
            return (wint_t)((int)c + ranges[mid].delta);
        else
            return c;
    }
    return c;
}

wint_t towupper(wint_t c)
{
    if (c < 0x80)
        return (wint_t)toupper((int)c);
    return map_case(c, to_upper, (int)(sizeof to_upper / sizeof to_upper[0]));
}

wint_t towlower(wint_t c)
{
    if (c < 0x80)
        return (wint_t)tolower((int)c);
    return map_case(c, to_lower, (int)(sizeof to_lower / sizeof to_lower[0]));
}

/* The classes the table stores; alnum, graph and punct follow from them (no digits beyond ASCII). */
int iswalpha(wint_t c) { return c < 0x80 ? isalpha((int)c) : (unicode_classes(c) & WCT_ALPHA) != 0; }
int iswalnum(wint_t c) { return c < 0x80 ? isalnum((int)c) : (unicode_classes(c) & WCT_ALPHA) != 0; }
int iswprint(wint_t c) { return c < 0x80 ? isprint((int)c) : (unicode_classes(c) & WCT_PRINT) != 0; }
int iswspace(wint_t c) { return c < 0x80 ? isspace((int)c) : (unicode_classes(c) & WCT_SPACE) != 0; }
int iswcntrl(wint_t c) { return c < 0x80 ? iscntrl((int)c) : (unicode_classes(c) & WCT_CNTRL) != 0; }
int iswblank(wint_t c) { return c < 0x80 ? isblank((int)c) : (unicode_classes(c) & WCT_BLANK) != 0; }

int iswgraph(wint_t c)
{
    if (c < 0x80)
        return isgraph((int)c);
    return (unicode_classes(c) & (WCT_PRINT | WCT_SPACE)) == WCT_PRINT;
}

int iswpunct(wint_t c)
{
    if (c < 0x80)
        return ispunct((int)c);
    return (unicode_classes(c) & (WCT_PRINT | WCT_SPACE | WCT_ALPHA)) == WCT_PRINT;
}

/* Lower: having an uppercase mapping, or one of the few lowercase letters without (ß). */
int iswlower(wint_t c)
{
    if (c < 0x80)
        return islower((int)c);
    return (unicode_classes(c) & WCT_LOWER_UNPAIRED) != 0 || towupper(c) != c;
}

int iswupper(wint_t c)
{
    if (c < 0x80)
        return isupper((int)c);
    return (unicode_classes(c) & WCT_UPPER_UNPAIRED) != 0 || towlower(c) != c;
}

/* glibc tests the range here, so a digit gives 1 where isdigit gives 2048. */
int iswdigit(wint_t c) { return c >= L'0' && c <= L'9'; }
int iswxdigit(wint_t c) { return c < 0x80 ? isxdigit((int)c) : 0; }
