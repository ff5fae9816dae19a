/*
 * Conversions between binary128 and the other types, under libgcc's names:
 *   __extendsftf2 __extenddftf2 __extendxftf2   float, double, long double -> _Float128 (exact)
 *   __trunctfsf2 __trunctfdf2 __trunctfxf2      _Float128 -> float, double, long double (rounded)
 *   __fix{,uns}tf{si,di,ti}                     _Float128 -> integers (toward zero)
 *   __float{,un}{si,di,ti}tf                    integers -> _Float128
 * See softfp.h.
 */
#include "softfp.h"

static const struct sfp_format binary32 = { 23, 127, 0xff };
static const struct sfp_format binary64 = { 52, 1023, 0x7ff };
/* The x87 format stores its integer bit: 63 fraction bits below it. */
static const struct sfp_format x87 = { 63, 16383, 0x7fff };

typedef union {
    long double ld;
    struct {
        sfp_u64 mant;
        unsigned short sign_exp;
    } parts;
} sfp_xf;

/* ---- to _Float128 ---- */

/* A value of format f from its sign, biased exponent field and fraction field. */
static __float128 extend(const struct sfp_format *f, int sign, int exp, sfp_u128 frac)
{
    sfp_u128 s = (sfp_u128)sign << 127;
    int qbit = f->frac_bits - 1;
    if (exp == f->max_exp) {
        sfp_u128 payload = frac;
        if (payload == 0)
            return from_bits(s | ((sfp_u128)SFP_MAX_EXP << 112));
        if (!(payload & SFP_ONE(qbit)))
            __sfp_raise(SFP_INVALID);
        return from_bits(s | ((sfp_u128)SFP_MAX_EXP << 112) | (payload << (112 - f->frac_bits)) | SFP_QUIET);
    }
    if (exp != 0)
        frac |= SFP_ONE(f->frac_bits);
    if (frac == 0)
        return from_bits(s);
    /* The value is frac * 2^(max(exp, 1) - bias - frac_bits): exact in binary128. */
    int e = (exp == 0 ? 1 : exp) - f->bias + SFP_BIAS;
    return from_bits(__sfp_pack(sign, e, frac << (112 - f->frac_bits + 3)));
}

__float128 __extendsftf2(float x)
{
    union { float f; unsigned u; } v;
    v.f = x;
    return extend(&binary32, (int)(v.u >> 31), (int)(v.u >> 23) & 0xff, v.u & 0x7fffff);
}

__float128 __extenddftf2(double x)
{
    union { double f; sfp_u64 u; } v;
    v.f = x;
    return extend(&binary64, (int)(v.u >> 63), (int)(v.u >> 52) & 0x7ff, v.u & ((1UL << 52) - 1));
}

__float128 __extendxftf2(long double x)
{
    sfp_xf v;
    v.ld = x;
    /* The integer bit is implied by the exponent, as for the other formats (libgcc ignores
       the stored one: a pseudo-denormal counts as a denormal). */
    return extend(&x87, v.parts.sign_exp >> 15, v.parts.sign_exp & 0x7fff, v.parts.mant & ~(1UL << 63));
}

/* ---- from _Float128 ---- */

/* The rounded sign, biased exponent and mantissa (hidden bit included) of x in format f. */
static sfp_u128 truncate(const struct sfp_format *f, __float128 x, int *sign, int *exp)
{
    sfp_u128 bits = bits_of(x);
    struct sfp a = __sfp_unpack(bits);
    *sign = a.sign;
    switch (a.cls) {
    case SFP_CLS_ZERO:
        *exp = 0;
        return 0;
    case SFP_CLS_INF:
        *exp = f->max_exp;
        return 0;
    case SFP_CLS_NAN:
        if (!(bits & SFP_QUIET))
            __sfp_raise(SFP_INVALID);
        *exp = f->max_exp;
        return (a.m >> (112 - f->frac_bits)) | SFP_ONE(f->frac_bits - 1);
    default:
        break;
    }
    sfp_u128 m = __sfp_shift_right_sticky(a.m, 112 - f->frac_bits);
    return __sfp_round(f, a.sign, a.exp - SFP_BIAS + f->bias, m, exp);
}

float __trunctfsf2(__float128 x)
{
    int sign, exp;
    sfp_u128 m = truncate(&binary32, x, &sign, &exp);
    union { float f; unsigned u; } v;
    v.u = ((unsigned)sign << 31) | ((unsigned)exp << 23) | ((unsigned)m & 0x7fffff);
    return v.f;
}

double __trunctfdf2(__float128 x)
{
    int sign, exp;
    sfp_u128 m = truncate(&binary64, x, &sign, &exp);
    union { double f; sfp_u64 u; } v;
    v.u = ((sfp_u64)sign << 63) | ((sfp_u64)exp << 52) | ((sfp_u64)m & ((1UL << 52) - 1));
    return v.f;
}

long double __trunctfxf2(__float128 x)
{
    int sign, exp;
    sfp_u128 m = truncate(&x87, x, &sign, &exp);
    sfp_xf v;
    v.ld = 0;
    /* Infinities and NaNs carry the integer bit too. */
    v.parts.mant = (sfp_u64)m | (exp == 0x7fff ? 1UL << 63 : 0);
    v.parts.sign_exp = (unsigned short)((sign << 15) | exp);
    return v.ld;
}

/*
 * x truncated toward zero to an integer of `bits` bits (two's complement in the low bits
 * of the result). Out of range, and for NaNs: FE_INVALID, and the type's limit on the
 * operand's side (0 for negative operands of an unsigned type). Dropping a fraction
 * raises FE_INEXACT.
 */
static sfp_u128 to_integer(__float128 x, int bits, int is_signed)
{
    struct sfp a = __sfp_unpack(bits_of(x));
    sfp_u128 max = is_signed ? SFP_ONE(bits - 1) - 1 : (bits == 128 ? ~(sfp_u128)0 : SFP_ONE(bits) - 1);
    sfp_u128 min = is_signed ? -SFP_ONE(bits - 1) : 0;
    if (a.cls == SFP_CLS_ZERO)
        return 0;
    if (a.cls == SFP_CLS_FINITE && a.exp < SFP_BIAS) {
        __sfp_raise(SFP_INEXACT);
        return 0;
    }
    /* Integers of up to 128 bits: an operand of more integer bits is out of range. */
    int int_bits = a.exp - SFP_BIAS + 1;
    if (a.cls != SFP_CLS_FINITE || int_bits > bits || (!is_signed && a.sign)) {
        __sfp_raise(SFP_INVALID);
        return a.sign ? min : max;
    }
    int shift = a.exp - SFP_BIAS - 115;
    sfp_u128 mag = shift >= 0 ? a.m << shift : a.m >> -shift;
    if (is_signed && mag > (a.sign ? SFP_ONE(bits - 1) : max)) {
        __sfp_raise(SFP_INVALID);
        return a.sign ? min : max;
    }
    if (shift < 0 && (a.m & (SFP_ONE(-shift) - 1)))
        __sfp_raise(SFP_INEXACT);
    return a.sign ? -mag : mag;
}

int __fixtfsi(__float128 x) { return (int)to_integer(x, 32, 1); }
long __fixtfdi(__float128 x) { return (long)to_integer(x, 64, 1); }
sfp_i128 __fixtfti(__float128 x) { return (sfp_i128)to_integer(x, 128, 1); }
unsigned __fixunstfsi(__float128 x) { return (unsigned)to_integer(x, 32, 0); }
unsigned long __fixunstfdi(__float128 x) { return (unsigned long)to_integer(x, 64, 0); }
sfp_u128 __fixunstfti(__float128 x) { return to_integer(x, 128, 0); }

/* sign and magnitude: the value is mag * 2^0, rounded to 113 bits if it is wider. */
static __float128 from_integer(int sign, sfp_u128 mag)
{
    if (mag == 0)
        return from_bits(0);
    return from_bits(__sfp_pack(sign, SFP_BIAS + 115, mag));
}

__float128 __floatsitf(int i) { return from_integer(i < 0, i < 0 ? -(sfp_u128)(long)i : (sfp_u128)i); }
__float128 __floatditf(long i) { return from_integer(i < 0, i < 0 ? -(sfp_u128)i : (sfp_u128)i); }
__float128 __floattitf(sfp_i128 i) { return from_integer(i < 0, i < 0 ? -(sfp_u128)i : (sfp_u128)i); }
__float128 __floatunsitf(unsigned i) { return from_integer(0, i); }
__float128 __floatunditf(unsigned long i) { return from_integer(0, i); }
__float128 __floatuntitf(sfp_u128 i) { return from_integer(0, i); }
