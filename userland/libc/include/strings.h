#ifndef _STRINGS_H
#define _STRINGS_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);
void bzero(void *s, size_t n);
void bcopy(const void *src, void *dst, size_t n);
int bcmp(const void *a, const void *b, size_t n);
char *index(const char *s, int c);
char *rindex(const char *s, int c);
int ffs(int i);
int ffsl(long i);
int ffsll(long long i);
/* POSIX 2008: the same in a given locale (locale.h). */
#include <bits/locale_t.h>
int strcasecmp_l(const char *a, const char *b, locale_t loc);
int strncasecmp_l(const char *a, const char *b, size_t n, locale_t loc);

#endif
