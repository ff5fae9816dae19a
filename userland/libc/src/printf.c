/*
 * The printf family. One engine, __vformat, parses the format and sends
 * its output to a sink: a FILE, a file descriptor or a string of limited size.
 */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>
#include <stdint.h>
#include <unistd.h>
#include "libc.h"
#include "fmt_float.h"

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
} spec;

enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_T, LEN_J };

static void emit(__printf_sink *sink, const char *s, size_t n)
{
    size_t room, k;

    if (n == 0)
        return;
    sink->count += n;
    if (sink->file != NULL) {
        if (fwrite(s, 1, n, sink->file) != n)
            sink->error = 1;
        return;
    }
    if (sink->fd >= 0) {
        if (write(sink->fd, s, n) != (ssize_t)n)
            sink->error = 1;
        return;
    }
    /* Strings keep one byte for the NUL; output past the end is only counted. */
    if (sink->str == NULL)
        return;
    room = sink->cap > 0 ? sink->cap - 1 : 0;
    k = n < room ? n : room;
    memcpy(sink->str, s, k);
    sink->str += k;
    sink->cap -= k;
}

static void emit_repeat(__printf_sink *sink, char c, int n)
{
    char chunk[32];
    int k;

    memset(chunk, c, sizeof(chunk));
    while (n > 0) {
        k = n < (int)sizeof(chunk) ? n : (int)sizeof(chunk);
        emit(sink, chunk, (size_t)k);
        n -= k;
    }
}

/*
 * Lay out prefix (sign or 0x), `zeros` zeros and the body within the field
 * width: spaces on the left or right, or zeros between prefix and body.
 */
static void emit_field(__printf_sink *sink, const spec *sp, const char *prefix, int zeros,
                       const char *body, int body_len)
{
    int plen = (int)strlen(prefix);
    int pad = sp->width - plen - zeros - body_len;

    if (pad < 0)
        pad = 0;
    if (!sp->left && !sp->zero)
        emit_repeat(sink, ' ', pad);
    emit(sink, prefix, (size_t)plen);
    if (!sp->left && sp->zero)
        emit_repeat(sink, '0', pad);
    emit_repeat(sink, '0', zeros);
    emit(sink, body, (size_t)body_len);
    if (sp->left)
        emit_repeat(sink, ' ', pad);
}

/* Digits of v in base (8, 10 or 16), written right-aligned ending at end. */
static int format_unsigned(char *end, uintmax_t v, int base, int upper)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char *p = end;

    do {
        *--p = digits[v % (unsigned)base];
        v /= (unsigned)base;
    } while (v != 0);
    return (int)(end - p);
}

static void format_integer(__printf_sink *sink, spec *sp, uintmax_t v, int negative)
{
    char buf[32];
    char prefix[4];
    int base = 10, len, zeros = 0, upper = sp->conv == 'X';

    prefix[0] = '\0';
    if (sp->conv == 'o')
        base = 8;
    else if (sp->conv == 'x' || sp->conv == 'X' || sp->conv == 'p')
        base = 16;
    if (sp->conv == 'd' || sp->conv == 'i') {
        if (negative)
            strcpy(prefix, "-");
        else if (sp->plus)
            strcpy(prefix, "+");
        else if (sp->space)
            strcpy(prefix, " ");
    }
    len = format_unsigned(buf + sizeof(buf), v, base, upper);
    /* Precision 0 and value 0: no digits at all (but "%#.0o" still shows 0). */
    if (sp->prec == 0 && v == 0)
        len = 0;
    if (sp->prec > len)
        zeros = sp->prec - len;
    if (sp->alt && base == 8 && zeros == 0 && (len == 0 || buf[sizeof(buf) - len] != '0'))
        zeros = 1;
    if ((sp->alt && base == 16 && v != 0) || sp->conv == 'p')
        strcpy(prefix, upper ? "0X" : "0x");
    /* With a precision, the 0 flag is ignored for integers. */
    if (sp->prec >= 0)
        sp->zero = 0;
    emit_field(sink, sp, prefix, zeros, buf + sizeof(buf) - len, len);
}

static void format_double(__printf_sink *sink, spec *sp, double v)
{
    char body[FMT_FLOAT_BUF];
    const char *prefix = "";
    int len;
    union { double d; uint64_t u; } bits;

    bits.d = v;
    if (bits.u >> 63)
        prefix = "-";
    else if (sp->plus)
        prefix = "+";
    else if (sp->space)
        prefix = " ";
    len = __format_float(body, v, sp->conv, sp->prec < 0 ? 6 : sp->prec, sp->alt);
    /* Infinities and NaNs are never zero-padded. */
    if (v != v || v - v != 0)
        sp->zero = 0;
    emit_field(sink, sp, prefix, 0, body, len);
}

static void format_string(__printf_sink *sink, spec *sp, const char *s)
{
    size_t len;

    if (s == NULL)
        s = sp->prec < 0 || sp->prec >= 6 ? "(null)" : "";
    len = sp->prec >= 0 ? strnlen(s, (size_t)sp->prec) : strlen(s);
    sp->zero = 0;
    emit_field(sink, sp, "", 0, s, (int)len);
}

static intmax_t signed_arg(va_list *ap, int length)
{
    switch (length) {
    case LEN_HH: return (signed char)va_arg(*ap, int);
    case LEN_H: return (short)va_arg(*ap, int);
    case LEN_L: return va_arg(*ap, long);
    case LEN_LL: return va_arg(*ap, long long);
    case LEN_Z: return va_arg(*ap, long);
    case LEN_T: return va_arg(*ap, long);
    case LEN_J: return va_arg(*ap, intmax_t);
    default: return va_arg(*ap, int);
    }
}

static uintmax_t unsigned_arg(va_list *ap, int length)
{
    switch (length) {
    case LEN_HH: return (unsigned char)va_arg(*ap, unsigned int);
    case LEN_H: return (unsigned short)va_arg(*ap, unsigned int);
    case LEN_L: return va_arg(*ap, unsigned long);
    case LEN_LL: return va_arg(*ap, unsigned long long);
    case LEN_Z: return va_arg(*ap, unsigned long);
    case LEN_T: return va_arg(*ap, unsigned long);
    case LEN_J: return va_arg(*ap, uintmax_t);
    default: return va_arg(*ap, unsigned int);
    }
}

static void store_count(va_list *ap, int length, size_t count)
{
    switch (length) {
    case LEN_HH: *va_arg(*ap, signed char *) = (signed char)count; break;
    case LEN_H: *va_arg(*ap, short *) = (short)count; break;
    case LEN_L:
    case LEN_LL:
    case LEN_Z:
    case LEN_T:
    case LEN_J: *va_arg(*ap, long *) = (long)count; break;
    default: *va_arg(*ap, int *) = (int)count; break;
    }
}

/* Parse flags, width, precision and length after a '%'; returns the conversion's address. */
static const char *parse_spec(const char *p, spec *sp, va_list *ap)
{
    memset(sp, 0, sizeof(*sp));
    sp->prec = -1;
    for (;; p++) {
        if (*p == '-') sp->left = 1;
        else if (*p == '+') sp->plus = 1;
        else if (*p == ' ') sp->space = 1;
        else if (*p == '#') sp->alt = 1;
        else if (*p == '0') sp->zero = 1;
        else break;
    }
    if (*p == '*') {
        sp->width = va_arg(*ap, int);
        if (sp->width < 0) {
            sp->left = 1;
            sp->width = -sp->width;
        }
        p++;
    } else {
        for (; *p >= '0' && *p <= '9'; p++)
            sp->width = sp->width * 10 + (*p - '0');
    }
    if (*p == '.') {
        p++;
        sp->prec = 0;
        if (*p == '*') {
            sp->prec = va_arg(*ap, int);
            if (sp->prec < 0)
                sp->prec = -1;
            p++;
        } else {
            for (; *p >= '0' && *p <= '9'; p++)
                sp->prec = sp->prec * 10 + (*p - '0');
        }
    }
    if (*p == 'h') {
        sp->length = p[1] == 'h' ? LEN_HH : LEN_H;
        p += p[1] == 'h' ? 2 : 1;
    } else if (*p == 'l') {
        sp->length = p[1] == 'l' ? LEN_LL : LEN_L;
        p += p[1] == 'l' ? 2 : 1;
    } else if (*p == 'z') {
        sp->length = LEN_Z;
        p++;
    } else if (*p == 't') {
        sp->length = LEN_T;
        p++;
    } else if (*p == 'j') {
        sp->length = LEN_J;
        p++;
    }
    if (sp->left)
        sp->zero = 0;
    if (sp->plus)
        sp->space = 0;
    sp->conv = *p;
    return p;
}

static void format_one(__printf_sink *sink, spec *sp, va_list *ap)
{
    intmax_t s;
    void *ptr;
    char c;

    switch (sp->conv) {
    case 'd':
    case 'i':
        s = signed_arg(ap, sp->length);
        format_integer(sink, sp, s < 0 ? (uintmax_t)0 - (uintmax_t)s : (uintmax_t)s, s < 0);
        break;
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        format_integer(sink, sp, unsigned_arg(ap, sp->length), 0);
        break;
    case 'p':
        ptr = va_arg(*ap, void *);
        if (ptr == NULL) {
            sp->prec = -1;
            format_string(sink, sp, "(nil)");
        } else {
            format_integer(sink, sp, (uintptr_t)ptr, 0);
        }
        break;
    case 'c':
        c = (char)va_arg(*ap, int);
        sp->zero = 0;
        emit_field(sink, sp, "", 0, &c, 1);
        break;
    case 's':
        format_string(sink, sp, va_arg(*ap, const char *));
        break;
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
        format_double(sink, sp, va_arg(*ap, double));
        break;
    case 'n':
        store_count(ap, sp->length, sink->count);
        break;
    case '%':
        emit(sink, "%", 1);
        break;
    default:
        break;
    }
}

int __vformat(__printf_sink *sink, const char *fmt, va_list ap)
{
    const char *p = fmt, *start, *conv;
    spec sp;
    va_list args;

    /* A copy lets helpers take va_list by pointer, which is portable. */
    va_copy(args, ap);
    while (*p) {
        start = p;
        while (*p && *p != '%')
            p++;
        emit(sink, start, (size_t)(p - start));
        if (*p == '\0')
            break;
        conv = parse_spec(p + 1, &sp, &args);
        if (*conv == '\0' || strchr("diouxXpcsfFeEgGn%", *conv) == NULL) {
            /* Not a conversion we know: print it as written, like glibc. */
            emit(sink, p, (size_t)(conv - p) + (*conv != '\0'));
            p = conv + (*conv != '\0');
            continue;
        }
        format_one(sink, &sp, &args);
        p = conv + 1;
    }
    va_end(args);
    if (sink->str != NULL && sink->cap > 0)
        *sink->str = '\0';
    return sink->error ? -1 : (int)sink->count;
}

static void file_sink(__printf_sink *sink, FILE *f)
{
    sink->file = f;
    sink->fd = -1;
    sink->str = NULL;
    sink->cap = 0;
    sink->count = 0;
    sink->error = 0;
}

int vfprintf(FILE *f, const char *fmt, va_list ap)
{
    __printf_sink sink;
    unsigned char tmp[512];
    int r;

    file_sink(&sink, f);
    if (f->mode != _IONBF || f->buf != NULL)
        return __vformat(&sink, fmt, ap);
    /*
     * An unbuffered stream (stderr) borrows a buffer for the length of the
     * call, so that one message is one write and does not interleave with
     * other processes' output piece by piece.
     */
    f->buf = tmp;
    f->size = sizeof(tmp);
    f->mode = _IOFBF;
    r = __vformat(&sink, fmt, ap);
    if (fflush(f) == EOF)
        r = -1;
    f->buf = NULL;
    f->size = 0;
    f->mode = _IONBF;
    return r;
}

int vprintf(const char *fmt, va_list ap)
{
    return vfprintf(stdout, fmt, ap);
}

int vsnprintf(char *s, size_t n, const char *fmt, va_list ap)
{
    __printf_sink sink;

    file_sink(&sink, NULL);
    sink.str = n > 0 ? s : NULL;
    sink.cap = n;
    return __vformat(&sink, fmt, ap);
}

int vsprintf(char *s, const char *fmt, va_list ap)
{
    return vsnprintf(s, (size_t)-1 / 2, fmt, ap);
}

int vdprintf(int fd, const char *fmt, va_list ap)
{
    __printf_sink sink;

    file_sink(&sink, NULL);
    sink.fd = fd;
    return __vformat(&sink, fmt, ap);
}

int printf(const char *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vfprintf(stdout, fmt, ap);
    va_end(ap);
    return r;
}

int fprintf(FILE *f, const char *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vfprintf(f, fmt, ap);
    va_end(ap);
    return r;
}

int dprintf(int fd, const char *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vdprintf(fd, fmt, ap);
    va_end(ap);
    return r;
}

int sprintf(char *s, const char *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vsprintf(s, fmt, ap);
    va_end(ap);
    return r;
}

int snprintf(char *s, size_t n, const char *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vsnprintf(s, n, fmt, ap);
    va_end(ap);
    return r;
}
