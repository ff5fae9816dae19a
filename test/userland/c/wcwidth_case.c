/*
 * wcwidth/wcswidth in the C locale and in C.UTF-8. With the argument "ranges" it
 * prints every run of code points of equal width ("first last width", hex), which
 * is how the whole table is compared with glibc (and how wcwidth_table.h was made).
 */
#define _XOPEN_SOURCE 700
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static void print_ranges(void)
{
    unsigned int c, first = 0;
    int prev = wcwidth(0);

    for (c = 1; c <= 0x110000; c++) {
        int w = wcwidth((wchar_t)c);

        if (w != prev) {
            printf("%x %x %d\n", first, c - 1, prev);
            first = c;
            prev = w;
        }
    }
    printf("%x %x %d\n", first, c - 1, prev);
}

static void sample(const char *locale)
{
    static const unsigned int points[] = {
        0, 7, 0x20, 0x41, 0x7e, 0x7f, 0x80, 0x9f, 0xa0, 0xad, 0xe9, 0x300, 0x36f, 0x483,
        0x1100, 0x115f, 0x1160, 0x11ff, 0x200b, 0x200d, 0x2329, 0x3000, 0x303f, 0x4e00,
        0xac00, 0xd7a3, 0xd800, 0xdfff, 0xe000, 0xfe0f, 0xfeff, 0xff21, 0xff61, 0xfffd,
        0xffff, 0x1f600, 0x1f1e6, 0x20000, 0x2fffd, 0x30000, 0xe0001, 0xe0100, 0x10fffd,
        0x10ffff, 0x110000, 0x7fffffff,
    };
    static const wchar_t mixed[] = { L'a', 0x4e00, 0x301, L'b', 0xff21, 0 };
    static const wchar_t control[] = { L'x', 0x7, L'y', 0 };
    size_t i;

    printf("%s:", setlocale(LC_ALL, locale));
    for (i = 0; i < sizeof points / sizeof points[0]; i++)
        printf(" %x=%d", points[i], wcwidth((wchar_t)points[i]));
    printf("\n  wcswidth %d %d %d %d %d %d\n", wcswidth(L"hello", 5), wcswidth(L"hello", 2),
           wcswidth(mixed, 10), wcswidth(mixed, 2), wcswidth(control, 1), wcswidth(control, 3));
    printf("  wcwidth(-1)=%d\n", wcwidth((wchar_t)-1));
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "ranges") == 0) {
        setlocale(LC_ALL, "C.UTF-8");
        print_ranges();
        return 0;
    }
    sample("C");
    sample("C.UTF-8");
    sample("POSIX");
    return 0;
}
