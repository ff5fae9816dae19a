/*
 * The printf family. One engine, __vformat, parses the format and sends
 * its output to a sink: a FILE, a file descriptor or a string of limited size.
 */
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <limits.h>
#include <unistd.h>
#include <errno.h>
#include <wchar.h>
#include "libc.h"
#include "pthread_impl.h"
#include "fmt_float.h"
#include "printf_args.h"

/* Writes a descriptor sink's staged bytes (base..str) in one write(). */
static void fd_flush(__printf_sink *sink)
{
    size_t n = (size_t)(sink->str - sink->base);

    if (n > 0 && write(sink->fd, sink->base, n) != (ssize_t)n)
        sink->error = 1;
    sink->str = sink->base;
    sink->cap += n;
}

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
        while (n > 0) {
            if (sink->cap == 0)
                fd_flush(sink);
            k = n < sink->cap ? n : sink->cap;
            memcpy(sink->str, s, k);
            sink->str += k;
            sink->cap -= k;
            s += k;
            n -= k;
        }
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

/* A floating-point argument taken apart: sign, class, and its bits for %a. */
typedef struct {
    int negative;
    int special;        /* 0 finite, 1 infinity, 2 NaN */
    fmt_value value;    /* |v| = m * 2^e, for the decimal conversions */
    unsigned lead;      /* %a: the digit before the point ... */
    uint64_t frac;      /* ... the fraction bits ... */
    int frac_bits;      /* ... how many ... */
    int exp2;           /* ... and the binary exponent */
} float_arg;

static void split_double(double v, float_arg *a)
{
    union { double d; uint64_t u; } bits;
    int exp_field;

    bits.d = v;
    a->negative = (int)(bits.u >> 63);
    exp_field = (int)((bits.u >> 52) & 0x7ff);
    a->frac = bits.u & ((1UL << 52) - 1);
    a->frac_bits = 52;
    a->special = exp_field == 0x7ff ? (a->frac != 0 ? 2 : 1) : 0;
    /* Subnormals print as 0x0.xxxp-1022, zero as 0x0p+0. */
    a->lead = exp_field != 0;
    a->exp2 = exp_field == 0 ? (a->frac == 0 ? 0 : -1022) : exp_field - 1023;
    a->value.m = a->frac | ((uint64_t)a->lead << 52);
    a->value.e = (exp_field == 0 ? 1 : exp_field) - 1075;
}

/*
 * The x87 80-bit format: 64-bit significand with an explicit integer bit. A non-zero
 * exponent without that bit (an "unnormal", pseudo-infinity or pseudo-NaN) is no number
 * the x87 computes with since the 80387: NaN, as glibc prints it.
 */
static void split_long_double(long double v, float_arg *a)
{
    union { long double ld; struct { uint64_t m; uint16_t se; } x; } bits;
    int exp_field, e;

    bits.ld = v;
    exp_field = bits.x.se & 0x7fff;
    a->negative = bits.x.se >> 15;
    if (exp_field != 0 && !(bits.x.m >> 63))
        a->special = 2;
    else
        a->special = exp_field == 0x7fff ? ((bits.x.m << 1) != 0 ? 2 : 1) : 0;
    a->lead = (unsigned)(bits.x.m >> 60);
    a->frac = bits.x.m & ((1UL << 60) - 1);
    a->frac_bits = 60;
    a->exp2 = bits.x.m == 0 ? 0 : (exp_field == 0 ? 1 : exp_field) - 16383 - 3;
    e = (exp_field == 0 ? 1 : exp_field) - 16383 - 63;
    /* A pseudo-denormal (zero exponent, integer bit set) prints without that bit, as glibc's. */
    a->value.m = exp_field == 0 ? bits.x.m & ~(1UL << 63) : bits.x.m;
    a->value.e = e;
}

unsigned __get_mxcsr(void);

/*
 * glibc rounds printed digits the way arithmetic rounds: in the current
 * rounding mode (MXCSR bits 13-14), away from zero or towards it by sign.
 */
static int digit_rounding(int negative)
{
    switch ((__get_mxcsr() >> 13) & 3) {
    case 1: return negative ? FMT_ROUND_AWAY : FMT_ROUND_TRUNCATE;   /* downward */
    case 2: return negative ? FMT_ROUND_TRUNCATE : FMT_ROUND_AWAY;   /* upward */
    case 3: return FMT_ROUND_TRUNCATE;
    default: return FMT_ROUND_NEAREST;
    }
}

static void format_float(__printf_sink *sink, spec *sp, const float_arg *a)
{
    fmt_value value = a->value;
    char body[FMT_FLOAT_BUF];
    const char *prefix = "";
    int len, upper = sp->conv == 'E' || sp->conv == 'G' || sp->conv == 'F' || sp->conv == 'A';
    int prec = sp->prec, extra = 0, split, pad;

    if (a->negative)
        prefix = "-";
    else if (sp->plus)
        prefix = "+";
    else if (sp->space)
        prefix = " ";
    if (a->special != 0) {
        len = (int)strlen(strcpy(body, a->special == 2 ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf")));
        sp->zero = 0;   /* infinities and NaNs are never zero-padded */
        emit_field(sink, sp, prefix, 0, body, len);
        return;
    }
    if (sp->conv == 'a' || sp->conv == 'A') {
        char hex_prefix[4];

        /* The 0 flag pads after the "0x" as after the sign: -0x0001p+3, as glibc. */
        len = __format_hex(body, a->lead, a->frac, a->frac_bits, a->exp2, prec, sp->alt, upper);
        strcpy(hex_prefix, prefix);
        strncat(hex_prefix, body, 2);
        emit_field(sink, sp, hex_prefix, 0, body + 2, len - 2);
        return;
    }
    if (prec < 0)
        prec = 6;
    /* Digits past FMT_FLOAT_MAX_PREC are exact zeros: they are added here, not computed. */
    if (prec > FMT_FLOAT_MAX_PREC && (sp->conv != 'g' && sp->conv != 'G')) {
        extra = prec - FMT_FLOAT_MAX_PREC;
        prec = FMT_FLOAT_MAX_PREC;
    }
    value.rounding = digit_rounding(a->negative);
    len = __format_float_value(body, &value, sp->conv, prec, sp->alt);
    split = len;
    if (extra > 0 && (sp->conv == 'e' || sp->conv == 'E'))
        split = (int)(strchr(body, upper ? 'E' : 'e') - body);
    pad = sp->width - (int)strlen(prefix) - len - extra;
    if (pad > 0 && !sp->left && !sp->zero)
        emit_repeat(sink, ' ', pad);
    emit(sink, prefix, strlen(prefix));
    if (pad > 0 && !sp->left && sp->zero)
        emit_repeat(sink, '0', pad);
    emit(sink, body, (size_t)split);
    emit_repeat(sink, '0', extra);
    emit(sink, body + split, (size_t)(len - split));
    if (pad > 0 && sp->left)
        emit_repeat(sink, ' ', pad);
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

/* %lc: the character in UTF-8. */
static void format_wide_char(__printf_sink *sink, spec *sp, wchar_t wc)
{
    char buf[4];
    size_t n = wcrtomb(buf, wc, NULL);

    if (n == (size_t)-1) {
        sink->error = 1;
        return;
    }
    sp->zero = 0;
    emit_field(sink, sp, "", 0, buf, (int)n);
}

/*
 * %ls: how many of ws's characters are printed and their bytes (-1 for one
 * without a multibyte form).  A precision limits the bytes: the count stops
 * at the limit, before converting the next character, and never splits one.
 */
static long wide_string_bytes(const wchar_t *ws, int prec, size_t *chars)
{
    char one[MB_LEN_MAX];
    size_t len = 0, n, i;

    for (i = 0; ws[i] != 0; i++) {
        if (prec >= 0 && len >= (size_t)prec)
            break;
        n = wcrtomb(one, ws[i], NULL);
        if (n == (size_t)-1)
            return -1;
        if (prec >= 0 && len + n > (size_t)prec)
            break;
        len += n;
    }
    *chars = i;
    return (long)len;
}

/* %ls: the string in the current encoding, converted a piece at a time. */
static void format_wide_string(__printf_sink *sink, spec *sp, const wchar_t *ws)
{
    char buf[256];
    size_t chars, i, fill, n;
    long len;
    int pad;

    if (ws == NULL) {
        format_string(sink, sp, NULL);
        return;
    }
    len = wide_string_bytes(ws, sp->prec, &chars);
    if (len < 0) {
        sink->error = 1;
        return;
    }
    pad = len < sp->width ? sp->width - (int)len : 0;
    if (!sp->left)
        emit_repeat(sink, ' ', pad);
    for (i = 0; i < chars;) {
        for (fill = 0; i < chars && fill + MB_LEN_MAX <= sizeof(buf); i++) {
            n = wcrtomb(buf + fill, ws[i], NULL);
            fill += n;
        }
        emit(sink, buf, fill);
    }
    if (sp->left)
        emit_repeat(sink, ' ', pad);
}

/*
 * Parse [n$] flags, width, precision and length after a '%'; returns the
 * conversion's address. Stars are only noted: resolve_stars takes their values.
 */
const char *__printf_parse_spec(const char *p, spec *sp)
{
    memset(sp, 0, sizeof(*sp));
    sp->prec = -1;
    sp->pos = __printf_parse_position(p, &p);
    for (;; p++) {
        if (*p == '-') sp->left = 1;
        else if (*p == '+') sp->plus = 1;
        else if (*p == ' ') sp->space = 1;
        else if (*p == '#') sp->alt = 1;
        else if (*p == '0') sp->zero = 1;
        /* POSIX's ' groups integer digits with the locale's thousands_sep;
           every locale here has none (locale.c), so the digits stay as they are. */
        else if (*p == '\'') continue;
        else break;
    }
    if (*p == '*') {
        sp->width_pos = __printf_parse_star(p, &p);
    } else {
        for (; *p >= '0' && *p <= '9'; p++)
            sp->width = sp->width * 10 + (*p - '0');
    }
    if (*p == '.') {
        p++;
        sp->prec = 0;
        if (*p == '*') {
            sp->prec_pos = __printf_parse_star(p, &p);
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
    } else if (*p == 'L') {
        sp->length = LEN_BIG_L;
        p++;
    } else if (*p == 'q') {
        /* BSD's "quad": long long */
        sp->length = LEN_LL;
        p++;
    }
    if (sp->left)
        sp->zero = 0;
    if (sp->plus)
        sp->space = 0;
    sp->conv = *p;
    if (*p == 'C' || *p == 'S') {
        sp->conv = *p == 'C' ? 'c' : 's';
        sp->length = LEN_L;
    }
    return p;
}

static void format_one(__printf_sink *sink, spec *sp, arg_source *a)
{
    intmax_t s;
    void *ptr;
    char c;
    float_arg fa;

    switch (sp->conv) {
    case 'd':
    case 'i':
        s = __printf_signed_arg(a, sp->pos, sp->length);
        format_integer(sink, sp, s < 0 ? (uintmax_t)0 - (uintmax_t)s : (uintmax_t)s, s < 0);
        break;
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        format_integer(sink, sp, __printf_unsigned_arg(a, sp->pos, sp->length), 0);
        break;
    case 'p':
        ptr = __printf_pointer_arg(a, sp->pos);
        if (ptr == NULL) {
            sp->prec = -1;
            format_string(sink, sp, "(nil)");
        } else {
            format_integer(sink, sp, (uintptr_t)ptr, 0);
        }
        break;
    case 'c':
        if (sp->length == LEN_L) {
            format_wide_char(sink, sp, (wchar_t)(wint_t)__printf_int_arg(a, sp->pos));
            break;
        }
        c = (char)__printf_int_arg(a, sp->pos);
        sp->zero = 0;
        emit_field(sink, sp, "", 0, &c, 1);
        break;
    case 's':
        if (sp->length == LEN_L)
            format_wide_string(sink, sp, __printf_pointer_arg(a, sp->pos));
        else
            format_string(sink, sp, __printf_pointer_arg(a, sp->pos));
        break;
    case 'm': {
        char msg[128];  /* not strerror's buffer: %m leaves a program's strerror result alone */

        strerror_r(errno, msg, sizeof(msg));
        format_string(sink, sp, msg);
        break;
    }
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
        if (sp->length == LEN_BIG_L)
            split_long_double(__printf_long_double_arg(a, sp->pos), &fa);
        else
            split_double(__printf_double_arg(a, sp->pos), &fa);
        format_float(sink, sp, &fa);
        break;
    case 'n':
        __printf_store_count(a, sp->pos, sp->length, sink->count);
        break;
    case '%':
        emit(sink, "%", 1);
        break;
    default:
        break;
    }
}

/* The format's text and conversions, with arguments from source. */
static void format_all(__printf_sink *sink, const char *fmt, arg_source *source)
{
    const char *p = fmt, *start, *conv;
    spec sp;

    while (*p) {
        start = p;
        while (*p && *p != '%')
            p++;
        emit(sink, start, (size_t)(p - start));
        if (*p == '\0')
            break;
        conv = __printf_parse_spec(p + 1, &sp);
        if (*conv == '\0' || strchr("diouxXpcsfFeEgGaAn%mCS", *conv) == NULL) {
            /* Not a conversion we know: print it as written, like glibc. */
            emit(sink, p, (size_t)(conv - p) + (*conv != '\0'));
            p = conv + (*conv != '\0');
            continue;
        }
        __printf_resolve_stars(&sp, source);
        format_one(sink, &sp, source);
        p = conv + 1;
    }
}

/*
 * A format with %n$ positions: its arguments are read into a table first. The table
 * (4 KiB) lives in this frame only, so ordinary formats do not touch that much stack.
 */
static int format_positional(__printf_sink *sink, const char *fmt, arg_source *source)
{
    arg_value table[MAX_POSITIONAL];

    if (__printf_fill_positional(fmt, source, table) < 0)
        return -1;
    format_all(sink, fmt, source);
    return 0;
}

int __vformat(__printf_sink *sink, const char *fmt, va_list ap)
{
    const char *first, *after;
    va_list args;
    arg_source source;
    int status = 0;

    /* A copy lets helpers take va_list by pointer, which is portable. */
    va_copy(args, ap);
    source.ap = &args;
    source.table = NULL;
    source.count = 0;
    first = strchr(fmt, '%');
    if (first != NULL && __printf_parse_position(first + 1, &after) != 0)
        status = format_positional(sink, fmt, &source);
    else
        format_all(sink, fmt, &source);
    va_end(args);
    if (status < 0) {
        errno = EINVAL;
        return -1;
    }
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
    sink->base = NULL;
    sink->count = 0;
    sink->error = 0;
}

static int vfprintf_unlocked(FILE *f, const char *fmt, va_list ap)
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

/* One printf is one atomic piece of output, even with threads (see stdio.c). */
int vfprintf(FILE *f, const char *fmt, va_list ap)
{
    int r;

    __libc_lock(&f->lock);
    r = vfprintf_unlocked(f, fmt, ap);
    __libc_unlock(&f->lock);
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

/* GNU: the output in a buffer from malloc that fits it exactly. */
int vasprintf(char **strp, const char *fmt, va_list ap)
{
    va_list again;
    int n;

    va_copy(again, ap);
    n = vsnprintf(NULL, 0, fmt, again);
    va_end(again);
    if (n < 0 || !(*strp = malloc((size_t)n + 1)))
        return -1;
    return vsnprintf(*strp, (size_t)n + 1, fmt, ap);
}

int asprintf(char **strp, const char *fmt, ...)
{
    va_list ap;
    int r;

    va_start(ap, fmt);
    r = vasprintf(strp, fmt, ap);
    va_end(ap);
    return r;
}

int vsprintf(char *s, const char *fmt, va_list ap)
{
    return vsnprintf(s, (size_t)-1 / 2, fmt, ap);
}

/*
 * Staged like glibc's, which formats into a stream buffer: a message that fits
 * is one write(), so a reader of a pipe gets it whole and writers sharing one
 * do not interleave piece by piece.
 */
int vdprintf(int fd, const char *fmt, va_list ap)
{
    __printf_sink sink;
    char buf[BUFSIZ];
    int r;

    file_sink(&sink, NULL);
    sink.fd = fd;
    sink.base = sink.str = buf;
    sink.cap = sizeof(buf);
    r = __vformat(&sink, fmt, ap);
    fd_flush(&sink);
    return sink.error ? -1 : r;
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
