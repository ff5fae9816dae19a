/*
 * Internal: decimal conversion for printf's floating-point conversions.
 */
#ifndef _FMT_FLOAT_H
#define _FMT_FLOAT_H

#include <stdint.h>

/* Precision is capped here; digits this far out are exact zeros or far below any use. */
#define FMT_FLOAT_MAX_PREC 1100
/* 4933 integer digits (a long double) + point + MAX_PREC fraction digits + exponent. */
#define FMT_FLOAT_BUF 6100

/*
 * Write |v| for conversion conv ('f' 'F' 'e' 'E' 'g' 'G') with precision prec
 * (alt = the '#' flag) into out; returns the length. No sign, no padding.
 */
int __format_float(char *out, double v, char conv, int prec, int alt);

/* How the last digit is rounded: as C's current rounding mode says, for this sign. */
enum { FMT_ROUND_NEAREST, FMT_ROUND_AWAY, FMT_ROUND_TRUNCATE };

/* A finite nonnegative value m * 2^e (m < 2^64, -16445 <= e < 16321): doubles and long doubles alike. */
typedef struct {
    uint64_t m;
    int e;
    int rounding;   /* FMT_ROUND_* */
} fmt_value;

int __format_float_value(char *out, const fmt_value *v, char conv, int prec, int alt);

/* %a and %A: the body (no sign) from the parts of the value; prec -1 when absent. */
int __format_hex(char *out, unsigned lead, uint64_t frac, int nbits, int exp2, int prec, int alt, int upper);

#endif
