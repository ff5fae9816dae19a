/*
 * Internal: decimal conversion for printf's floating-point conversions.
 */
#ifndef _FMT_FLOAT_H
#define _FMT_FLOAT_H

/* Precision is capped here; digits this far out are exact zeros or far below any use. */
#define FMT_FLOAT_MAX_PREC 1100
/* 309 integer digits + point + MAX_PREC fraction digits + exponent, with room to spare. */
#define FMT_FLOAT_BUF 1500

/*
 * Write |v| for conversion conv ('f' 'F' 'e' 'E' 'g' 'G') with precision prec
 * (alt = the '#' flag) into out; returns the length. No sign, no padding.
 */
int __format_float(char *out, double v, char conv, int prec, int alt);

#endif
