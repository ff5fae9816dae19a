/*
 * binary128 comparisons with libgcc's return conventions: the caller compares the int
 * returned with 0 the way the source compared the operands.
 *   __eqtf2, __netf2   0 when equal, 1 when not (or unordered); quiet
 *   __lttf2, __letf2   -1, 0, 1 for less, equal, greater; 2 when unordered
 *   __gttf2, __getf2   the same, but -2 when unordered
 *   __unordtf2         nonzero when either operand is a NaN; quiet
 * "Quiet" comparisons raise FE_INVALID only for a signalling NaN; the ordered ones
 * (< <= > >=) for any NaN, as IEEE 754 asks.
 */
#include "softfp.h"

static int is_nan(sfp_u128 u)
{
    return ((u >> 112) & SFP_MAX_EXP) == SFP_MAX_EXP && (u & SFP_FRAC_MASK) != 0;
}

static int is_snan(sfp_u128 u)
{
    return is_nan(u) && !(u & SFP_QUIET);
}

/* -1, 0, 1 for ordered operands (+0 and -0 are equal); `unordered` otherwise. */
static int compare(__float128 x, __float128 y, int unordered, int signal_quiet_nan)
{
    sfp_u128 a = bits_of(x), b = bits_of(y);
    if (is_nan(a) || is_nan(b)) {
        if (signal_quiet_nan || is_snan(a) || is_snan(b))
            __sfp_raise(SFP_INVALID);
        return unordered;
    }
    sfp_u128 magnitude = ~((sfp_u128)1 << 127);
    if (((a | b) & magnitude) == 0)
        return 0;
    int sa = (int)(a >> 127), sb = (int)(b >> 127);
    if (sa != sb)
        return sa ? -1 : 1;
    if (a == b)
        return 0;
    /* Same sign: the encodings order as the magnitudes do. */
    int less = (a & magnitude) < (b & magnitude);
    return less != sa ? -1 : 1;
}

int __eqtf2(__float128 a, __float128 b)
{
    return compare(a, b, 1, 0) != 0;
}

int __netf2(__float128 a, __float128 b)
{
    return compare(a, b, 1, 0) != 0;
}

int __lttf2(__float128 a, __float128 b)
{
    return compare(a, b, 2, 1);
}

int __letf2(__float128 a, __float128 b)
{
    return compare(a, b, 2, 1);
}

int __gttf2(__float128 a, __float128 b)
{
    return compare(a, b, -2, 1);
}

int __getf2(__float128 a, __float128 b)
{
    return compare(a, b, -2, 1);
}

int __unordtf2(__float128 x, __float128 y)
{
    sfp_u128 a = bits_of(x), b = bits_of(y);
    if (is_snan(a) || is_snan(b))
        __sfp_raise(SFP_INVALID);
    return is_nan(a) || is_nan(b);
}
