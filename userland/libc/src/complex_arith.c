/*
 * The helpers a compiler calls for complex multiplication and division
 * (__mul?c3, __div?c3; gcc and tcc-lite both call them rather than expand
 * them inline, because the textbook formulas get infinities, NaNs and
 * extreme magnitudes wrong). They follow C11 Annex G and compute exactly
 * what libgcc 12 computes, so a program prints the same whichever library
 * it was linked with (test/userland/complex-arith.test.ts compares the bits).
 *
 * No headers: this file must also build with gcc against glibc's headers.
 */

/* <float.h>'s limits, spelled out (the file includes nothing). */
#define DBL_MAX_ 1.7976931348623157e308
#define DBL_MIN_ 2.2250738585072014e-308
#define DBL_EPSILON_ 2.220446049250313e-16
#define LDBL_MAX_ 1.18973149535723176502e+4932L
#define LDBL_MIN_ 3.36210314311209350626e-4932L
#define LDBL_EPSILON_ 1.08420217248550443401e-19L

#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf(x)
#define isfinite(x) __builtin_isfinite(x)

/* A copysign that works for every floating type without libm. */
#define COPYSIGN(T, mag, sign) ((T)(__builtin_signbit(sign) ? -(T)(mag) : (T)(mag)))
#define FABS(x) ((x) < 0 ? -(x) : (x))

/*
 * When both parts came out NaN, a product with an infinite factor (or one
 * that overflowed) is really infinite: "box" each infinity to +-1, turn
 * the NaNs of the other factor into zeros, and multiply again by infinity.
 */
#define MUL_BODY(T)                                                            \
    T ac = a * c, bd = b * d, ad = a * d, bc = b * c;                          \
    T x = ac - bd, y = ad + bc;                                                \
    if (isnan(x) && isnan(y)) {                                                \
        int again = 0;                                                         \
        if (isinf(a) || isinf(b)) {                                            \
            a = COPYSIGN(T, isinf(a) ? 1 : 0, a);                              \
            b = COPYSIGN(T, isinf(b) ? 1 : 0, b);                              \
            if (isnan(c)) c = COPYSIGN(T, 0, c);                               \
            if (isnan(d)) d = COPYSIGN(T, 0, d);                               \
            again = 1;                                                         \
        }                                                                      \
        if (isinf(c) || isinf(d)) {                                            \
            c = COPYSIGN(T, isinf(c) ? 1 : 0, c);                              \
            d = COPYSIGN(T, isinf(d) ? 1 : 0, d);                              \
            if (isnan(a)) a = COPYSIGN(T, 0, a);                               \
            if (isnan(b)) b = COPYSIGN(T, 0, b);                               \
            again = 1;                                                         \
        }                                                                      \
        if (!again && (isinf(ac) || isinf(bd) || isinf(ad) || isinf(bc))) {    \
            if (isnan(a)) a = COPYSIGN(T, 0, a);                               \
            if (isnan(b)) b = COPYSIGN(T, 0, b);                               \
            if (isnan(c)) c = COPYSIGN(T, 0, c);                               \
            if (isnan(d)) d = COPYSIGN(T, 0, d);                               \
            again = 1;                                                         \
        }                                                                      \
        if (again) {                                                           \
            x = __builtin_inf() * (a * c - b * d);                             \
            y = __builtin_inf() * (a * d + b * c);                             \
        }                                                                      \
    }

/*
 * A quotient that came out NaN + iNaN is really infinite (nonzero / zero,
 * infinite / finite) or zero (finite / infinite).
 */
#define DIV_RECOVER(T)                                                         \
    if (isnan(x) && isnan(y)) {                                                \
        if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {                    \
            x = COPYSIGN(T, __builtin_inf(), c) * a;                           \
            y = COPYSIGN(T, __builtin_inf(), c) * b;                           \
        } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {     \
            a = COPYSIGN(T, isinf(a) ? 1 : 0, a);                              \
            b = COPYSIGN(T, isinf(b) ? 1 : 0, b);                              \
            x = __builtin_inf() * (a * c + b * d);                             \
            y = __builtin_inf() * (b * c - a * d);                             \
        } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {     \
            c = COPYSIGN(T, isinf(c) ? 1 : 0, c);                              \
            d = COPYSIGN(T, isinf(d) ? 1 : 0, d);                              \
            x = 0.0 * (a * c + b * d);                                         \
            y = 0.0 * (b * c - a * d);                                         \
        }                                                                      \
    }

/*
 * Smith's division, scaled as libgcc 12 does: halve everything when the
 * larger part of the divisor is near the top of the range, scale tiny
 * operands up by 1/epsilon, and when the ratio itself underflows divide in
 * the other order. `p`/`q` name the larger and smaller divisor parts.
 */
#define SMITH_HALF(T, p, q, BIG, MIN, EPS, re, im)                             \
    {                                                                          \
        const T rbig = BIG / 2, rmax2 = rbig * EPS, scale = 1 / EPS;           \
        if (FABS(p) >= rbig) {                                                 \
            a = a / 2; b = b / 2; c = c / 2; d = d / 2;                        \
        }                                                                      \
        if (FABS(p) < EPS ||                                                   \
            (FABS(a) < MIN && FABS(b) < rmax2 && FABS(p) < rmax2) ||           \
            (FABS(b) < MIN && FABS(a) < rmax2 && FABS(p) < rmax2)) {           \
            a = a * scale; b = b * scale; c = c * scale; d = d * scale;        \
        }                                                                      \
        ratio = q / p;                                                         \
        denom = q * ratio + p;                                                 \
        if (FABS(ratio) > MIN) {                                               \
            x = (re##_R) / denom;                                              \
            y = (im##_R) / denom;                                              \
        } else {                                                               \
            x = (re##_S) / denom;                                              \
            y = (im##_S) / denom;                                              \
        }                                                                      \
    }

/*
 * The numerators when |c| < |d| (ratio = c/d) and when |c| >= |d| (ratio = d/c).
 * The compound operand of each + and * comes first: when both operands are
 * NaN the first one's sign wins, and that is the order libgcc computes in.
 */
#define DREAL_R a * ratio + b
#define DREAL_S (a / d) * c + b
#define DIMAG_R b * ratio - a
#define DIMAG_S (b / d) * c - a
#define CREAL_R b * ratio + a
#define CREAL_S (b / c) * d + a
#define CIMAG_R b - a * ratio
#define CIMAG_S b - (a / c) * d

#define DIV_BODY(T, BIG, MIN, EPS)                                             \
    T ratio, denom, x, y;                                                      \
    if (FABS(c) < FABS(d))                                                     \
        SMITH_HALF(T, d, c, BIG, MIN, EPS, DREAL, DIMAG)                       \
    else                                                                       \
        SMITH_HALF(T, c, d, BIG, MIN, EPS, CREAL, CIMAG)                       \
    DIV_RECOVER(T)

#define RESULT(T, CT)                                                          \
    CT z;                                                                      \
    __real__ z = x;                                                            \
    __imag__ z = y;                                                            \
    return z;

double _Complex __muldc3(double a, double b, double c, double d)
{
    MUL_BODY(double)
    RESULT(double, double _Complex)
}

float _Complex __mulsc3(float a, float b, float c, float d)
{
    MUL_BODY(float)
    RESULT(float, float _Complex)
}

long double _Complex __mulxc3(long double a, long double b, long double c, long double d)
{
    MUL_BODY(long double)
    RESULT(long double, long double _Complex)
}

double _Complex __divdc3(double a, double b, double c, double d)
{
    DIV_BODY(double, DBL_MAX_, DBL_MIN_, DBL_EPSILON_)
    RESULT(double, double _Complex)
}

long double _Complex __divxc3(long double a, long double b, long double c, long double d)
{
    DIV_BODY(long double, LDBL_MAX_, LDBL_MIN_, LDBL_EPSILON_)
    RESULT(long double, long double _Complex)
}

/*
 * float: the textbook formula in double, whose range cannot overflow here.
 * Written as libgcc's object code computes it (c * b, not b * c): when both
 * operands of an SSE operation are NaN the first one's sign wins.
 */
float _Complex __divsc3(float a, float b, float c, float d)
{
    double ac = (double)a * c, bd = (double)b * d, cb = (double)c * b, ad = (double)a * d;
    double denom = (double)c * c + (double)d * d;
    float x = (float)((ac + bd) / denom);
    float y = (float)((cb - ad) / denom);

    DIV_RECOVER(float)
    RESULT(float, float _Complex)
}
