/*
 * Exact decimal conversion of doubles and long doubles for printf's %f, %e and %g.
 *
 * A finite value is m * 2^e with an integer m < 2^64. We write its integer
 * part out in decimal with a big-number division, and produce fraction
 * digits one at a time by multiplying the exact binary fraction by ten.
 * Every digit is exact, so rounding can be done the way glibc does it:
 * to nearest, ties to even, on the true value.
 */
#include <stdint.h>
#include <string.h>
#include "fmt_float.h"

/*
 * 520 words hold a long double's integer part (below 2^16384) and its
 * fraction (at most 16445 + 64 bits) times ten; a double uses the first 36.
 * Loops only visit the words in use.
 */
#define BIG_WORDS 520
#define MAX_INT_DIGITS 4960  /* 4933 digits, written nine at a time */

typedef struct {
    int rounding;             /* FMT_ROUND_* */
    char int_digits[MAX_INT_DIGITS]; /* the integer part, most significant first */
    int int_len;              /* 0 when the integer part is zero */
    int int_next;             /* next integer digit to hand out */
    uint32_t frac[BIG_WORDS]; /* the fraction is frac / 2^frac_bits */
    int frac_bits;
} digit_source;

static int big_is_zero(const uint32_t *w, int n)
{
    int i;

    for (i = 0; i < n; i++)
        if (w[i] != 0)
            return 0;
    return 1;
}

/* Divide w (n words) by d in place; return the remainder. */
static uint32_t big_divide(uint32_t *w, int n, uint32_t d)
{
    uint64_t rem = 0, cur;
    int i;

    for (i = n - 1; i >= 0; i--) {
        cur = (rem << 32) | w[i];
        w[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

/* Set w = m << shift (m has at most 64 bits, so it spans three words); returns the words used. */
static int big_shifted(uint32_t *w, uint64_t m, int shift)
{
    int word = shift / 32, bit = shift % 32;

    memset(w, 0, (size_t)(word + 3) * sizeof(uint32_t));
    w[word] = (uint32_t)(m << bit);
    if (bit == 0) {
        w[word + 1] = (uint32_t)(m >> 32);
    } else {
        w[word + 1] = (uint32_t)(m >> (32 - bit));
        w[word + 2] = (uint32_t)(m >> (64 - bit));
    }
    return word + 3;
}

/* The decimal digits of the n-word integer w (which is destroyed). */
static void write_integer_part(digit_source *s, uint32_t *w, int n)
{
    int len = 0, i;
    uint32_t chunk;
    char t;

    /* Nine decimal digits per division by 10^9, least significant first. */
    while (n > 0 && w[n - 1] == 0)
        n--;
    while (n > 0) {
        chunk = big_divide(w, n, 1000000000u);
        for (i = 0; i < 9; i++) {
            s->int_digits[len++] = (char)('0' + chunk % 10);
            chunk /= 10;
        }
        while (n > 0 && w[n - 1] == 0)
            n--;
    }
    while (len > 0 && s->int_digits[len - 1] == '0')
        len--;
    /* Most significant first. */
    for (i = 0; i < len / 2; i++) {
        t = s->int_digits[i];
        s->int_digits[i] = s->int_digits[len - 1 - i];
        s->int_digits[len - 1 - i] = t;
    }
    s->int_len = len;
}

static void source_init(digit_source *s, const fmt_value *v)
{
    uint32_t w[BIG_WORDS];
    uint64_t m = v->m;
    int e = v->e;

    s->rounding = v->rounding;
    s->int_next = 0;
    s->frac_bits = 0;
    if (e >= 0) {
        write_integer_part(s, w, big_shifted(w, m, e));
        return;
    }
    s->frac_bits = -e;
    /* The fraction's words, and room for its carry when it is multiplied by ten. */
    memset(s->frac, 0, (size_t)(s->frac_bits / 32 + 2) * sizeof(uint32_t));
    if (-e < 64) {
        w[0] = (uint32_t)(m >> -e);
        w[1] = (uint32_t)(m >> -e >> 32);
        write_integer_part(s, w, 2);
        m &= (1UL << -e) - 1;
    } else {
        s->int_len = 0;
    }
    s->frac[0] = (uint32_t)m;
    s->frac[1] = (uint32_t)(m >> 32);
}

/* The next decimal digit of the value: integer digits first, then the fraction's. */
static int source_next(digit_source *s)
{
    uint64_t carry = 0, cur;
    int i, word, bit, top, digit;

    if (s->int_next < s->int_len)
        return s->int_digits[s->int_next++] - '0';
    if (s->frac_bits == 0)
        return 0;
    word = s->frac_bits / 32;
    bit = s->frac_bits % 32;
    top = word + 1;
    for (i = 0; i <= top && i < BIG_WORDS; i++) {
        cur = (uint64_t)s->frac[i] * 10 + carry;
        s->frac[i] = (uint32_t)cur;
        carry = cur >> 32;
    }
    /* The digit is what rose above bit frac_bits; clear it off. */
    cur = ((uint64_t)s->frac[word + 1] << 32) | s->frac[word];
    digit = (int)((cur >> bit) & 0xf);
    s->frac[word + 1] = 0;
    s->frac[word] &= bit == 0 ? 0 : (uint32_t)((1UL << bit) - 1);
    return digit;
}

/* True when some digit not yet handed out is nonzero. */
static int source_rest_nonzero(const digit_source *s)
{
    int i;

    for (i = s->int_next; i < s->int_len; i++)
        if (s->int_digits[i] != '0')
            return 1;
    return s->frac_bits > 0 && !big_is_zero(s->frac, s->frac_bits / 32 + 2);
}

/*
 * Read `count` digits into out and round them by the digits that follow;
 * `before` is the digit in front of them (it decides a tie when count is 0).
 * Returns 1 when rounding carried out of the first digit (out then holds 000...).
 */
static int take_rounded(digit_source *s, char *out, int count, int before)
{
    int i, next, up, last_odd;

    for (i = 0; i < count; i++)
        out[i] = (char)('0' + source_next(s));
    next = source_next(s);
    last_odd = (count > 0 ? out[count - 1] - '0' : before) & 1;
    if (s->rounding == FMT_ROUND_NEAREST)
        up = next > 5 || (next == 5 && (source_rest_nonzero(s) || last_odd));
    else
        up = s->rounding == FMT_ROUND_AWAY && (next > 0 || source_rest_nonzero(s));
    if (!up)
        return 0;
    for (i = count - 1; i >= 0; i--) {
        if (out[i] != '9') {
            out[i]++;
            return 0;
        }
        out[i] = '0';
    }
    /* All nines became zeros: the caller puts the carried 1 in front. */
    return 1;
}

/* %f: [int digits].[prec digits] */
static int format_fixed(char *out, const fmt_value *v, int prec, int alt)
{
    digit_source s;
    char digits[FMT_FLOAT_BUF];
    int int_len, count, carry, n = 0, i;

    source_init(&s, v);
    int_len = s.int_len;
    count = int_len + prec;
    carry = take_rounded(&s, digits, count, 0);
    if (carry) {
        /* 9.99 -> 10.0: one more integer digit, a leading 1. */
        memmove(digits + 1, digits, (size_t)count);
        digits[0] = '1';
        int_len++;
        count++;
    }
    if (int_len == 0)
        out[n++] = '0';
    for (i = 0; i < int_len; i++)
        out[n++] = digits[i];
    if (prec > 0 || alt)
        out[n++] = '.';
    for (i = int_len; i < count; i++)
        out[n++] = digits[i];
    return n;
}

/* The digits of %e with precision prec, and the decimal exponent. */
static void scientific_digits(const fmt_value *v, int prec, char *digits, int *exp10)
{
    digit_source s;
    int skipped = 0, d, carry;

    if (v->m == 0) {
        memset(digits, '0', (size_t)prec + 1);
        *exp10 = 0;
        return;
    }
    source_init(&s, v);
    while ((d = source_next(&s)) == 0)
        skipped++;
    *exp10 = s.int_len - 1 - skipped;
    digits[0] = (char)('0' + d);
    carry = take_rounded(&s, digits + 1, prec, d);
    if (carry)
        digits[0]++;
    if (digits[0] > '9') {
        digits[0] = '1';
        (*exp10)++;
    }
}

static int sprintf_exponent(char *out, int e);

/* "e+05", "e-123", "E+4932": at least two digits. */
static int format_exponent(char *out, int exp10, int upper)
{
    int n = 0;

    out[n++] = upper ? 'E' : 'e';
    out[n++] = exp10 < 0 ? '-' : '+';
    if (exp10 < 0)
        exp10 = -exp10;
    if (exp10 < 10)
        out[n++] = '0';
    return n + sprintf_exponent(out + n, exp10);
}

static int format_scientific(char *out, const fmt_value *v, int prec, int alt, int upper)
{
    char digits[FMT_FLOAT_BUF];
    int exp10, n = 0, i;

    scientific_digits(v, prec, digits, &exp10);
    out[n++] = digits[0];
    if (prec > 0 || alt)
        out[n++] = '.';
    for (i = 1; i <= prec; i++)
        out[n++] = digits[i];
    return n + format_exponent(out + n, exp10, upper);
}

/* %g without '#': drop trailing zeros of the fraction, and a bare point. */
static int strip_zeros(char *out, int n)
{
    int point = -1, end = n, i, exp_start = n;

    for (i = 0; i < n; i++) {
        if (out[i] == '.')
            point = i;
        if (out[i] == 'e' || out[i] == 'E') {
            exp_start = i;
            break;
        }
    }
    if (point < 0)
        return n;
    end = exp_start;
    while (end > point + 1 && out[end - 1] == '0')
        end--;
    if (end == point + 1)
        end = point;
    memmove(out + end, out + exp_start, (size_t)(n - exp_start));
    return end + (n - exp_start);
}

static int format_general(char *out, const fmt_value *v, int prec, int alt, int upper)
{
    char digits[FMT_FLOAT_BUF];
    int p = prec == 0 ? 1 : prec, exp10, n;

    /* The exponent %e would show decides between the two styles (C99 7.19.6.1). */
    scientific_digits(v, p - 1, digits, &exp10);
    if (exp10 < -4 || exp10 >= p)
        n = format_scientific(out, v, p - 1, alt, upper);
    else
        n = format_fixed(out, v, p - 1 - exp10, alt);
    return alt ? n : strip_zeros(out, n);
}

int __format_float_value(char *out, const fmt_value *v, char conv, int prec, int alt)
{
    int upper = conv == 'E' || conv == 'G' || conv == 'F';

    if (prec > FMT_FLOAT_MAX_PREC)
        prec = FMT_FLOAT_MAX_PREC;
    switch (conv) {
    case 'e':
    case 'E':
        return format_scientific(out, v, prec, alt, upper);
    case 'g':
    case 'G':
        return format_general(out, v, prec, alt, upper);
    default:
        return format_fixed(out, v, prec, alt);
    }
}

int __format_float(char *out, double v, char conv, int prec, int alt)
{
    union { double d; uint64_t u; } bits;
    int upper = conv == 'E' || conv == 'G' || conv == 'F';
    int exp_field;
    fmt_value val;

    if (v != v)
        return (int)strlen(strcpy(out, upper ? "NAN" : "nan"));
    if (v - v != 0)
        return (int)strlen(strcpy(out, upper ? "INF" : "inf"));
    bits.d = v;
    exp_field = (int)((bits.u >> 52) & 0x7ff);
    val.m = bits.u & ((1UL << 52) - 1);
    if (exp_field != 0)
        val.m |= 1UL << 52;
    else
        exp_field = 1;            /* subnormal */
    val.e = exp_field - 1075;     /* |v| = m * 2^e */
    val.rounding = FMT_ROUND_NEAREST;
    return __format_float_value(out, &val, conv, prec, alt);
}

/* The decimal digits of e (no sign, no padding). */
static int sprintf_exponent(char *out, int e)
{
    char rev[8];
    int n = 0, i;

    do {
        rev[n++] = (char)('0' + e % 10);
        e /= 10;
    } while (e != 0);
    for (i = 0; i < n; i++)
        out[i] = rev[n - 1 - i];
    return n;
}

/*
 * %a: "0x" lead "." fraction "p" exponent, in hex. The fraction has nbits
 * bits (52 for a double, 60 for a long double whose first hex digit holds 4
 * bits); with a precision it is rounded to that many hex digits, ties to even,
 * and a carry goes into the leading digit (glibc prints 0x2p+0 for %.0a of 1.5).
 */
int __format_hex(char *out, unsigned lead, uint64_t frac, int nbits, int exp2, int prec, int alt, int upper)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    int ndig = (nbits + 3) / 4, n = 0, i, shift;
    uint64_t rest, half;

    /* Pad the fraction to whole hex digits. */
    frac <<= ndig * 4 - nbits;
    if (prec >= 0 && prec < ndig) {
        shift = (ndig - prec) * 4;
        rest = frac & ((1UL << shift) - 1);
        half = 1UL << (shift - 1);
        frac >>= shift;
        if (rest > half || (rest == half && ((prec == 0 ? lead : frac) & 1))) {
            frac++;
            if (prec == 0 || frac >> (prec * 4) != 0) {
                lead++;
                frac = 0;
            }
        }
        ndig = prec;
        /* A long double's 0xf carried over: 0x10p+e prints as 0x1p+(e+4), as glibc. */
        if (lead == 16) {
            lead = 1;
            exp2 += 4;
        }
    } else if (prec < 0) {
        /* No precision: as many digits as needed, trailing zeros dropped. */
        while (ndig > 0 && (frac & 0xf) == 0) {
            frac >>= 4;
            ndig--;
        }
    }
    out[n++] = '0';
    out[n++] = upper ? 'X' : 'x';
    out[n++] = digits[lead];
    if (ndig > 0 || prec > 0 || alt)
        out[n++] = '.';
    for (i = ndig - 1; i >= 0; i--)
        out[n++] = digits[(frac >> (i * 4)) & 0xf];
    for (i = ndig; i < prec; i++)
        out[n++] = '0';
    out[n++] = upper ? 'P' : 'p';
    out[n++] = exp2 < 0 ? '-' : '+';
    if (exp2 < 0)
        exp2 = -exp2;
    n += sprintf_exponent(out + n, exp2);
    return n;
}
