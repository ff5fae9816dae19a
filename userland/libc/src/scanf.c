/*
 * The scanf family: sscanf, fscanf, scanf (and their v-forms).
 *
 * Conversions: %d %i %u %o %x %X %p %f %e %g %a %s %c %[set] %n %%, with '*'
 * (assignment suppression), 'm' (allocate the string, POSIX), a field width
 * and the length modifiers hh h l ll j z t L (%ls, %l[ and %lc store wide
 * characters). Numbers are collected into a field buffer (of any length, as
 * glibc reads them: 130 zeros then 7 is 7) and handed to strtol/strtoul/strtod;
 * strings go through a scan_sink (scan_sink.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>
#include <stdarg.h>
#include "libc.h"
#include "scan_sink.h"

/* Where characters come from: a string or a stream, with one character of lookahead. */
typedef struct {
    const char *str;
    FILE *file;
    size_t consumed;   /* for %n */
} scan_source;

static int next_char(scan_source *src)
{
    int c;

    if (src->file != NULL)
        c = fgetc(src->file);
    else
        c = *src->str != '\0' ? (unsigned char)*src->str++ : EOF;
    if (c != EOF)
        src->consumed++;
    return c;
}

static void unread_char(scan_source *src, int c)
{
    if (c == EOF)
        return;
    src->consumed--;
    if (src->file != NULL)
        ungetc(c, src->file);
    else
        src->str--;
}

/* Skip white space; returns the first other character (already unread), or EOF. */
static int skip_space(scan_source *src)
{
    int c;

    do {
        c = next_char(src);
    } while (c != EOF && isspace(c));
    unread_char(src, c);
    return c;
}

enum { LEN_INT, LEN_CHAR, LEN_SHORT, LEN_LONG };

/* A number's text: in `small` until it outgrows it, then on the heap. */
typedef struct {
    char *text;
    int n, cap;
    char small[128];
} field;

static void field_clear(field *f)
{
    if (f->text == NULL) {
        f->text = f->small;
        f->cap = sizeof f->small;
    }
    f->n = 0;
    f->text[0] = '\0';
}

/* Appends c; -1 when no memory is left for it (the field then ends there). */
static int field_put(field *f, int c)
{
    if (f->n + 1 >= f->cap) {
        int cap = f->cap * 2;
        char *p = f->text == f->small ? malloc(cap) : realloc(f->text, cap);

        if (p == NULL)
            return -1;
        if (f->text == f->small)
            memcpy(p, f->small, f->n);
        f->text = p;
        f->cap = cap;
    }
    f->text[f->n++] = (char)c;
    f->text[f->n] = '\0';
    return 0;
}

static void field_free(field *f)
{
    if (f->text != f->small)
        free(f->text);
}

static void store_signed(va_list *ap, int length, long v)
{
    switch (length) {
    case LEN_CHAR: *va_arg(*ap, signed char *) = (signed char)v; break;
    case LEN_SHORT: *va_arg(*ap, short *) = (short)v; break;
    case LEN_LONG: *va_arg(*ap, long *) = v; break;
    default: *va_arg(*ap, int *) = (int)v; break;
    }
}

static void store_unsigned(va_list *ap, int length, unsigned long v)
{
    switch (length) {
    case LEN_CHAR: *va_arg(*ap, unsigned char *) = (unsigned char)v; break;
    case LEN_SHORT: *va_arg(*ap, unsigned short *) = (unsigned short)v; break;
    case LEN_LONG: *va_arg(*ap, unsigned long *) = v; break;
    default: *va_arg(*ap, unsigned int *) = (unsigned int)v; break;
    }
}

/* Is c allowed at position n of a number in this base (0: decimal, octal or hex by prefix)? */
static int number_char(const char *buf, int n, int c, int base)
{
    int start = n > 0 && (buf[0] == '-' || buf[0] == '+');

    if (n == 0 && (c == '-' || c == '+'))
        return 1;
    if ((c == 'x' || c == 'X') && n == start + 1 && buf[start] == '0' && (base == 0 || base == 16))
        return 1;
    if (base == 0)
        base = n > start && buf[start] == '0' ? (n > start + 1 && (buf[start + 1] == 'x' || buf[start + 1] == 'X') ? 16 : 8) : 10;
    if (isdigit(c))
        return c - '0' < base;
    return base == 16 && isxdigit(c);
}

/* Append c to the field and read the next character, or stop (EOF) when the field is full. */
static int take(scan_source *src, field *f, int width, int c)
{
    if (field_put(f, c) < 0)
        return EOF;
    return width == 0 || f->n < width ? next_char(src) : EOF;
}

/*
 * Read a floating-point number's text greedily, as glibc does: a sign, then
 * "inf"/"infinity"/"nan", or hex ("0x1.8p3"), or decimal digits with one
 * point and an exponent. Like glibc it never backs up more than one
 * character: in "100ergs" the 'e' is consumed though no exponent follows.
 */
static int read_float(scan_source *src, field *f, int width)
{
    int c, hex = 0, point = 0, digits = 0, sign;
    const char *word;

    field_clear(f);
    c = next_char(src);
    if (c == '+' || c == '-')
        c = take(src, f, width, c);
    sign = f->n;
    if (c == 'i' || c == 'I' || c == 'n' || c == 'N') {
        word = (c == 'i' || c == 'I') ? "infinity" : "nan";
        while (c != EOF && word[f->n - sign] != '\0' && tolower(c) == word[f->n - sign])
            c = take(src, f, width, c);
        unread_char(src, c);
        /* Only "inf", "infinity" and "nan" are numbers: a width that cuts one short is a matching failure. */
        return f->n - sign == 3 || word[f->n - sign] == '\0' ? f->n : 0;
    }
    if (c == '0') {
        c = take(src, f, width, c);
        digits = 1;
        if (c == 'x' || c == 'X') {
            c = take(src, f, width, c);
            hex = 1;
            digits = 0;
        }
    }
    for (;;) {
        if (c != EOF && (hex ? isxdigit(c) : isdigit(c))) {
            c = take(src, f, width, c);
            digits = 1;
        } else if (c == '.' && !point) {
            c = take(src, f, width, c);
            point = 1;
        } else if (digits && (hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E'))) {
            c = take(src, f, width, c);
            if (c == '+' || c == '-')
                c = take(src, f, width, c);
            while (c != EOF && isdigit(c))
                c = take(src, f, width, c);
            break;
        } else {
            break;
        }
    }
    unread_char(src, c);
    /* "0x" followed by neither a hex digit nor a point is a matching failure in glibc. */
    if (hex && !digits && !point)
        return 0;
    return f->n;
}

/* Read a number of up to width characters (0: any number) into the field; returns how many. */
static int read_number(scan_source *src, field *f, int width, int base)
{
    int c;

    field_clear(f);
    while (width == 0 || f->n < width) {
        c = next_char(src);
        if (c == EOF || !number_char(f->text, f->n, c, base) || field_put(f, c) < 0) {
            unread_char(src, c);
            break;
        }
    }
    return f->n;
}

/* Parse a %[...] set at fmt (after the '['); fills in[] and returns the char after ']'. */
static const char *parse_set(const char *fmt, unsigned char *in)
{
    int negate = 0, c, i;

    if (*fmt == '^') {
        negate = 1;
        fmt++;
    }
    memset(in, 0, 256);
    /* A ']' right at the start is a member, not the end. */
    if (*fmt == ']')
        in[(unsigned char)*fmt++] = 1;
    for (; *fmt && *fmt != ']'; fmt++) {
        if (fmt[1] == '-' && fmt[2] && fmt[2] != ']') {
            for (c = (unsigned char)fmt[0]; c <= (unsigned char)fmt[2]; c++)
                in[c] = 1;
            fmt += 2;
        } else {
            in[(unsigned char)*fmt] = 1;
        }
    }
    if (negate)
        for (i = 0; i < 256; i++)
            in[i] = !in[i];
    return *fmt ? fmt + 1 : fmt;
}

static int scan(scan_source *src, const char *fmt, va_list ap_in)
{
    va_list ap;
    field num = { NULL };
    unsigned char set[256];
    int assigned = 0, suppress, allocate, width, length, long_double, c, n, base, failed_input = 1, at_eof;
    char *end;
    scan_sink sink;

    va_copy(ap, ap_in);
    for (; *fmt; fmt++) {
        if (isspace((unsigned char)*fmt)) {
            skip_space(src);
            continue;
        }
        if (*fmt != '%' || fmt[1] == '%') {
            if (*fmt == '%') {
                fmt++;
                skip_space(src);
            }
            c = next_char(src);
            if (c != (unsigned char)*fmt) {
                unread_char(src, c);
                if (c == EOF && assigned == 0 && failed_input)
                    assigned = EOF;
                break;
            }
            continue;
        }
        fmt++;
        suppress = *fmt == '*';
        if (suppress)
            fmt++;
        allocate = *fmt == 'm';
        if (allocate)
            fmt++;
        for (width = 0; isdigit((unsigned char)*fmt); fmt++)
            width = width * 10 + (*fmt - '0');
        if (*fmt == 'm') {
            allocate = 1;
            fmt++;
        }
        length = LEN_INT;
        long_double = 0;
        if (*fmt == 'h') {
            length = fmt[1] == 'h' ? LEN_CHAR : LEN_SHORT;
            fmt += fmt[1] == 'h' ? 2 : 1;
        } else if (*fmt == 'l' || *fmt == 'j' || *fmt == 'z' || *fmt == 't' || *fmt == 'L' || *fmt == 'q') {
            /* %Lf stores a long double; for integers L means long long, as in glibc. */
            long_double = *fmt == 'L';
            length = LEN_LONG;
            fmt += fmt[0] == 'l' && fmt[1] == 'l' ? 2 : 1;
        }
        if (*fmt == 'n') {
            if (!suppress)
                store_signed(&ap, length, (long)src->consumed);
            continue;
        }
        if (*fmt != 'c' && *fmt != '[' && skip_space(src) == EOF) {
            if (assigned == 0)
                assigned = EOF;
            break;
        }
        failed_input = 0;
        switch (*fmt) {
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'p':
            base = *fmt == 'd' || *fmt == 'u' ? 10 : *fmt == 'i' ? 0 : *fmt == 'o' ? 8 : 16;
            n = read_number(src, &num, width, base);
            if (n == 0 || (n == 1 && (num.text[0] == '-' || num.text[0] == '+')))
                goto done;
            if (suppress)
                break;
            if (*fmt == 'p')
                *va_arg(ap, void **) = (void *)strtoul(num.text, NULL, 16);
            else if (*fmt == 'd' || *fmt == 'i')
                store_signed(&ap, length, strtol(num.text, NULL, base));
            else
                store_unsigned(&ap, length, strtoul(num.text, NULL, base));
            assigned++;
            break;
        case 'f': case 'e': case 'g': case 'E': case 'G': case 'a': case 'F': case 'A':
            n = read_float(src, &num, width);
            /* The text must start a number: strtod takes the longest prefix ("1.5e" is 1.5). */
            strtod(num.text, &end);
            if (n == 0 || end == num.text)
                goto done;
            if (suppress)
                break;
            if (long_double)
                *va_arg(ap, long double *) = strtold(num.text, NULL);
            else if (length == LEN_LONG)
                *va_arg(ap, double *) = strtod(num.text, NULL);
            else
                *va_arg(ap, float *) = strtof(num.text, NULL);
            assigned++;
            break;
        case 's':
        case '[':
            if (*fmt == '[') {
                fmt = parse_set(fmt + 1, set) - 1;
            } else {
                for (c = 0; c < 256; c++)
                    set[c] = !isspace(c);
            }
            if (scan_sink_open(&sink, &ap, suppress, length == LEN_LONG, allocate) < 0)
                goto done;
            at_eof = 0;
            for (n = 0; width == 0 || n < width; n++) {
                c = next_char(src);
                if (c == EOF || !set[c]) {
                    at_eof = c == EOF;
                    unread_char(src, c);
                    break;
                }
                if (scan_sink_put(&sink, c) < 0)
                    break;
            }
            scan_sink_finish(&sink, 1, n > 0);
            if (n == 0) {
                /* %[ at the end of the input is an input failure: EOF if nothing was assigned. */
                if (at_eof && assigned == 0)
                    assigned = EOF;
                goto done;
            }
            if (!suppress)
                assigned++;
            break;
        case 'c':
            if (scan_sink_open(&sink, &ap, suppress, length == LEN_LONG, allocate) < 0)
                goto done;
            for (n = 0; n < (width > 0 ? width : 1); n++) {
                c = next_char(src);
                if (c == EOF || scan_sink_put(&sink, c) < 0)
                    break;
            }
            scan_sink_finish(&sink, 0, n > 0);
            if (n == 0) {
                if (assigned == 0)
                    assigned = EOF;
                goto done;
            }
            if (!suppress)
                assigned++;
            break;
        default:
            goto done;
        }
    }
done:
    field_free(&num);
    va_end(ap);
    return assigned;
}

int vsscanf(const char *s, const char *fmt, va_list ap)
{
    scan_source src;

    src.str = s;
    src.file = NULL;
    src.consumed = 0;
    return scan(&src, fmt, ap);
}

int vfscanf(FILE *f, const char *fmt, va_list ap)
{
    scan_source src;

    src.str = NULL;
    src.file = f;
    src.consumed = 0;
    return scan(&src, fmt, ap);
}

int sscanf(const char *s, const char *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vsscanf(s, fmt, ap);
    va_end(ap);
    return r;
}

int fscanf(FILE *f, const char *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vfscanf(f, fmt, ap);
    va_end(ap);
    return r;
}

int scanf(const char *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vfscanf(stdin, fmt, ap);
    va_end(ap);
    return r;
}

int vscanf(const char *fmt, va_list ap)
{
    return vfscanf(stdin, fmt, ap);
}
