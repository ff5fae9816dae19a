#ifndef _STDIO_EXT_H
#define _STDIO_EXT_H

#include <stdio.h>

/* Looking inside a stream (Solaris and glibc extensions). */
#define FSETLOCKING_QUERY 0
#define FSETLOCKING_INTERNAL 1
#define FSETLOCKING_BYCALLER 2

size_t __fbufsize(FILE *f);
size_t __fpending(FILE *f);
int __freading(FILE *f);
int __fwriting(FILE *f);
int __freadable(FILE *f);
int __fwritable(FILE *f);
int __flbf(FILE *f);
void __fpurge(FILE *f);
void _flushlbf(void);
int __fsetlocking(FILE *f, int type);

/* musl's: the unread buffered input (a pushed-back byte included), and the error indicator. */
size_t __freadahead(FILE *f);
const char *__freadptr(FILE *f, size_t *sizep);
void __freadptrinc(FILE *f, size_t n);
void __fseterr(FILE *f);

#endif
