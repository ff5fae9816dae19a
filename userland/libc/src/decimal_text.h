/*
 * The text of a decimal number, read alike by strtod/strtof (strtod.c) and strtold
 * (strtold.c), which differ only in how many significant digits they keep.
 */
#ifndef _DECIMAL_TEXT_H
#define _DECIMAL_TEXT_H

/*
 * Reads digits with at most one point: the first `cap` significant digits go to digits[]
 * (leading zeros dropped), `*exp10` is the power of ten they are scaled by, and `*sticky`
 * says whether a nonzero digit was dropped past `cap`. Returns the text after the digits,
 * or NULL when there is no digit.
 */
const char *__read_decimal_digits(const char *p, char *digits, int cap, int *ndigits, long *exp10, int *sticky);

/*
 * An exponent's digits after the 'e' or 'p' at p, when there are some (else p itself is
 * returned and *out is left alone); the value saturates at `cap`, past any range.
 */
const char *__read_exponent(const char *p, long cap, long *out);

#endif
