/*
 * The shared steps of the binary128 routines: unpacking, rounding and packing, NaN
 * propagation, and the MXCSR rounding mode and exception flags. See softfp.h.
 */
#include "softfp.h"

const struct sfp_format __sfp_binary128 = { 112, SFP_BIAS, SFP_MAX_EXP };

static unsigned get_mxcsr(void)
{
    unsigned csr;
    __asm__ __volatile__("stmxcsr %0" : "=m"(csr));
    return csr;
}

/*
 * Raises the flags by doing an operation that raises each, as libgcc does on x86-64, so
 * an exception the program unmasked (feenableexcept) traps with SIGFPE: invalid, divide
 * by zero and inexact with SSE divisions (in MXCSR), overflow and underflow in the x87
 * status word (SSE has no operation raising either alone). fetestexcept reads both.
 */
void __sfp_raise(int flags)
{
    volatile float zero = 0.0f, one = 1.0f, three = 3.0f, r;
    if (flags & SFP_INVALID)
        r = zero / zero;
    if (flags & SFP_DIVZERO)
        r = one / zero;
    if (flags & (SFP_OVERFLOW | SFP_UNDERFLOW)) {
        unsigned short env[14]; /* fnstenv's 28-byte image; the status word is env[2] */
        __asm__ __volatile__("fnstenv %0" : "=m"(env));
        env[2] |= (unsigned short)(flags & (SFP_OVERFLOW | SFP_UNDERFLOW));
        __asm__ __volatile__("fldenv %0" : : "m"(env));
        __asm__ __volatile__("fwait");
    }
    if (flags & SFP_INEXACT)
        r = one / three;
    (void)r;
}

/* Whether the program unmasked the underflow exception (MXCSR's UM bit clear). */
int __sfp_underflow_traps(void)
{
    return !(get_mxcsr() & (1u << 11));
}

int __sfp_rounding(void)
{
    return (int)((get_mxcsr() >> 13) & 3);
}

/* m >> n, with a 1 in bit 0 if any bit shifted out was set (the sticky bit). */
sfp_u128 __sfp_shift_right_sticky(sfp_u128 m, int n)
{
    if (n <= 0)
        return m;
    if (n >= 127)
        return m != 0;
    return (m >> n) | ((m & (SFP_ONE(n) - 1)) != 0);
}

static int bit_length(sfp_u128 m)
{
    int n = 0;
    sfp_u64 hi = (sfp_u64)(m >> 64);
    if (hi) {
        n = 64;
        m = hi;
    }
    sfp_u64 lo = (sfp_u64)m;
    while (lo) {
        n++;
        lo >>= 1;
    }
    return n;
}

struct sfp __sfp_unpack(sfp_u128 bits)
{
    struct sfp r;
    r.sign = (int)(bits >> 127);
    r.exp = (int)(bits >> 112) & SFP_MAX_EXP;
    sfp_u128 frac = bits & SFP_FRAC_MASK;
    if (r.exp == SFP_MAX_EXP) {
        r.cls = frac ? SFP_CLS_NAN : SFP_CLS_INF;
        r.m = frac;
        return r;
    }
    if (r.exp == 0) {
        if (frac == 0) {
            r.cls = SFP_CLS_ZERO;
            r.m = 0;
            return r;
        }
        /* Subnormal: normalize, letting the exponent go below 1. */
        int shift = 113 - bit_length(frac);
        r.exp = 1 - shift;
        frac <<= shift;
    } else {
        frac |= SFP_ONE(112);
    }
    r.cls = SFP_CLS_FINITE;
    r.m = frac << 3;
    return r;
}

/* The increment rounding adds to m (3 work bits) in mode `mode`. */
static sfp_u128 round_increment(int mode, int sign, sfp_u128 m)
{
    switch (mode) {
    case SFP_NEAREST:
        return (m & 15) != 4 ? 4 : 0; /* ties go to the even neighbour */
    case SFP_UP:
        return sign ? 0 : 7;
    case SFP_DOWN:
        return sign ? 7 : 0;
    default:
        return 0;
    }
}

sfp_u128 __sfp_round(const struct sfp_format *f, int sign, int exp, sfp_u128 m, int *exp_out)
{
    int top = f->frac_bits + 3; /* where the hidden bit goes */
    int mode = __sfp_rounding();
    if (m == 0) {
        *exp_out = 0;
        return 0;
    }
    int len = bit_length(m);
    if (len > top + 1) {
        exp += len - top - 1;
        m = __sfp_shift_right_sticky(m, len - top - 1);
    } else {
        while (!(m & SFP_ONE(top)) && exp > 1) {
            m <<= 1;
            exp--;
        }
    }
    int flags = 0;
    if (exp < 1 || !(m & SFP_ONE(top))) {
        /* Below the normal range (m is unnormalized only at exponent 1). x86 detects
           tininess after rounding: a value that rounds up to the smallest normal number
           is not tiny. */
        sfp_u128 rounded = m + round_increment(mode, sign, m);
        int tiny = exp < 0 || !(m & SFP_ONE(top)) || !(rounded & SFP_ONE(top + 1));
        m = __sfp_shift_right_sticky(m, 1 - exp);
        exp = 1;
        /* An exact tiny result raises underflow only when that exception traps. */
        if (tiny && ((m & 7) || __sfp_underflow_traps()))
            flags |= SFP_UNDERFLOW;
    }
    if (m & 7)
        flags |= SFP_INEXACT;
    m += round_increment(mode, sign, m);
    if (m & SFP_ONE(top + 1)) {
        m >>= 1;
        exp++;
    }
    m >>= 3;
    if (exp >= f->max_exp) {
        __sfp_raise(flags | SFP_OVERFLOW | SFP_INEXACT);
        /* Infinity, or the largest finite value when rounding goes toward zero for this sign. */
        int to_inf = mode == SFP_NEAREST || (mode == SFP_UP && !sign) || (mode == SFP_DOWN && sign);
        if (to_inf) {
            *exp_out = f->max_exp;
            return 0;
        }
        *exp_out = f->max_exp - 1;
        return SFP_ONE(f->frac_bits + 1) - 1;
    }
    if (flags)
        __sfp_raise(flags);
    /* A subnormal result has no hidden bit: its exponent field is 0. */
    *exp_out = (m & SFP_ONE(f->frac_bits)) ? exp : 0;
    return m;
}

sfp_u128 __sfp_pack(int sign, int exp, sfp_u128 m)
{
    int e;
    sfp_u128 mant = __sfp_round(&__sfp_binary128, sign, exp, m, &e);
    return ((sfp_u128)sign << 127) | ((sfp_u128)e << 112) | (mant & SFP_FRAC_MASK);
}

/*
 * The NaN an operation with a NaN operand returns, as x86's libgcc chooses (the x87
 * rule): of two NaNs the one with the larger fraction field; made quiet. A signalling
 * operand raises FE_INVALID.
 */
sfp_u128 __sfp_nan_result(struct sfp a, sfp_u128 abits, struct sfp b, sfp_u128 bbits)
{
    if (sfp_is_snan(a, abits) || sfp_is_snan(b, bbits))
        __sfp_raise(SFP_INVALID);
    sfp_u128 r;
    if (a.cls != SFP_CLS_NAN)
        r = bbits;
    else if (b.cls != SFP_CLS_NAN)
        r = abits;
    else
        r = (bbits & SFP_FRAC_MASK) > (abits & SFP_FRAC_MASK) ? bbits : abits;
    return r | SFP_QUIET;
}
