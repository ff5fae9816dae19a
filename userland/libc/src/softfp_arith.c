/*
 * binary128 + - * / and negation (libgcc's __addtf3, __subtf3, __multf3, __divtf3,
 * __negtf2): the exact result rounded once, in MXCSR's rounding mode. See softfp.h.
 */
#include "softfp.h"

static sfp_u128 signed_zero(int sign)
{
    return (sfp_u128)sign << 127;
}

static sfp_u128 infinity(int sign)
{
    return ((sfp_u128)sign << 127) | ((sfp_u128)SFP_MAX_EXP << 112);
}

static sfp_u128 invalid(void)
{
    __sfp_raise(SFP_INVALID);
    return SFP_DEFAULT_NAN;
}

/* a + b where b's sign has been flipped already for a subtraction. */
static sfp_u128 add(sfp_u128 abits, sfp_u128 bbits, int negate_b)
{
    struct sfp a = __sfp_unpack(abits);
    struct sfp b = __sfp_unpack(bbits);
    if (a.cls == SFP_CLS_NAN || b.cls == SFP_CLS_NAN)
        return __sfp_nan_result(a, abits, b, bbits);
    b.sign ^= negate_b;
    if (a.cls == SFP_CLS_INF || b.cls == SFP_CLS_INF) {
        if (a.cls == SFP_CLS_INF && b.cls == SFP_CLS_INF && a.sign != b.sign)
            return invalid();
        return infinity(a.cls == SFP_CLS_INF ? a.sign : b.sign);
    }
    if (a.cls == SFP_CLS_ZERO && b.cls == SFP_CLS_ZERO) {
        /* -0 only from two negative zeros, or from x - x when rounding downward. */
        int sign = a.sign == b.sign ? a.sign : __sfp_rounding() == SFP_DOWN;
        return signed_zero(sign);
    }
    if (a.cls == SFP_CLS_ZERO)
        return __sfp_pack(b.sign, b.exp, b.m);
    if (b.cls == SFP_CLS_ZERO)
        return __sfp_pack(a.sign, a.exp, a.m);
    /* Make a the operand of larger magnitude. */
    if (b.exp > a.exp || (b.exp == a.exp && b.m > a.m)) {
        struct sfp t = a;
        a = b;
        b = t;
    }
    sfp_u128 bm = __sfp_shift_right_sticky(b.m, a.exp - b.exp);
    if (a.sign == b.sign)
        return __sfp_pack(a.sign, a.exp, a.m + bm);
    sfp_u128 diff = a.m - bm;
    if (diff == 0)
        return signed_zero(__sfp_rounding() == SFP_DOWN);
    return __sfp_pack(a.sign, a.exp, diff);
}

__float128 __addtf3(__float128 a, __float128 b)
{
    return from_bits(add(bits_of(a), bits_of(b), 0));
}

__float128 __subtf3(__float128 a, __float128 b)
{
    return from_bits(add(bits_of(a), bits_of(b), 1));
}

__float128 __negtf2(__float128 a)
{
    return from_bits(bits_of(a) ^ ((sfp_u128)1 << 127));
}

/* The 226-bit product of two 113-bit mantissas, reduced to 117 bits and a sticky bit. */
static sfp_u128 multiply_mantissas(sfp_u128 x, sfp_u128 y)
{
    sfp_u64 x0 = (sfp_u64)x, x1 = (sfp_u64)(x >> 64);
    sfp_u64 y0 = (sfp_u64)y, y1 = (sfp_u64)(y >> 64);
    sfp_u128 p00 = (sfp_u128)x0 * y0;
    sfp_u128 p01 = (sfp_u128)x0 * y1;
    sfp_u128 p10 = (sfp_u128)x1 * y0;
    sfp_u128 p11 = (sfp_u128)x1 * y1;
    /* Sum the middle column with the high half of p00; carries go to the high word. */
    sfp_u128 mid = (p00 >> 64) + (sfp_u64)p01 + (sfp_u64)p10;
    sfp_u128 lo = (mid << 64) | (sfp_u64)p00;
    sfp_u128 hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    /* hi:lo is below 2^226; keep its top bits from bit 109 on. */
    return (hi << 19) | (lo >> 109) | ((lo & (SFP_ONE(109) - 1)) != 0);
}

__float128 __multf3(__float128 x, __float128 y)
{
    sfp_u128 abits = bits_of(x), bbits = bits_of(y);
    struct sfp a = __sfp_unpack(abits);
    struct sfp b = __sfp_unpack(bbits);
    if (a.cls == SFP_CLS_NAN || b.cls == SFP_CLS_NAN)
        return from_bits(__sfp_nan_result(a, abits, b, bbits));
    int sign = a.sign ^ b.sign;
    if (a.cls == SFP_CLS_INF || b.cls == SFP_CLS_INF) {
        if (a.cls == SFP_CLS_ZERO || b.cls == SFP_CLS_ZERO)
            return from_bits(invalid());
        return from_bits(infinity(sign));
    }
    if (a.cls == SFP_CLS_ZERO || b.cls == SFP_CLS_ZERO)
        return from_bits(signed_zero(sign));
    /* Each operand is M * 2^(exp - BIAS - 112) for its 113-bit M: the product, shifted
       down 109 bits, is m * 2^(a.exp + b.exp - 2 BIAS - 115), the working form at
       exponent a.exp + b.exp - BIAS. */
    sfp_u128 m = multiply_mantissas(a.m >> 3, b.m >> 3);
    return from_bits(__sfp_pack(sign, a.exp + b.exp - SFP_BIAS, m));
}

__float128 __divtf3(__float128 x, __float128 y)
{
    sfp_u128 abits = bits_of(x), bbits = bits_of(y);
    struct sfp a = __sfp_unpack(abits);
    struct sfp b = __sfp_unpack(bbits);
    if (a.cls == SFP_CLS_NAN || b.cls == SFP_CLS_NAN)
        return from_bits(__sfp_nan_result(a, abits, b, bbits));
    int sign = a.sign ^ b.sign;
    if (a.cls == SFP_CLS_INF)
        return from_bits(b.cls == SFP_CLS_INF ? invalid() : infinity(sign));
    if (b.cls == SFP_CLS_INF)
        return from_bits(signed_zero(sign));
    if (b.cls == SFP_CLS_ZERO) {
        if (a.cls == SFP_CLS_ZERO)
            return from_bits(invalid());
        __sfp_raise(SFP_DIVZERO);
        return from_bits(infinity(sign));
    }
    if (a.cls == SFP_CLS_ZERO)
        return from_bits(signed_zero(sign));
    /* Long division, one quotient bit at a time: 116 bits, then the remainder as sticky. */
    sfp_u128 n = a.m >> 3, d = b.m >> 3;
    int exp = a.exp - b.exp + SFP_BIAS;
    if (n < d) {
        n <<= 1;
        exp--;
    }
    sfp_u128 q = 0;
    for (int i = 0; i < 116; i++) {
        q <<= 1;
        if (n >= d) {
            n -= d;
            q |= 1;
        }
        n <<= 1;
    }
    return from_bits(__sfp_pack(sign, exp, q | (n != 0)));
}
