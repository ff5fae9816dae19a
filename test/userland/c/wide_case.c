/* Wide-character number parsing and formatted output, compared with glibc. Everything
 * goes out through wprintf: a stream that has printed wide stays wide-oriented. */
#include <stdio.h>
#include <wchar.h>

int main(void)
{
    const wchar_t *text = L"  -1234xyz 0x1fQ 077 18446744073709551615 1e3zz -2.5e-3 inf";
    const wchar_t *letters = L"abc";
    wchar_t buf[64], *end;
    double d;
    long l;
    int n;

    l = wcstol(text, &end, 10);
    wprintf(L"wcstol %ld rest [%ls]\n", l, end);
    l = wcstol(end + 3, &end, 16);
    wprintf(L"hex %ld rest starts %lc\n", l, (wint_t)*end);
    wprintf(L"octal %ld\n", wcstol(end + 1, &end, 0));
    wprintf(L"ull %llu\n", wcstoull(end, &end, 10));
    d = wcstod(end, &end);
    wprintf(L"double %g rest [%ls]\n", d, end);
    d = wcstod(end + 2, &end);
    wprintf(L"more %g %g\n", d, (double)wcstof(end, &end));
    l = wcstol(letters, &end, 10);
    wprintf(L"none: %ld, end stays at the start: %d\n", l, (int)(end == letters));

    n = swprintf(buf, 64, L"[%5d|%-4s|%.3f|%c|%ls]", 42, "ab", 3.14159, 'z', L"wide");
    wprintf(L"swprintf %d %ls\n", n, buf);
    n = swprintf(buf, 8, L"%s", "far too long for eight");
    wprintf(L"truncated %d\n", n);
    wprintf(L"wcsstr [%ls] [%ls] %d\n", wcsstr(L"hello world", L"o w"), wcsstr(L"abc", L""),
        wcsstr(L"abc", L"abd") == NULL);
    n = wprintf(L"%ls%d\n", L"count me ", 12345);
    wprintf(L"wprintf returned %d\n", n);
    return 0;
}
