/* scanf's destinations for %s, %[ and %c (scan_sink.h). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "scan_sink.h"

int scan_sink_open(scan_sink *sink, va_list *ap, int suppress, int wide, int allocate)
{
    memset(sink, 0, sizeof *sink);
    sink->wide = wide;
    if (suppress)
        return 0;
    if (allocate) {
        sink->allocate = 1;
        sink->target = va_arg(*ap, void **);
        sink->cap = 16;
        sink->buf = malloc(sink->cap * (wide ? sizeof(wchar_t) : 1));
        return sink->buf != NULL ? 0 : -1;
    }
    sink->buf = va_arg(*ap, void *);
    return 0;
}

/* Room for one more element and a terminator. */
static int reserve(scan_sink *sink)
{
    void *grown;

    if (!sink->allocate || sink->count + 1 < sink->cap)
        return 0;
    grown = realloc(sink->buf, sink->cap * 2 * (sink->wide ? sizeof(wchar_t) : 1));
    if (grown == NULL)
        return -1;
    sink->buf = grown;
    sink->cap *= 2;
    return 0;
}

static int store(scan_sink *sink, wchar_t value)
{
    if (reserve(sink) < 0)
        return -1;
    if (sink->wide)
        ((wchar_t *)sink->buf)[sink->count++] = value;
    else
        ((char *)sink->buf)[sink->count++] = (char)value;
    return 0;
}

int scan_sink_put(scan_sink *sink, int c)
{
    char byte = (char)c;
    wchar_t wc;
    size_t r;

    if (sink->buf == NULL)
        return 0;
    if (!sink->wide)
        return store(sink, (wchar_t)c);
    r = mbrtowc(&wc, &byte, 1, &sink->mb);
    if (r == (size_t)-2)
        return 0;
    if (r == (size_t)-1) {
        /* Not a character: keep the byte's value and start afresh. */
        memset(&sink->mb, 0, sizeof sink->mb);
        wc = (wchar_t)(unsigned char)c;
    }
    return store(sink, wc);
}

void scan_sink_finish(scan_sink *sink, int terminate, int matched)
{
    if (sink->buf == NULL)
        return;
    if (!matched) {
        if (sink->allocate)
            free(sink->buf);
        return;
    }
    if (terminate)
        store(sink, 0);
    if (sink->allocate)
        *sink->target = sink->buf;
}
