/*
 * strtod and strtof, correctly rounded (ties to even) like glibc's.
 *
 * The text is read into a decimal significand D (up to MAX_DIGITS digits,
 * the rest only remembered as "nonzero" or not) and an exponent E. Short
 * inputs are converted exactly with one double operation. Otherwise a close
 * candidate m * 2^e is computed in double arithmetic and then corrected by
 * comparing D * 10^E with the midpoints between neighbouring candidates in
 * exact big-integer arithmetic (bignum.h).
 * Hexadecimal input ("0x1.8p3"), "inf", "infinity" and "nan" are accepted too.
 */
#include <stdlib.h>
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include "bignum.h"
#include "decimal_text.h"

/* Midpoints between doubles have at most 767 significant digits: 800 are plenty. */
#define MAX_DIGITS 800

/* The target format: doubles (53 bits) or floats (24 bits). */
typedef struct {
    int bits;       /* significand bits */
    int emin;       /* exponent of the smallest subnormal: value = m * 2^emin */
    int emax;       /* largest e with m * 2^e finite, m < 2^bits */
} float_format;

static const float_format double_format = { 53, -1074, 971 };
static const float_format float_format_ = { 24, -149, 104 };

typedef struct {
    char digits[MAX_DIGITS + 1];
    int ndigits;     /* significant digits kept (no leading zeros) */
    long exp10;      /* value = digits * 10^exp10 */
} decimal;

static void big_mul_pow10(bignum *b, long k)
{
    for (; k >= 9; k -= 9)
        __big_mul_add(b, 1000000000u, 0);
    for (; k > 0; k--)
        __big_mul_add(b, 10, 0);
}

/* Compare the decimal value with mid * 2^e2 exactly: -1, 0 or 1. */
static int compare_with(const decimal *d, uint64_t mid, long e2)
{
    static bignum lhs, rhs;
    int i;

    lhs.n = 0;
    for (i = 0; i < d->ndigits; i++)
        __big_mul_add(&lhs, 10, (uint32_t)(d->digits[i] - '0'));
    __big_set(&rhs, mid);
    if (d->exp10 >= 0)
        big_mul_pow10(&lhs, d->exp10);
    else
        big_mul_pow10(&rhs, -d->exp10);
    if (e2 >= 0)
        __big_shl(&rhs, e2);
    else
        __big_shl(&lhs, -e2);
    return __big_cmp(&lhs, &rhs);
}

/* A first guess within a few ulps: 19 digits in a uint64, scaled in two steps. */
static double approximate(const decimal *d)
{
    uint64_t v = 0;
    long k;
    int i, n = d->ndigits < 19 ? d->ndigits : 19;
    double r;

    for (i = 0; i < n; i++)
        v = v * 10 + (uint64_t)(d->digits[i] - '0');
    k = d->exp10 + (d->ndigits - n);
    r = (double)v;
    /* Two halves keep 10^k itself away from overflow and underflow. */
    r *= pow(10.0, (double)(k / 2));
    r *= pow(10.0, (double)(k - k / 2));
    return r;
}

/* Round the decimal to the format: the significand m and exponent e of the result. */
static int round_decimal(const decimal *d, const float_format *f, uint64_t *mout, long *eout)
{
    uint64_t top = 1UL << (f->bits - 1), m;
    double guess = approximate(d);
    long e;
    int c, fe;

    if (!(guess < 0x1p1023 * 2.0)) {
        m = (1UL << f->bits) - 1;
        e = f->emax;
    } else if (guess == 0.0) {
        m = 0;
        e = f->emin;
    } else {
        m = (uint64_t)ldexp(frexp(guess, &fe), f->bits);
        e = fe - f->bits;
        if (e < f->emin) {
            m = (uint64_t)ldexp(guess, -f->emin);
            e = f->emin;
        }
        if (e > f->emax) {
            m = (1UL << f->bits) - 1;
            e = f->emax;
        }
    }
    for (;;) {
        /* Above the midpoint to the next candidate (ties go to the even one)? */
        c = compare_with(d, 2 * m + 1, e - 1);
        if (c > 0 || (c == 0 && (m & 1))) {
            if (++m == 2 * top) {
                m = top;
                if (++e > f->emax)
                    return 0;    /* overflow */
            }
            continue;
        }
        if (m == 0)
            break;
        /* Below the midpoint to the previous one? At a power of two it is closer. */
        if (m == top && e > f->emin)
            c = compare_with(d, 4 * m - 1, e - 2);
        else
            c = compare_with(d, 2 * m - 1, e - 1);
        if (c < 0 || (c == 0 && (m & 1))) {
            if (m == top && e > f->emin) {
                m = 2 * top - 1;
                e--;
            } else {
                m--;
            }
            continue;
        }
        break;
    }
    *mout = m;
    *eout = e;
    return 1;
}

/* Hexadecimal significand digits and a binary exponent, rounded to the format. */
static const char *parse_hex(const char *p, const float_format *f, double *out)
{
    uint64_t m = 0, top = 1UL << (f->bits - 1), rest, half;
    long e = 0, pe = 0;
    int sticky = 0, shift, inexact, ndigits, i;
    char digits[16];    /* 64 bits */

    p = __read_digits(p, 16, digits, 16, &ndigits, &e, &sticky);
    if (p == NULL)
        return NULL;
    for (i = 0; i < ndigits; i++)
        m = m * 16 + (uint64_t)__digit_value(digits[i]);
    e *= 4;
    if (*p == 'p' || *p == 'P') {
        p = __read_exponent(p, 100000, &pe);
        e += pe;
    }
    if (m == 0) {
        *out = 0.0;
        return p;
    }
    /* Normalise to exactly f->bits bits (or fewer for a subnormal), rounding the rest. */
    while (m < top && e > f->emin) {
        m <<= 1;
        e--;
    }
    shift = 0;
    /* (A shift of 64 or more leaves nothing of m: C leaves m >> 64 undefined, x86 takes it as m >> 0.) */
    while ((shift < 64 && (m >> shift) >= 2 * top) || e + shift < f->emin)
        shift++;
    inexact = sticky;
    if (shift > 64) {
        m = 0;          /* far below the smallest subnormal's half */
        inexact = 1;
    } else if (shift > 0) {
        rest = shift == 64 ? m : m & ((1UL << shift) - 1);
        half = 1UL << (shift - 1);
        m = shift == 64 ? 0 : m >> shift;
        e += shift;
        inexact |= rest != 0;
        if (rest > half || (rest == half && (sticky || (m & 1))))
            m++;
    }
    /* Like glibc: ERANGE for overflow, and for an inexact result in the subnormal range. */
    if (e > f->emax || (inexact && (m < top || (m == top && e == f->emin))))
        errno = ERANGE;
    *out = e > f->emax ? HUGE_VAL : ldexp((double)m, (int)e);
    return p;
}

const char *__read_digits(const char *p, int base, char *digits, int cap, int *ndigits, long *scale, int *sticky)
{
    int any = 0, point = 0;

    *ndigits = 0;
    *scale = 0;
    *sticky = 0;
    for (;; p++) {
        if (*p == '.' && !point) {
            point = 1;
            continue;
        }
        if (!(base == 16 ? isxdigit((unsigned char)*p) : isdigit((unsigned char)*p)))
            break;
        any = 1;
        if (*p == '0' && *ndigits == 0) {
            if (point)
                --*scale;
            continue;
        }
        if (*ndigits < cap) {
            digits[(*ndigits)++] = *p;
            if (point)
                --*scale;
        } else {
            *sticky |= *p != '0';
            if (!point)
                ++*scale;
        }
    }
    return any ? p : NULL;
}

int __digit_value(char c)
{
    return isdigit((unsigned char)c) ? c - '0' : tolower((unsigned char)c) - 'a' + 10;
}

const char *__read_exponent(const char *p, long cap, long *out)
{
    long e = 0;
    int neg = 0;

    if (!(isdigit((unsigned char)p[1]) || ((p[1] == '+' || p[1] == '-') && isdigit((unsigned char)p[2]))))
        return p;
    p++;
    if (*p == '+' || *p == '-')
        neg = *p++ == '-';
    for (; isdigit((unsigned char)*p); p++)
        if (e < cap)
            e = e * 10 + (*p - '0');
    *out = neg ? -e : e;
    return p;
}

/* Read digits, a point and an exponent into d; NULL when there is no number. */
static const char *parse_decimal(const char *p, decimal *d, int *sticky)
{
    long e = 0;

    p = __read_digits(p, 10, d->digits, MAX_DIGITS, &d->ndigits, &d->exp10, sticky);
    if (p != NULL && (*p == 'e' || *p == 'E')) {
        p = __read_exponent(p, 100000, &e);
        d->exp10 += e;
    }
    return p;
}

static const double exact_pow10[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

static double convert_decimal(decimal *d, int sticky, const float_format *f)
{
    static decimal sticky_copy;
    uint64_t m, v = 0;
    long e;
    int i;

    if (d->ndigits == 0)
        return 0.0;
    if (d->exp10 + d->ndigits > 311) {
        errno = ERANGE;
        return HUGE_VAL;
    }
    if (d->exp10 + d->ndigits < -330) {
        errno = ERANGE;
        return 0.0;
    }
    /* Up to 15 digits and 10^22 are exact doubles: one division or product rounds once. */
    if (f->bits == 53 && !sticky && d->ndigits <= 15 && d->exp10 >= -22 && d->exp10 <= 22) {
        for (i = 0; i < d->ndigits; i++)
            v = v * 10 + (uint64_t)(d->digits[i] - '0');
        return d->exp10 < 0 ? (double)v / exact_pow10[-d->exp10] : (double)v * exact_pow10[d->exp10];
    }
    if (sticky) {
        /* Digits beyond the kept ones were not all zero: a final 1 stands for them. */
        sticky_copy = *d;
        sticky_copy.digits[sticky_copy.ndigits++] = '1';
        sticky_copy.exp10--;
        d = &sticky_copy;
    }
    if (!round_decimal(d, f, &m, &e)) {
        errno = ERANGE;
        return HUGE_VAL;
    }
    /* Underflow: a subnormal result, or the smallest normal reached by rounding up. */
    if (m < (1UL << (f->bits - 1)) || (e == f->emin && compare_with(d, m, e) < 0))
        errno = ERANGE;
    return ldexp((double)m, (int)e);
}

/* "inf", "infinity", "nan" and "nan(chars)", any case. */
static const char *parse_special(const char *p, double *out)
{
    const char *q;

    if (strncasecmp(p, "inf", 3) == 0) {
        *out = HUGE_VAL;
        return strncasecmp(p, "infinity", 8) == 0 ? p + 8 : p + 3;
    }
    if (strncasecmp(p, "nan", 3) == 0) {
        *out = NAN;
        p += 3;
        if (*p == '(') {
            for (q = p + 1; isalnum((unsigned char)*q) || *q == '_'; q++)
                ;
            if (*q == ')')
                p = q + 1;
        }
        return p;
    }
    return NULL;
}

static double parse_float(const char *s, char **end, const float_format *f)
{
    static decimal d;
    const char *p = s, *q;
    double v = 0.0;
    int neg = 0, sticky;

    while (isspace((unsigned char)*p))
        p++;
    if (*p == '+' || *p == '-')
        neg = *p++ == '-';
    if ((q = parse_special(p, &v)) == NULL) {
        if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
            (q = parse_hex(p + 2, f, &v)) != NULL) {
            /* parse_hex has set errno */
        } else if ((q = parse_decimal(p, &d, &sticky)) != NULL) {
            v = convert_decimal(&d, sticky, f);
        } else if (p[0] == '0') {
            q = p + 1;      /* "0x" with no hex digits: just the 0 */
        }
    }
    if (q == NULL) {
        if (end != NULL)
            *end = (char *)s;
        return 0.0;
    }
    if (end != NULL)
        *end = (char *)q;
    return neg ? -v : v;
}

double strtod(const char *s, char **end)
{
    return parse_float(s, end, &double_format);
}

float strtof(const char *s, char **end)
{
    /* Already rounded to a float's precision and range: the conversion is exact. */
    return (float)parse_float(s, end, &float_format_);
}

double atof(const char *s)
{
    return strtod(s, NULL);
}
