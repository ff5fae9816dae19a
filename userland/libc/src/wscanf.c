/*
 * The wide scanf family on top of the narrow one: the format (and for
 * swscanf the input) are converted to multibyte text first. Conversions
 * store what the wide ones store (%lc/%ls give wchar_t, %c/%s multibyte
 * bytes). Widths and %n count bytes of the converted text, which is the
 * same as characters for ASCII input. Streams carry no orientation here
 * (docs/architecture.md), so fwscanf reads any stream.
 */
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdarg.h>
#include <errno.h>

/* A wide string as malloc'd multibyte text, or NULL (errno EILSEQ) when it has no spelling. */
static char *narrow(const wchar_t *ws)
{
    size_t n = wcstombs(NULL, ws, 0);
    char *out;

    if (n == (size_t)-1) {
        errno = EILSEQ;
        return NULL;
    }
    out = malloc(n + 1);
    if (out != NULL)
        wcstombs(out, ws, n + 1);
    return out;
}

int vfwscanf(FILE *f, const wchar_t *fmt, va_list ap)
{
    char *nfmt = narrow(fmt);
    int r;

    if (nfmt == NULL)
        return EOF;
    r = vfscanf(f, nfmt, ap);
    free(nfmt);
    return r;
}

int vswscanf(const wchar_t *s, const wchar_t *fmt, va_list ap)
{
    char *ns = narrow(s), *nfmt = narrow(fmt);
    int r = EOF;

    if (ns != NULL && nfmt != NULL)
        r = vsscanf(ns, nfmt, ap);
    free(ns);
    free(nfmt);
    return r;
}

int vwscanf(const wchar_t *fmt, va_list ap)
{
    return vfwscanf(stdin, fmt, ap);
}

int fwscanf(FILE *f, const wchar_t *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vfwscanf(f, fmt, ap);
    va_end(ap);
    return r;
}

int swscanf(const wchar_t *s, const wchar_t *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vswscanf(s, fmt, ap);
    va_end(ap);
    return r;
}

int wscanf(const wchar_t *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vfwscanf(stdin, fmt, ap);
    va_end(ap);
    return r;
}
