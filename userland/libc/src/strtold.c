/*
 * strtold: decimal or hexadecimal text to the x87's 80-bit extended format (a
 * 64-bit significand with an explicit integer bit, a 15-bit exponent biased by
 * 16383), correctly rounded with ties to even, with glibc's errno and endptr.
 *
 * Routing through double (as strtod.c does for its formats) would lose 11 bits
 * of precision and most of the range, so the conversion is exact instead: the
 * value is written as N / M * 2^t with big integers (decimal D * 10^E becomes
 * D * 5^E * 2^E, or D / 5^-E * 2^E), the quotient q = floor(N / M) is taken to
 * 68 bits, a nonzero remainder becomes the sticky bit, and q is rounded once at
 * the position the format's precision (or its subnormal range) allows.
 * Rounding is always to nearest (the current fenv rounding mode is not read).
 */
#include <stdlib.h>
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include "bignum.h"
#include "decimal_text.h"

/*
 * A midpoint between two long doubles, (2m + 1) * 2^e with 2m + 1 < 2^65 and
 * e >= -16446, has at most 16446 * log10(5) + 20 < 11520 significant digits:
 * digits past MAX_DIGITS can only tell "above" from "exactly", which the
 * sticky digit keeps.
 */
#define MAX_DIGITS 11600
/* Bits of the quotient before rounding: 64 kept, a guard bit and more. */
#define QUOTIENT_BITS 68

#define EXPONENT_BIAS 16383
#define EXPONENT_INF 0x7fff
/* The smallest subnormal is 2^MIN_LSB; the smallest normal is 2^MIN_NORMAL. */
#define MIN_LSB (-16445)
#define MIN_NORMAL (-16382)
#define INTEGER_BIT (UINT64_C(1) << 63)

typedef struct {
    char digits[MAX_DIGITS + 2];   /* room for the sticky digit */
    int ndigits;                   /* significant digits kept (no leading zeros) */
    long exp10;                    /* value = digits * 10^exp10 */
} decimal;

/* Operands are large (5 KB each): static, as strtod.c's, so the stack stays small. */
static bignum num, den, part;
static decimal dec;

/* b *= 5^k, thirteen fives at a time (5^13 < 2^32). */
static void big_mul_pow5(bignum *b, long k)
{
    static const uint32_t pow5[13] = {
        1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125,
        9765625, 48828125, 244140625,
    };

    for (; k >= 13; k -= 13)
        __big_mul_add(b, 1220703125u, 0);
    __big_mul_add(b, pow5[k], 0);
}

static long big_bits(const bignum *b)
{
    uint32_t top;
    long bits;

    if (b->n == 0)
        return 0;
    top = b->w[b->n - 1];
    for (bits = 32L * (b->n - 1); top != 0; top >>= 1)
        bits++;
    return bits;
}

/* b >>= k; returns whether a nonzero bit was shifted out. */
static int big_shr(bignum *b, long k)
{
    int words = (int)(k / 32), bits = (int)(k % 32), lost = 0, i;

    if (words >= b->n) {
        lost = b->n != 0;
        b->n = 0;
        return lost;
    }
    for (i = 0; i < words; i++)
        lost |= b->w[i] != 0;
    if (words > 0) {
        memmove(b->w, b->w + words, (size_t)(b->n - words) * sizeof(uint32_t));
        b->n -= words;
    }
    if (bits != 0) {
        lost |= (b->w[0] & ((1u << bits) - 1)) != 0;
        for (i = 0; i < b->n - 1; i++)
            b->w[i] = (b->w[i] >> bits) | (b->w[i + 1] << (32 - bits));
        b->w[b->n - 1] >>= bits;
    }
    while (b->n > 0 && b->w[b->n - 1] == 0)
        b->n--;
    return lost;
}

/* a -= b, for a >= b. */
static void big_sub(bignum *a, const bignum *b)
{
    int64_t borrow = 0, cur;
    int i;

    for (i = 0; i < a->n; i++) {
        cur = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
        borrow = cur < 0;
        a->w[i] = (uint32_t)(cur + (borrow << 32));
    }
    while (a->n > 0 && a->w[a->n - 1] == 0)
        a->n--;
}

/*
 * q = floor(n / d) for a quotient below 2^(QUOTIENT_BITS + 1), one bit at a
 * time (only 69 of them: simpler than a general division); n keeps the
 * remainder and d is consumed. Returns whether the remainder is nonzero.
 */
static int big_divide(bignum *q, bignum *n, bignum *d)
{
    int i;

    __big_set(q, 0);
    __big_shl(d, QUOTIENT_BITS);
    for (i = QUOTIENT_BITS; i >= 0; i--) {
        __big_shl(q, 1);
        if (__big_cmp(n, d) >= 0) {
            big_sub(n, d);
            if (q->n == 0)
                __big_set(q, 1);
            else
                q->w[0] |= 1;
        }
        big_shr(d, 1);
    }
    return n->n != 0;
}

/* The value of a rounded long double, written as its 10 bytes. */
static long double make_ldouble(int neg, unsigned exponent, uint64_t significand)
{
    unsigned char bytes[10];
    long double x = 0;
    uint16_t se = (uint16_t)((neg ? 0x8000 : 0) | exponent);

    memcpy(bytes, &significand, 8);
    memcpy(bytes + 8, &se, 2);
    memcpy(&x, bytes, 10);
    return x;
}

static long double overflow(int neg)
{
    errno = ERANGE;
    return make_ldouble(neg, EXPONENT_INF, INTEGER_BIT);
}

/* The bits of q from bit lsb up (at most 64 of them) and the round bits below lsb. */
typedef struct {
    uint64_t m;
    int carry;    /* rounding overflowed m: the result is 2^64 * 2^lsb */
    int inexact;
} rounded;

static int bit_of(const bignum *q, long i)
{
    return i >= 0 && i / 32 < q->n && ((q->w[i / 32] >> (i % 32)) & 1);
}

/* Whether any of q's bits below bit k is set. */
static int any_below(const bignum *q, long k)
{
    long i;

    for (i = 0; i < k / 32 && i < q->n; i++)
        if (q->w[i] != 0)
            return 1;
    return i == k / 32 && i < q->n && k % 32 != 0 && (q->w[i] & ((1u << (k % 32)) - 1)) != 0;
}

/* Rounds q * 2^t (plus a sticky fraction) to a multiple of 2^lsb, ties to even. */
static rounded round_at(const bignum *q, long t, int sticky, long lsb)
{
    rounded r = { 0, 0, 0 };
    long shift = lsb - t, i;
    int guard;

    for (i = 63; i >= 0; i--)
        r.m = (r.m << 1) | (uint64_t)bit_of(q, shift + i);
    guard = bit_of(q, shift - 1);
    sticky |= any_below(q, shift - 1);
    r.inexact = guard || sticky;
    if (guard && (sticky || (r.m & 1)))
        r.carry = ++r.m == 0;
    return r;
}

/*
 * The long double nearest q * 2^t, q having exactly QUOTIENT_BITS bits and
 * sticky saying a nonzero fraction below q's last bit was dropped. Sets ERANGE
 * on overflow and, as glibc on x86 (tininess after rounding), when the result
 * is inexact and below the smallest normal even with an unbounded exponent.
 */
static long double round_to_ldouble(const bignum *q, long t, int sticky, int neg)
{
    long top = t + QUOTIENT_BITS - 1;   /* q * 2^t lies in [2^top, 2^(top+1)) */
    long lsb = top - 63 < MIN_LSB ? MIN_LSB : top - 63;
    rounded r = round_at(q, t, sticky, lsb), unbounded;
    int tiny;

    if (r.carry) {
        r.m = INTEGER_BIT;
        lsb++;
    }
    if (lsb + 63 + EXPONENT_BIAS >= EXPONENT_INF)
        return overflow(neg);
    if (top < MIN_NORMAL) {
        unbounded = round_at(q, t, sticky, top - 63);
        tiny = !(top == MIN_NORMAL - 1 && unbounded.carry);
        if (tiny && r.inexact)
            errno = ERANGE;
    }
    if (!(r.m & INTEGER_BIT))
        return make_ldouble(neg, 0, r.m);   /* subnormal or zero */
    return make_ldouble(neg, (unsigned)(lsb + 63 + EXPONENT_BIAS), r.m);
}

/* Brings q to exactly QUOTIENT_BITS bits, adjusting its exponent t and the sticky bit. */
static void normalize(bignum *q, long *t, int *sticky)
{
    long bits = big_bits(q);

    if (bits > QUOTIENT_BITS) {
        *sticky |= big_shr(q, bits - QUOTIENT_BITS);
        *t += bits - QUOTIENT_BITS;
    } else {
        __big_shl(q, QUOTIENT_BITS - bits);
        *t -= QUOTIENT_BITS - bits;
    }
}

static long double convert_decimal(decimal *d, int sticky, int neg)
{
    long t, shift;
    int i, j, chunk, inexact = 0;
    uint32_t v, scale;

    if (d->ndigits == 0)
        return make_ldouble(neg, 0, 0);
    /* The value lies in [10^(n+E-1), 10^(n+E)): LDBL_MAX is 1.19e4932, half the smallest subnormal 1.8e-4951. */
    if (d->ndigits + d->exp10 > 4933)
        return overflow(neg);
    if (d->ndigits + d->exp10 <= -4951) {
        errno = ERANGE;
        return make_ldouble(neg, 0, 0);
    }
    if (sticky) {
        /* Digits beyond the kept ones were not all zero: a final 1 stands for them. */
        d->digits[d->ndigits++] = '1';
        d->exp10--;
    }
    t = d->exp10;
    /* D, nine digits at a time. */
    __big_set(&num, 0);
    for (i = 0; i < d->ndigits; i += chunk) {
        chunk = d->ndigits - i < 9 ? d->ndigits - i : 9;
        for (v = 0, scale = 1, j = 0; j < chunk; j++, scale *= 10)
            v = v * 10 + (uint32_t)(d->digits[i + j] - '0');
        __big_mul_add(&num, scale, v);
    }
    /* D * 10^E = D * 5^E * 2^E: the power of two goes to t. */
    if (d->exp10 >= 0) {
        big_mul_pow5(&num, d->exp10);
        normalize(&num, &t, &inexact);
    } else {
        __big_set(&den, 1);
        big_mul_pow5(&den, -d->exp10);
        /* Scale n so the quotient has QUOTIENT_BITS bits, give or take one. */
        shift = big_bits(&den) - big_bits(&num) + QUOTIENT_BITS;
        if (shift >= 0)
            __big_shl(&num, shift);
        else
            __big_shl(&den, -shift);
        t -= shift;
        /* n / d lies in [2^(QUOTIENT_BITS - 1), 2^(QUOTIENT_BITS + 1)). */
        inexact = big_divide(&part, &num, &den);
        normalize(&part, &t, &inexact);
        return round_to_ldouble(&part, t, inexact, neg);
    }
    return round_to_ldouble(&num, t, inexact, neg);
}

/* Read digits, a point and an exponent into d; NULL when there is no number. */
static const char *parse_decimal(const char *p, decimal *d, int *sticky)
{
    long e = 0;

    p = __read_digits(p, 10, d->digits, MAX_DIGITS, &d->ndigits, &d->exp10, sticky);
    if (p != NULL && (*p == 'e' || *p == 'E')) {
        p = __read_exponent(p, 1000000000L, &e);
        d->exp10 += e;
    }
    return p;
}

/*
 * Hexadecimal digits, a point and a binary exponent, rounded at 64 bits.
 * Eighteen significant digits (72 bits) are more than the rounding needs; the
 * rest only count as nonzero or not.
 */
static const char *parse_hex(const char *p, int neg, long double *out)
{
    int sticky = 0, ndigits, i;
    long t = 0, pe = 0;
    char digits[18];

    p = __read_digits(p, 16, digits, 18, &ndigits, &t, &sticky);
    if (p == NULL)
        return NULL;
    __big_set(&num, 0);
    for (i = 0; i < ndigits; i++)
        __big_mul_add(&num, 16, (uint32_t)__digit_value(digits[i]));
    t *= 4;
    if (*p == 'p' || *p == 'P') {
        p = __read_exponent(p, 1000000000L, &pe);
        t += pe;
    }
    if (num.n == 0) {
        *out = make_ldouble(neg, 0, 0);
        return p;
    }
    normalize(&num, &t, &sticky);
    *out = round_to_ldouble(&num, t, sticky, neg);
    return p;
}

/*
 * A NaN's payload from "nan(chars)", as glibc: the chars read by strtoull in
 * base 0 when it takes all of them, in the low 62 bits under the quiet bit.
 */
static uint64_t nan_payload(const char *chars, const char *close)
{
    char *stop;
    unsigned long long v;

    if (chars == close)
        return 0;
    v = strtoull(chars, &stop, 0);
    return stop == close ? (uint64_t)v & (INTEGER_BIT / 2 - 1) : 0;
}

/* "inf", "infinity", "nan" and "nan(chars)", any case. */
static const char *parse_special(const char *p, int neg, long double *out)
{
    const char *q;
    uint64_t payload = 0;

    if (strncasecmp(p, "inf", 3) == 0) {
        *out = make_ldouble(neg, EXPONENT_INF, INTEGER_BIT);
        return strncasecmp(p, "infinity", 8) == 0 ? p + 8 : p + 3;
    }
    if (strncasecmp(p, "nan", 3) == 0) {
        p += 3;
        if (*p == '(') {
            for (q = p + 1; isalnum((unsigned char)*q) || *q == '_'; q++)
                ;
            if (*q == ')') {
                payload = nan_payload(p + 1, q);
                p = q + 1;
            }
        }
        *out = make_ldouble(neg, EXPONENT_INF, INTEGER_BIT | INTEGER_BIT >> 1 | payload);
        return p;
    }
    return NULL;
}

long double strtold(const char *s, char **end)
{
    const char *p = s, *q;
    long double v = 0;
    int neg = 0, sticky;

    while (isspace((unsigned char)*p))
        p++;
    if (*p == '+' || *p == '-')
        neg = *p++ == '-';
    if ((q = parse_special(p, neg, &v)) == NULL) {
        if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
            (q = parse_hex(p + 2, neg, &v)) != NULL) {
            /* parse_hex has rounded and set errno */
        } else if ((q = parse_decimal(p, &dec, &sticky)) != NULL) {
            v = convert_decimal(&dec, sticky, neg);
        } else if (p[0] == '0') {
            q = p + 1;      /* "0x" with no hex digits: just the 0 */
            v = make_ldouble(neg, 0, 0);
        }
    }
    if (q == NULL) {
        if (end != NULL)
            *end = (char *)s;
        return 0;
    }
    if (end != NULL)
        *end = (char *)q;
    return v;
}
