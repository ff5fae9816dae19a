/*
 * iconv between UTF-8, ASCII, ISO-8859-1, UTF-16 (BOM, LE, BE), UTF-32 (BOM, LE, BE) and
 * WCHAR_T: the converted bytes, the return value (irreversible conversions), the errors
 * (EILSEQ for an invalid or unconvertible character, EINVAL for an incomplete one at the
 * end, E2BIG when the output is full) with how far input and output moved, //IGNORE,
 * names in any case and unknown ones, and resetting with a NULL input.
 */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static const char *err_name(int e)
{
    return e == EILSEQ ? "EILSEQ" : e == EINVAL ? "EINVAL" : e == E2BIG ? "E2BIG" : e == 0 ? "0" : "other";
}

/* Convert len bytes with an output of outsize bytes; print the result in hex. */
static void convert(const char *to, const char *from, const char *in, size_t len, size_t outsize)
{
    char out[256], *ip = (char *)in, *op = out;
    size_t inleft = len, outleft = outsize, r, i;
    iconv_t cd = iconv_open(to, from);
    int e;

    printf("%s <- %s [%zu bytes, room %zu]: ", to, from, len, outsize);
    if (cd == (iconv_t)-1) {
        printf("open fails %s\n", err_name(errno));
        return;
    }
    errno = 0;
    r = iconv(cd, &ip, &inleft, &op, &outleft);
    e = errno;
    printf("r=%ld %s in+%zu out+%zu:", r == (size_t)-1 ? -1L : (long)r, r == (size_t)-1 ? err_name(e) : "ok",
           len - inleft, outsize - outleft);
    for (i = 0; i < outsize - outleft; i++)
        printf(" %02x", (unsigned char)out[i]);
    /* Flush the state: a stateful encoder may end its output here. */
    outleft = sizeof out;
    op = out;
    r = iconv(cd, NULL, NULL, &op, &outleft);
    printf(" | flush r=%ld +%zu\n", (long)r, sizeof out - outleft);
    iconv_close(cd);
}

int main(void)
{
    static const char utf8[] = "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z";  /* A é € 😀 z */
    static const char latin1[] = "caf\xe9 \xff";
    static const char utf16bom_be[] = "\xfe\xff\x00\x41\xd8\x3d\xde\x00";
    static const char utf16bom_le[] = "\xff\xfe\x41\x00\x3d\xd8\x00\xde";
    static const char utf16_nobom[] = "\x00\x41\x00\xe9";
    static const char utf32bom[] = "\xff\xfe\x00\x00\x41\x00\x00\x00\x00\xf6\x01\x00";
    wchar_t wide[] = { L'h', 0xe9, 0x1f600, 0 };

    convert("UTF-16", "UTF-8", utf8, 11, 64);
    convert("UTF-16LE", "UTF-8", utf8, 11, 64);
    convert("UTF-16BE", "UTF-8", utf8, 11, 64);
    convert("UTF-32", "UTF-8", utf8, 11, 64);
    convert("UTF-32LE", "UTF-8", utf8, 11, 64);
    convert("UTF-32BE", "UTF-8", utf8, 11, 64);
    convert("WCHAR_T", "UTF-8", utf8, 11, 64);
    convert("UTF-8", "WCHAR_T", (const char *)wide, 12, 64);
    convert("ISO-8859-1", "UTF-8", utf8, 3, 64);
    convert("ISO-8859-1", "UTF-8", utf8, 11, 64);
    convert("ISO-8859-1//IGNORE", "UTF-8", utf8, 11, 64);
    convert("ASCII", "UTF-8", utf8, 11, 64);
    convert("UTF-8", "ISO-8859-1", latin1, 6, 64);
    convert("UTF-8", "LATIN1", latin1, 6, 64);
    convert("utf-8", "iso8859-1", latin1, 6, 64);
    convert("UTF-8", "ASCII", latin1, 6, 64);
    convert("UTF-8", "US-ASCII", "plain", 5, 64);
    convert("UTF-8", "UTF-16", utf16bom_be, 8, 64);
    convert("UTF-8", "UTF-16", utf16bom_le, 8, 64);
    convert("UTF-8", "UTF-16", utf16_nobom, 4, 64);
    convert("UTF-8", "UTF-16BE", utf16_nobom, 4, 64);
    convert("UTF-8", "UTF-16LE", utf16_nobom, 4, 64);
    convert("UTF-8", "UTF-32", utf32bom, 12, 64);
    convert("UTF-8", "UTF-32LE", utf32bom + 4, 8, 64);
    /* Errors: invalid UTF-8, a truncated sequence, a lone surrogate, output too small. */
    convert("UTF-16LE", "UTF-8", "ab\xff" "cd", 5, 64);
    convert("UTF-16LE", "UTF-8", "ab\xe2\x82", 4, 64);
    convert("UTF-16LE", "UTF-8", "a\xed\xa0\x80", 4, 64);
    convert("UTF-16LE", "UTF-8", "a\xc0\xaf", 3, 64);
    convert("UTF-8", "UTF-16LE", "\x3d\xd8\x41\x00", 4, 64);
    convert("UTF-8", "UTF-16LE", "\x3d\xd8", 2, 64);
    convert("UTF-16LE", "UTF-8", utf8, 11, 5);
    convert("UTF-8", "UTF-8", utf8, 11, 3);
    convert("UTF-8", "UTF-32LE", "\x00\x00\x11\x00", 4, 64);
    convert("UTF-8", "UTF-8", "ok\xff", 3, 64);
    convert("UTF-16LE", "UTF-8", "a\xe0\x80", 3, 64);
    convert("UTF-16LE", "UTF-8", "a\xf4\x90\x80\x80", 5, 64);
    convert("UTF-16LE//IGNORE", "UTF-8", "a\xff\xfe" "b\xe2\x82", 6, 64);
    convert("ASCII//TRANSLIT", "UTF-8", "x\xc3\xa9y", 4, 64);
    convert("UCS-2", "UTF-8", "x", 1, 64);
    convert("UTF8", "latin1", "x", 1, 64);
    convert("KOI8-NONSUCH", "UTF-8", "x", 1, 64);
    convert("UTF-8", "", "x", 1, 64);
    return 0;
}
