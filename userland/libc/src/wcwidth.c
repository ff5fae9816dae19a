/*
 * wcwidth and wcswidth: how many terminal columns a wide character takes. In the C
 * locale only printable ASCII has a width (as in glibc); in a UTF-8 locale the Unicode
 * table of wcwidth_table.h decides.
 */
#include <wchar.h>
#include "wcwidth_table.h"

#include "libc.h"

static int unicode_width(unsigned int c)
{
    int lo = 0, hi = (int)(sizeof width_ranges / sizeof width_ranges[0]) - 1;

    while (lo <= hi) {
        int mid = (lo + hi) / 2;

        if (c < width_ranges[mid].first)
            hi = mid - 1;
        else if (c > width_ranges[mid].last)
            lo = mid + 1;
        else
            return width_ranges[mid].width;
    }
    return c <= 0x10ffff ? 1 : -1;
}

int wcwidth(wchar_t wc)
{
    unsigned int c = (unsigned int)wc;

    if (c == 0)
        return 0;
    if (!__ctype_utf8())
        return c >= 0x20 && c < 0x7f ? 1 : -1;
    return unicode_width(c);
}

/* The width of the first n wide characters (fewer at a L'\0'), or -1 if one is unprintable. */
int wcswidth(const wchar_t *s, size_t n)
{
    int total = 0;

    for (; n > 0 && *s != L'\0'; s++, n--) {
        int w = wcwidth(*s);

        if (w < 0)
            return -1;
        total += w;
    }
    return total;
}
