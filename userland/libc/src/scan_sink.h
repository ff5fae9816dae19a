/*
 * Where scanf's %s, %[ and %c put the characters they read: the caller's
 * char array, its wchar_t array (%ls, %l[, %lc: the bytes are decoded as
 * multibyte characters) or, with the POSIX 'm' modifier (%ms), a buffer
 * grown here whose address goes to the caller's pointer at the end.
 */
#ifndef _LIBC_SCAN_SINK_H
#define _LIBC_SCAN_SINK_H

#include <stddef.h>
#include <wchar.h>

typedef struct {
    void *buf;          /* char * or wchar_t *; NULL when the conversion is suppressed */
    int wide;           /* elements are wchar_t */
    int allocate;       /* %m: buf is ours, grown on demand, handed over by scan_sink_finish */
    void **target;      /* %m: where the buffer's address goes */
    size_t count;       /* elements stored */
    size_t cap;         /* capacity of buf when allocating */
    mbstate_t mb;       /* a multibyte character in progress (wide) */
} scan_sink;

/* Set up from the next argument (unless suppressed); 0, or -1 when out of memory. */
int scan_sink_open(scan_sink *sink, va_list *ap, int suppress, int wide, int allocate);
/* Store one byte read; 0, or -1 when out of memory. */
int scan_sink_put(scan_sink *sink, int c);
/* Terminate (unless %c) and hand over an allocated buffer; a failed conversion frees it. */
void scan_sink_finish(scan_sink *sink, int terminate, int matched);

#endif
