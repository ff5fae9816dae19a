/*
 * IEEE 754 binary128 (_Float128) in software: the routines gcc and tcc-lite call for
 * every _Float128 operation, under libgcc's names and calling conventions (a _Float128
 * travels in one %xmm register). Written from the IEEE 754 definitions.
 *
 * Working form: a finite value is (-1)^sign * m * 2^(exp - BIAS - 115), with the
 * mantissa m carrying 3 extra low bits (guard, round, sticky): normal values have the
 * hidden bit at bit 115. The rounding mode is MXCSR's, and the exception flags are
 * raised in MXCSR, where fetestexcept looks (as libgcc does on x86-64).
 *
 * No headers: these files also build with gcc against glibc's headers.
 */
#ifndef _SOFTFP_H
#define _SOFTFP_H

typedef unsigned __int128 sfp_u128;
typedef __int128 sfp_i128;
typedef unsigned long sfp_u64;

/* The bits of a _Float128, through a union (both types are 16 bytes). */
typedef union {
    __float128 f;
    sfp_u128 u;
} sfp_tf;

static inline sfp_u128 bits_of(__float128 x)
{
    sfp_tf t;
    t.f = x;
    return t.u;
}

static inline __float128 from_bits(sfp_u128 u)
{
    sfp_tf t;
    t.u = u;
    return t.f;
}

#define SFP_BIAS 16383
#define SFP_MAX_EXP 0x7fff
#define SFP_FRAC_BITS 112
#define SFP_ONE(n) ((sfp_u128)1 << (n))
#define SFP_FRAC_MASK (SFP_ONE(112) - 1)
#define SFP_QUIET SFP_ONE(111)

/* MXCSR exception flags and rounding modes (its bits 13-14, shifted down). */
#define SFP_INVALID 0x01
#define SFP_DIVZERO 0x04
#define SFP_OVERFLOW 0x08
#define SFP_UNDERFLOW 0x10
#define SFP_INEXACT 0x20
#define SFP_NEAREST 0
#define SFP_DOWN 1
#define SFP_UP 2
#define SFP_ZERO 3

enum sfp_class { SFP_CLS_ZERO, SFP_CLS_FINITE, SFP_CLS_INF, SFP_CLS_NAN };

/* An unpacked value: for SFP_CLS_FINITE, m is normalized (bit 115 set) and exp may go below 1. */
struct sfp {
    int sign;
    int exp;
    sfp_u128 m;
    enum sfp_class cls;
};

/* A binary floating format the rounding step can produce: fraction bits and exponent bias. */
struct sfp_format {
    int frac_bits;  /* stored fraction bits, without the hidden bit */
    int bias;
    int max_exp;    /* the biased exponent of infinities and NaNs */
};

extern const struct sfp_format __sfp_binary128;

void __sfp_raise(int flags);
int __sfp_rounding(void);
int __sfp_underflow_traps(void);
struct sfp __sfp_unpack(sfp_u128 bits);
/* Rounds (sign, exp, m) into format f (m's hidden bit at f->frac_bits + 3, or above: it is
   normalized first); the biased exponent goes to *exp_out, the mantissa with its hidden bit
   to the return value. Raises inexact, underflow and overflow as IEEE 754 says. */
sfp_u128 __sfp_round(const struct sfp_format *f, int sign, int exp, sfp_u128 m, int *exp_out);
sfp_u128 __sfp_pack(int sign, int exp, sfp_u128 m);
sfp_u128 __sfp_nan_result(struct sfp a, sfp_u128 abits, struct sfp b, sfp_u128 bbits);
sfp_u128 __sfp_shift_right_sticky(sfp_u128 m, int n);

#define SFP_DEFAULT_NAN (((sfp_u128)0xffff8000UL << 96))

static inline int sfp_is_snan(struct sfp a, sfp_u128 bits)
{
    return a.cls == SFP_CLS_NAN && !(bits & SFP_QUIET);
}

#endif
