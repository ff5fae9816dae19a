/*
 * Bessel functions of the first and second kind: j0 j1 jn y0 y1 yn.
 *
 * Everything is computed in double-double (math_dd.h) and rounded once:
 * - |x| < 25: the power series. Their terms grow to about 1e9 before they
 *   shrink, and double-double's 106 bits absorb that cancellation, so even
 *   values near a zero of the function keep their relative accuracy.
 * - |x| >= 25: Hankel's asymptotic expansion J = sqrt(2/(pi x)) (P cos chi -
 *   Q sin chi), Y = sqrt(2/(pi x)) (P sin chi + Q cos chi), chi = x - pi/4 -
 *   n pi/2, summed until its terms (as small as e^-2x) stop mattering; the
 *   phase comes from an exact argument reduction (math_trig.c).
 * - jn by recurrence: upward from J0 and J1 when n < x (stable there), else
 *   downward from far above n (Miller's method), normalised by J0 or J1. yn
 *   always upward from Y0 and Y1, where it is stable.
 * Special values and errno follow glibc: y0/y1/yn of 0 are -inf (ERANGE), of a
 * negative number NaN (EDOM).
 */
#include <errno.h>
#include <math.h>
#include "math_dd.h"

#define SERIES_LIMIT 25.0

static const dd EULER_GAMMA = { 0x1.2788cfc6fb619p-1, -0x1.6cb90701fbfabp-58 };
static const dd TWO_OVER_PI = { 0x1.45f306dc9c883p-1, -0x1.6b01ec5417056p-55 };

/*
 * The series part shared by J_n and Y_n (n = 0 or 1) for small x:
 *   sum_k (-x^2/4)^k / (k! (k+n)!) * weight(k)
 * with weight 1 (for J) or the harmonic sums Y needs (H_k + H_{k+n}).
 * Returns the plain sum in *j and the weighted one in *h.
 */
static void small_series(double x, int n, dd *j, dd *h)
{
    dd w = dd_mul_d(dd_two_prod(x, x), -0.25), term = dd_make(1.0, 0.0);
    dd hk = dd_make(0.0, 0.0), hkn = dd_make(n ? 1.0 : 0.0, 0.0);
    int k;

    if (n)
        term = dd_make(1.0, 0.0); /* 1/(0! 1!) */
    *j = term;
    *h = dd_mul(term, dd_add(hk, hkn));
    for (k = 1; k < 200; k++) {
        term = dd_div_d(dd_mul(term, w), (double)k * (double)(k + n));
        hk = dd_add(hk, dd_div_d(dd_make(1.0, 0.0), (double)k));
        hkn = dd_add(hkn, dd_div_d(dd_make(1.0, 0.0), (double)(k + n)));
        *j = dd_add(*j, term);
        *h = dd_add(*h, dd_mul(term, dd_add(hk, hkn)));
        if (fabs(term.hi) < 1e-36 * fabs(j->hi) && fabs(term.hi) < 1e-36)
            break;
    }
}

/*
 * Hankel's P and Q for order n (0 or 1) at x >= SERIES_LIMIT:
 * a_k = (mu - 1)(mu - 9)...(mu - (2k-1)^2) / (k! 8^k), mu = 4n^2;
 * P = a_0 - a_2/x^2 + a_4/x^4 ..., Q = a_1/x - a_3/x^3 + ...
 */
static void hankel(double x, int n, dd *p, dd *q)
{
    double mu = 4.0 * n * n;
    dd term = dd_make(1.0, 0.0);
    double last = 1.0;
    int k;

    *p = term;
    *q = dd_make(0.0, 0.0);
    /* Beyond 2^500 the corrections are below 2^-500 (and double-double's products would overflow). */
    if (x > 0x1p500)
        return;
    for (k = 1; k < 200; k++) {
        double odd = 2.0 * k - 1.0;

        term = dd_div_d(dd_mul_d(term, mu - odd * odd), 8.0 * k);
        term = dd_div_d(term, x);
        /* The series diverges: stop at its smallest term (about e^-2x), or when negligible. */
        if (fabs(term.hi) >= last || fabs(term.hi) < 1e-34)
            break;
        last = fabs(term.hi);
        /* k = 1, 2, 3, 4 ... adds to Q, -P, -Q, +P ... */
        switch (k & 3) {
        case 1: *q = dd_add(*q, term); break;
        case 2: *p = dd_sub(*p, term); break;
        case 3: *q = dd_sub(*q, term); break;
        default: *p = dd_add(*p, term); break;
        }
    }
}

/* sqrt(2/(pi x)) (P cos chi - Q sin chi) for J, (P sin chi + Q cos chi) for Y; x > 0. */
static dd large_argument(double x, int n, int second_kind)
{
    dd p, q, s, c, amp, v;

    hankel(x, n, &p, &q);
    __sincos_minus_quarter_pi_dd(x, &s, &c);
    if (n == 1) {
        /* chi = (x - pi/4) - pi/2: sin chi = -cos, cos chi = sin */
        dd t = s;

        s = dd_neg(c);
        c = t;
    }
    if (second_kind)
        v = dd_add(dd_mul(p, s), dd_mul(q, c));
    else
        v = dd_sub(dd_mul(p, c), dd_mul(q, s));
    /* sqrt(2/(pi x)), scaled by powers of 2 so that no double-double product overflows. */
    if (x > 0x1p600)
        amp = dd_mul_d(dd_sqrt(dd_div_d(TWO_OVER_PI, x * 0x1p-600)), 0x1p-300);
    else
        amp = dd_sqrt(dd_div_d(TWO_OVER_PI, x));
    return dd_mul(amp, v);
}

/* J_n(|x|) for n = 0 or 1, in double-double. */
static dd bessel_j01(double ax, int n)
{
    dd j, h;

    if (ax >= SERIES_LIMIT)
        return large_argument(ax, n, 0);
    small_series(ax, n, &j, &h);
    return n ? dd_mul_d(j, ax * 0.5) : j;
}

/*
 * Y_n(x) for n = 0 or 1 and x > 0:
 * Y0 = (2/pi) (ln(x/2) + gamma) J0 - (1/pi) sum (-x^2/4)^k/(k!)^2 (2 H_k)
 * Y1 = (2/pi) (ln(x/2) + gamma) J1 - 2/(pi x) - (1/pi) (x/2) sum (-x^2/4)^k/(k!(k+1)!) (H_k + H_{k+1})
 */
static dd bessel_y01(double x, int n)
{
    dd j, h, log_term, v;

    if (x >= SERIES_LIMIT)
        return large_argument(x, n, 1);
    if (n == 1 && x < 0x1p-54) {
        /* Y1 = -2/(pi x) to double precision; it overflows for the tiniest x. */
        if (isinf(TWO_OVER_PI.hi / x))
            return dd_make(-HUGE_VAL, 0.0);
        return dd_neg(dd_div_d(TWO_OVER_PI, x));
    }
    small_series(x, n, &j, &h);
    log_term = dd_add(__log_dd(dd_make(x * 0.5, 0.0)), EULER_GAMMA);
    if (n == 0) {
        v = dd_sub(dd_mul(log_term, j), dd_mul_d(h, 0.5));
        return dd_mul(TWO_OVER_PI, v);
    }
    j = dd_mul_d(j, x * 0.5);
    h = dd_mul_d(h, x * 0.25);
    v = dd_sub(dd_mul(log_term, j), h);
    v = dd_sub(v, dd_div_d(dd_make(1.0, 0.0), x));
    return dd_mul(TWO_OVER_PI, v);
}

static double first_kind(int n, double x)
{
    double ax = fabs(x);
    dd v;

    if (isnan(x))
        return x;
    if (isinf(x))
        return n && x < 0 ? -0.0 : 0.0;
    if (n == 1 && ax < 0x1p-60)
        return x * 0.5;     /* J1(x) = x/2 to double precision, sign of zero kept */
    v = bessel_j01(ax, n);
    if (n == 1 && x < 0)
        v = dd_neg(v);
    return v.hi + v.lo;
}

/* glibc: 0 is a pole (-inf, ERANGE), a negative x outside the domain (NaN, EDOM). */
static int second_kind_special(double x, double *result)
{
    if (isnan(x)) {
        *result = x;
        return 1;
    }
    if (x < 0) {
        errno = EDOM;
        *result = NAN;
        return 1;
    }
    if (x == 0) {
        errno = ERANGE;
        *result = -HUGE_VAL;
        return 1;
    }
    if (isinf(x)) {
        *result = 0.0;
        return 1;
    }
    return 0;
}

static double second_kind(int n, double x)
{
    double r;
    dd v;

    if (second_kind_special(x, &r))
        return r;
    v = bessel_y01(x, n);
    r = v.hi + v.lo;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

double j0(double x) { return first_kind(0, x); }
double j1(double x) { return first_kind(1, x); }
double y0(double x) { return second_kind(0, x); }
double y1(double x) { return second_kind(1, x); }

/* 2k/x in double-double: the recurrences' coefficient, exact enough for a thousand steps. */
static dd two_k_over_x(int k, double x)
{
    return dd_div_d(dd_make(2.0 * k, 0.0), x);
}

/* J_n(x) for n >= 2 and 0 < x: upward when n < x, else Miller's downward recurrence. */
static dd jn_positive(int n, double x)
{
    dd prev, cur, next, f1, f0, top;
    int k, m;

    if (x < 0x1p-30) {
        /* J_n = (x/2)^n / n! to double precision (and it may underflow to 0). */
        cur = dd_make(1.0, 0.0);
        for (k = 1; k <= n && cur.hi != 0; k++)
            cur = dd_div_d(dd_mul_d(cur, x * 0.5), k);
        return cur;
    }
    if (x > n) {
        prev = bessel_j01(x, 0);
        cur = bessel_j01(x, 1);
        for (k = 1; k < n; k++) {
            next = dd_sub(dd_mul(cur, two_k_over_x(k, x)), prev);
            prev = cur;
            cur = next;
        }
        return cur;
    }
    /* Start far enough above n that the starting guess has died out by n. */
    m = n + 20 + (int)sqrt(40.0 * n) + (int)x;
    prev = dd_make(0.0, 0.0);
    cur = dd_make(1.0, 0.0);
    top = dd_make(0.0, 0.0);
    f1 = f0 = prev;
    for (k = m; k >= 1; k--) {
        /* J_{k-1} = (2k/x) J_k - J_{k+1} */
        next = dd_sub(dd_mul(cur, two_k_over_x(k, x)), prev);
        prev = cur;
        cur = next;
        if (k - 1 == n)
            top = cur;
        if (fabs(cur.hi) > 1e250) {
            /* Rescale everything kept so far to stay in range. */
            cur = dd_mul_d(cur, 1e-250);
            prev = dd_mul_d(prev, 1e-250);
            top = dd_mul_d(top, 1e-250);
        }
    }
    f0 = cur;   /* proportional to J_0 */
    f1 = prev;  /* ... and J_1 */
    /* Normalise by whichever of J0, J1 is further from a zero. */
    if (fabs(f0.hi) >= fabs(f1.hi))
        return dd_mul(top, dd_div(bessel_j01(x, 0), f0));
    return dd_mul(top, dd_div(bessel_j01(x, 1), f1));
}

double jn(int n, double x)
{
    int negate = 0;
    double r;
    dd v;

    if (n < 0) {
        /* J_{-n} = (-1)^n J_n; n = INT_MIN stays even. */
        negate = n & 1;
        n = n == -2147483647 - 1 ? 2147483647 - 1 : -n;
    }
    if (n == 0 || n == 1 || isnan(x) || isinf(x) || x == 0) {
        r = n == 0 ? first_kind(0, x) : n == 1 ? first_kind(1, x) : isnan(x) ? x : ((n & 1) && signbit(x) ? -0.0 : 0.0);
        return negate ? -r : r;
    }
    v = jn_positive(n, fabs(x));
    if ((n & 1) && x < 0)
        negate = !negate;
    r = v.hi + v.lo;
    if (r == 0)
        errno = ERANGE;
    return negate ? -r : r;
}

double yn(int n, double x)
{
    int negate = 0, k;
    dd prev, cur, next;
    double r;

    if (n < 0) {
        negate = n & 1;
        n = n == -2147483647 - 1 ? 2147483647 - 1 : -n;
    }
    if (n == 0 || n == 1 || second_kind_special(x, &r)) {
        if (n <= 1)
            r = second_kind(n, x);
        return negate ? -r : r;
    }
    prev = bessel_y01(x, 0);
    cur = bessel_y01(x, 1);
    if (isinf(cur.hi))
        errno = ERANGE;     /* Y1 itself overflows, as glibc reports */
    for (k = 1; k < n && !isinf(cur.hi); k++) {
        /* Near overflow double-double's products would overflow early: finish in doubles. */
        if (fabs(cur.hi) > 1e280) {
            double p = prev.hi + prev.lo, c = cur.hi + cur.lo, t;

            for (; k < n && !isinf(c); k++) {
                t = c * (2.0 * k / x) - p;
                p = c;
                c = t;
            }
            cur = dd_make(c, 0.0);
            break;
        }
        next = dd_sub(dd_mul(cur, two_k_over_x(k, x)), prev);
        prev = cur;
        cur = next;
    }
    r = isinf(cur.hi) || isnan(cur.hi) ? -HUGE_VAL : cur.hi + cur.lo;
    return negate ? -r : r;
}
