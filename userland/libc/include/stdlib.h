#ifndef _STDLIB_H
#define _STDLIB_H

#define __need_size_t
#define __need_wchar_t
#define __need_NULL
#include <stddef.h>
/* As glibc's, outside strict ISO mode: programs that include only <stdlib.h> use u_int32_t or int8_t. */
#if !defined(__STRICT_ANSI__) || defined(_DEFAULT_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#include <sys/types.h>
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647

typedef struct { int quot; int rem; } div_t;
typedef struct { long quot; long rem; } ldiv_t;
typedef struct { long long quot; long long rem; } lldiv_t;

/* 1 in the "C" locale, 6 in a UTF-8 one (setlocale decides). */
int __mb_cur_max(void);
#define MB_CUR_MAX ((size_t)__mb_cur_max())

void *malloc(size_t size);
void *calloc(size_t nmemb, size_t size);
void *realloc(void *ptr, size_t size);
void free(void *ptr);
void *reallocarray(void *ptr, size_t nmemb, size_t size);
void *aligned_alloc(size_t alignment, size_t size);
void *memalign(size_t alignment, size_t size);
int posix_memalign(void **out, size_t alignment, size_t size);
void *valloc(size_t size);
/* glibc's <stdlib.h> brings alloca too. */
#include <alloca.h>

void exit(int status) __attribute__((noreturn));
void _Exit(int status) __attribute__((noreturn));
void abort(void) __attribute__((noreturn));
int atexit(void (*fn)(void));
int on_exit(void (*fn)(int status, void *arg), void *arg);
void quick_exit(int status) __attribute__((noreturn));
int at_quick_exit(void (*fn)(void));

int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
long strtol(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);
long long strtoll(const char *s, char **end, int base);
unsigned long long strtoull(const char *s, char **end, int base);
double strtod(const char *s, char **end);
float strtof(const char *s, char **end);
long double strtold(const char *s, char **end);
double atof(const char *s);

void qsort(void *base, size_t nmemb, size_t size, int (*cmp)(const void *, const void *));
#ifdef _GNU_SOURCE
int ptsname_r(int fd, char *buf, size_t size);
void qsort_r(void *base, size_t nmemb, size_t size, int (*cmp)(const void *, const void *, void *), void *arg);
/* GNU: the conversions in a given locale (locale.h). */
#include <bits/locale_t.h>
double strtod_l(const char *s, char **end, locale_t loc);
float strtof_l(const char *s, char **end, locale_t loc);
long double strtold_l(const char *s, char **end, locale_t loc);
long strtol_l(const char *s, char **end, int base, locale_t loc);
unsigned long strtoul_l(const char *s, char **end, int base, locale_t loc);
long long strtoll_l(const char *s, char **end, int base, locale_t loc);
unsigned long long strtoull_l(const char *s, char **end, int base, locale_t loc);
#endif
void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
              int (*cmp)(const void *, const void *));

int abs(int x);
long labs(long x);
long long llabs(long long x);
div_t div(int num, int den);
ldiv_t ldiv(long num, long den);
lldiv_t lldiv(long long num, long long den);

int rand(void);
void srand(unsigned int seed);
int rand_r(unsigned int *seed);
long random(void);
void srandom(unsigned int seed);
char *initstate(unsigned int seed, char *statebuf, size_t statelen);
char *setstate(char *statebuf);
#if !defined(__STRICT_ANSI__) || defined(_DEFAULT_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
/* Pseudo-terminals (pty.c). */
int posix_openpt(int flags);
int grantpt(int fd);
int unlockpt(int fd);
char *ptsname(int fd);
/* The BSD names of strtoll and strtoull (quad_t is long long), as glibc keeps them. */
long long strtoq(const char *s, char **end, int base);
unsigned long long strtouq(const char *s, char **end, int base);
/* glibc's reentrant random(): the caller keeps the generator (random_additive.c). */
struct random_data {
    int *fptr;          /* front pointer */
    int *rptr;          /* rear pointer */
    int *state;         /* the ring (word -1 records type and position) */
    int rand_type;
    int rand_deg;
    int rand_sep;
    int *end_ptr;       /* just past the ring */
};
int random_r(struct random_data *buf, int *result);
int srandom_r(unsigned int seed, struct random_data *buf);
int initstate_r(unsigned int seed, char *statebuf, size_t statelen, struct random_data *buf);
int setstate_r(char *statebuf, struct random_data *buf);

/* glibc's reentrant drand48 family (random48_r.c): the caller keeps the state. */
struct drand48_data {
    unsigned short __x[3];
    unsigned short __old_x[3];
    unsigned short __c;
    unsigned short __init;
    unsigned long long __a;
};
int drand48_r(struct drand48_data *buffer, double *result);
int erand48_r(unsigned short xsubi[3], struct drand48_data *buffer, double *result);
int lrand48_r(struct drand48_data *buffer, long *result);
int nrand48_r(unsigned short xsubi[3], struct drand48_data *buffer, long *result);
int mrand48_r(struct drand48_data *buffer, long *result);
int jrand48_r(unsigned short xsubi[3], struct drand48_data *buffer, long *result);
int srand48_r(long seed, struct drand48_data *buffer);
int seed48_r(unsigned short seed16v[3], struct drand48_data *buffer);
int lcong48_r(unsigned short param[7], struct drand48_data *buffer);
#endif
#if !defined(__STRICT_ANSI__) || defined(_DEFAULT_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
/* Random numbers from the kernel (getrandom), as glibc 2.36's: no seed, no state to keep. */
unsigned int arc4random(void);
void arc4random_buf(void *buf, size_t n);
unsigned int arc4random_uniform(unsigned int upper_bound);
#endif
double drand48(void);
long lrand48(void);
long mrand48(void);
void srand48(long seed);
double erand48(unsigned short xsubi[3]);
long nrand48(unsigned short xsubi[3]);
long jrand48(unsigned short xsubi[3]);
unsigned short *seed48(unsigned short seed16v[3]);
void lcong48(unsigned short param[7]);

char *getenv(const char *name);
#ifdef _GNU_SOURCE
char *secure_getenv(const char *name);
#endif
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int clearenv(void);
char *realpath(const char *path, char *resolved);
#ifdef _GNU_SOURCE
char *canonicalize_file_name(const char *path);
#endif
long a64l(const char *s);
char *l64a(long value);
int putenv(char *string);

int mblen(const char *s, size_t n);
int mbtowc(wchar_t *pwc, const char *s, size_t n);
int wctomb(char *s, wchar_t wc);
size_t mbstowcs(wchar_t *dst, const char *src, size_t n);
size_t wcstombs(char *dst, const wchar_t *src, size_t n);
int system(const char *command);
int mkstemp(char *template);
char *mkdtemp(char *template);
/* Legacy (SUSv2) conversions: cvt.c. */
char *ecvt(double value, int ndigit, int *decpt, int *sign);
char *fcvt(double value, int ndigit, int *decpt, int *sign);
char *gcvt(double value, int ndigit, char *buf);
int mkstemps(char *template, int suffixlen);
char *mktemp(char *template);
#ifdef _GNU_SOURCE
int mkostemp(char *template, int flags);
int mkostemps(char *template, int suffixlen, int flags);
#endif

#endif
