/*
 * <stdio_ext.h>: what programs may ask about a stream's buffer, and a few
 * things they may do to it (the functions Solaris and glibc have).
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
