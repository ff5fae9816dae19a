/*
 * printf's conversion specifications and where their arguments come from
 * (printf.c formats, printf_args.c fetches): private to the library.
 */
#ifndef _LIBC_PRINTF_ARGS_H
#define _LIBC_PRINTF_ARGS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* One parsed conversion specification: %[flags][width][.precision][length]conv */
typedef struct {
    int left;      /* '-' */
    int plus;      /* '+' */
    int space;     /* ' ' */
    int alt;       /* '#' */
    int zero;      /* '0' */
    int width;
    int prec;      /* -1 when absent */
    int length;    /* see the LEN_ constants */
    char conv;
    int pos;       /* %n$: the argument's position (1-based); 0 for the next one */
    int width_pos; /* '*': -1 for the next argument, m for '*m$', 0 without a star */
    int prec_pos;  /* likewise for ".*" */
} spec;

/*
 * Where conversions take their arguments: the va_list in order or, for a
 * format with %n$ positions, a table filled beforehand in position order
 * (va_arg needs each type, which only the format tells: fill_positional).
 */
typedef union {
    intmax_t i;
    void *p;
    double d;
    long double ld;
} arg_value;

typedef struct {
    va_list *ap;
    arg_value *table;   /* NULL: take the va_list's next argument */
    int count;          /* entries in table */
} arg_source;

/* POSIX's NL_ARGMAX is at least 9; glibc allows 4096. */
#define MAX_POSITIONAL 256

enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_T, LEN_J, LEN_BIG_L };

/* Parse [n$] flags, width, precision and length after a '%' (printf.c). */
const char *__printf_parse_spec(const char *p, spec *sp);

/* "12$" at p: the position, *end past the '$'; 0 when p holds none. */
int __printf_parse_position(const char *p, const char **end);
/* A '*' at p: -1 for the next argument, m for '*m$'; *end past it. */
int __printf_parse_star(const char *p, const char **end);
/* A %n$ format: every argument read beforehand into table; -1 for a position too large. */
int __printf_fill_positional(const char *fmt, arg_source *a, arg_value *table);
/* The values of the '*' width and precision a spec names. */
void __printf_resolve_stars(spec *sp, arg_source *a);

/* The conversion's argument as the length modifier says (pos: its %n$ position, if any). */
int __printf_int_arg(arg_source *a, int pos);
void *__printf_pointer_arg(arg_source *a, int pos);
double __printf_double_arg(arg_source *a, int pos);
long double __printf_long_double_arg(arg_source *a, int pos);
intmax_t __printf_signed_arg(arg_source *a, int pos, int length);
uintmax_t __printf_unsigned_arg(arg_source *a, int pos, int length);
void __printf_store_count(arg_source *a, int pos, int length, size_t count);

#endif
