#ifndef _STRING_H
#define _STRING_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
/* memset to zero that is never optimized away: for clearing keys and passwords. */
void explicit_bzero(void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
char *strcpy(char *dst, const char *src);
char *strncpy(char *dst, const char *src, size_t n);
char *strcat(char *dst, const char *src);
char *strncat(char *dst, const char *src, size_t n);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
int strcoll(const char *a, const char *b);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
char *strdup(const char *s);
char *strndup(const char *s, size_t n);
char *strtok(char *s, const char *delim);
char *strtok_r(char *s, const char *delim, char **save);
char *strerror(int errnum);
char *strsignal(int sig);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
size_t strxfrm(char *dst, const char *src, size_t n);
int strerror_r(int errnum, char *buf, size_t n);
/* POSIX 2008: the same in a given locale (locale.h). */
#include <bits/locale_t.h>
int strcoll_l(const char *a, const char *b, locale_t loc);
size_t strxfrm_l(char *dst, const char *src, size_t n, locale_t loc);
char *strerror_l(int errnum, locale_t loc);
#ifdef _GNU_SOURCE
void *rawmemchr(const void *s, int c);
#endif

/* GNU and BSD extensions; the GNU-only ones need _GNU_SOURCE, as in glibc (a program may define its own). */
#ifdef _GNU_SOURCE
void *memrchr(const void *s, int c, size_t n);
void *mempcpy(void *dst, const void *src, size_t n);
void *memmem(const void *haystack, size_t hn, const void *needle, size_t nn);
char *strchrnul(const char *s, int c);
char *strcasestr(const char *haystack, const char *needle);
#endif
char *stpcpy(char *dst, const char *src);
char *stpncpy(char *dst, const char *src, size_t n);
char *strsep(char **sp, const char *delim);
int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);
char *strpbrk(const char *s, const char *accept);
void *memccpy(void *dst, const void *src, int c, size_t n);
size_t strlcpy(char *dst, const char *src, size_t size);
size_t strlcat(char *dst, const char *src, size_t size);
#ifdef _GNU_SOURCE
int strverscmp(const char *a, const char *b);
#endif

/* As glibc's outside strict ISO mode: index, rindex, bzero, ffs... come with <string.h>. */
#ifndef __STRICT_ANSI__
#include <strings.h>
#endif

#endif
