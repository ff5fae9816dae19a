/*
 * <stdio_ext.h>: what programs may ask about a stream's buffer, and a few
 * things they may do to it (the functions Solaris and glibc have, and musl's
 * __freadahead, __freadptr, __freadptrinc and __fseterr, which gnulib uses
 * when it cannot see inside a FILE).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdio_ext.h>
#include "stdio_impl.h"

size_t __fbufsize(FILE *f)
{
    return f->size;
}

size_t __fpending(FILE *f)
{
    return (f->flags & F_WRITING) ? f->pos : 0;
}

int __freading(FILE *f)
{
    return (f->flags & F_READING) || (f->flags & (F_READ | F_WRITE)) == F_READ;
}

int __fwriting(FILE *f)
{
    return (f->flags & F_WRITING) || (f->flags & (F_READ | F_WRITE)) == F_WRITE;
}

int __freadable(FILE *f)
{
    return (f->flags & F_READ) != 0;
}

int __fwritable(FILE *f)
{
    return (f->flags & F_WRITE) != 0;
}

int __flbf(FILE *f)
{
    __stdio_decide_mode(f);
    return f->mode == _IOLBF;
}

/* Drop buffered input and output without reading or writing anything. */
void __fpurge(FILE *f)
{
    f->pos = f->len = 0;
    f->ungot = EOF;
    f->flags &= ~(F_READING | F_WRITING);
}

void _flushlbf(void)
{
    __stdio_flush_line_buffered();
}

int __fsetlocking(FILE *f, int type)
{
    (void)f;
    (void)type;
    return FSETLOCKING_INTERNAL;
}

/* Bytes read ahead and not consumed yet, a pushed-back byte included. */
size_t __freadahead(FILE *f)
{
    if (!(f->flags & F_READING))
        return 0;
    return f->len - f->pos + (f->ungot != EOF);
}

/* Where those bytes are and how many (in *sizep); NULL when there are none. */
const char *__freadptr(FILE *f, size_t *sizep)
{
    if (!(f->flags & F_READING) || __stdio_pushback_to_buffer(f) < 0 || f->pos >= f->len)
        return NULL;
    *sizep = f->len - f->pos;
    return (const char *)f->buf + f->pos;
}

/* Consumes n of the bytes __freadptr showed. */
void __freadptrinc(FILE *f, size_t n)
{
    f->pos += n;
}

/* Sets the error indicator, as a failed read or write would. */
void __fseterr(FILE *f)
{
    f->flags |= F_ERR;
}
