/*
 * Where printf's conversions take their arguments (printf_args.h): the
 * va_list in order, or for a format with %n$ positions a table read
 * beforehand, each argument with the type the format gives it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "printf_args.h"

/* The table entry for a position, or NULL when the format named none that fits. */
static arg_value *slot(arg_source *a, int pos)
{
    return pos >= 1 && pos <= a->count ? &a->table[pos - 1] : NULL;
}

static intmax_t table_integer(arg_source *a, int pos)
{
    arg_value *v = slot(a, pos);

    return v != NULL ? v->i : 0;
}

int __printf_int_arg(arg_source *a, int pos)
{
    return a->table != NULL ? (int)table_integer(a, pos) : va_arg(*a->ap, int);
}

void *__printf_pointer_arg(arg_source *a, int pos)
{
    arg_value *v = slot(a, pos);

    if (a->table != NULL)
        return v != NULL ? v->p : NULL;
    return va_arg(*a->ap, void *);
}

double __printf_double_arg(arg_source *a, int pos)
{
    arg_value *v = slot(a, pos);

    if (a->table != NULL)
        return v != NULL ? v->d : 0.0;
    return va_arg(*a->ap, double);
}

long double __printf_long_double_arg(arg_source *a, int pos)
{
    arg_value *v = slot(a, pos);

    if (a->table != NULL)
        return v != NULL ? v->ld : 0.0L;
    return va_arg(*a->ap, long double);
}

intmax_t __printf_signed_arg(arg_source *a, int pos, int length)
{
    intmax_t v;

    if (a->table == NULL) {
        switch (length) {
        case LEN_HH: return (signed char)va_arg(*a->ap, int);
        case LEN_H: return (short)va_arg(*a->ap, int);
        case LEN_L: return va_arg(*a->ap, long);
        case LEN_LL: return va_arg(*a->ap, long long);
        case LEN_Z: return va_arg(*a->ap, long);
        case LEN_T: return va_arg(*a->ap, long);
        case LEN_J: return va_arg(*a->ap, intmax_t);
        default: return va_arg(*a->ap, int);
        }
    }
    v = table_integer(a, pos);
    switch (length) {
    case LEN_HH: return (signed char)v;
    case LEN_H: return (short)v;
    case LEN_NONE: return (int)v;
    default: return v;
    }
}

uintmax_t __printf_unsigned_arg(arg_source *a, int pos, int length)
{
    uintmax_t v;

    if (a->table == NULL) {
        switch (length) {
        case LEN_HH: return (unsigned char)va_arg(*a->ap, unsigned int);
        case LEN_H: return (unsigned short)va_arg(*a->ap, unsigned int);
        case LEN_L: return va_arg(*a->ap, unsigned long);
        case LEN_LL: return va_arg(*a->ap, unsigned long long);
        case LEN_Z: return va_arg(*a->ap, unsigned long);
        case LEN_T: return va_arg(*a->ap, unsigned long);
        case LEN_J: return va_arg(*a->ap, uintmax_t);
        default: return va_arg(*a->ap, unsigned int);
        }
    }
    v = (uintmax_t)table_integer(a, pos);
    switch (length) {
    case LEN_HH: return (unsigned char)v;
    case LEN_H: return (unsigned short)v;
    case LEN_NONE: return (unsigned int)v;
    default: return v;
    }
}

void __printf_store_count(arg_source *a, int pos, int length, size_t count)
{
    void *p = __printf_pointer_arg(a, pos);

    if (p == NULL)
        return;
    switch (length) {
    case LEN_HH: *(signed char *)p = (signed char)count; break;
    case LEN_H: *(short *)p = (short)count; break;
    case LEN_L:
    case LEN_LL:
    case LEN_Z:
    case LEN_T:
    case LEN_J: *(long *)p = (long)count; break;
    default: *(int *)p = (int)count; break;
    }
}

/* "12$" at p: the position, and *end past the '$'; 0 when p holds no position. */
int __printf_parse_position(const char *p, const char **end)
{
    int n = 0;
    const char *q = p;

    for (; *q >= '0' && *q <= '9'; q++)
        n = n < MAX_POSITIONAL * 10 ? n * 10 + (*q - '0') : n;
    if (q == p || *q != '$' || n == 0)
        return 0;
    *end = q + 1;
    return n;
}

/* A '*' at p (width or precision): -1 for the next argument, m for '*m$'; *end past it. */
int __printf_parse_star(const char *p, const char **end)
{
    int pos = __printf_parse_position(p + 1, end);

    if (pos == 0)
        *end = p + 1;
    return pos != 0 ? pos : -1;
}

/* The values of '*' widths and precisions (a negative width means '-'). */
void __printf_resolve_stars(spec *sp, arg_source *a)
{
    if (sp->width_pos != 0) {
        sp->width = __printf_int_arg(a, sp->width_pos);
        if (sp->width < 0) {
            sp->left = 1;
            sp->zero = 0;
            sp->width = -sp->width;
        }
    }
    if (sp->prec_pos != 0) {
        sp->prec = __printf_int_arg(a, sp->prec_pos);
        if (sp->prec < 0)
            sp->prec = -1;
    }
}

/* How va_arg must read the argument a conversion takes. */
enum arg_class { ARG_INT, ARG_LONG, ARG_POINTER, ARG_DOUBLE, ARG_LONG_DOUBLE, ARG_NONE };

static enum arg_class class_of(const spec *sp)
{
    switch (sp->conv) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'c':
        return sp->length == LEN_NONE || sp->length == LEN_HH || sp->length == LEN_H ||
               (sp->conv == 'c') ? ARG_INT : ARG_LONG;
    case 'p': case 's': case 'n':
        return ARG_POINTER;
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
        return sp->length == LEN_BIG_L ? ARG_LONG_DOUBLE : ARG_DOUBLE;
    default:
        return ARG_NONE;
    }
}

static void note_class(enum arg_class *classes, int pos, enum arg_class c)
{
    if (pos >= 1 && pos <= MAX_POSITIONAL && c != ARG_NONE)
        classes[pos - 1] = c;
}

/*
 * A %n$ format: read every argument up to the highest position the format
 * names, in order and with the type the format gives it (an unnamed one is
 * read as an int), into table. Returns 0, or -1 for a position too large.
 */
int __printf_fill_positional(const char *fmt, arg_source *a, arg_value *table)
{
    enum arg_class classes[MAX_POSITIONAL];
    const char *p;
    spec sp;
    int i, highest = 0;

    for (i = 0; i < MAX_POSITIONAL; i++)
        classes[i] = ARG_INT;
    for (p = strchr(fmt, '%'); p != NULL; p = strchr(p + 1, '%')) {
        p = __printf_parse_spec(p + 1, &sp);
        if (sp.pos > MAX_POSITIONAL || sp.width_pos > MAX_POSITIONAL || sp.prec_pos > MAX_POSITIONAL)
            return -1;
        note_class(classes, sp.width_pos, ARG_INT);
        note_class(classes, sp.prec_pos, ARG_INT);
        note_class(classes, sp.pos, class_of(&sp));
        highest = sp.pos > highest ? sp.pos : highest;
        highest = sp.width_pos > highest ? sp.width_pos : highest;
        highest = sp.prec_pos > highest ? sp.prec_pos : highest;
        if (*p == '\0')
            break;
    }
    for (i = 0; i < highest; i++) {
        switch (classes[i]) {
        case ARG_LONG: table[i].i = va_arg(*a->ap, long); break;
        case ARG_POINTER: table[i].p = va_arg(*a->ap, void *); break;
        case ARG_DOUBLE: table[i].d = va_arg(*a->ap, double); break;
        case ARG_LONG_DOUBLE: table[i].ld = va_arg(*a->ap, long double); break;
        default: table[i].i = va_arg(*a->ap, int); break;
        }
    }
    a->table = table;
    a->count = highest;
    return 0;
}
