/*
 * The text of a number, read alike by strtod/strtof (strtod.c) and strtold (strtold.c),
 * which differ only in how many significant digits they keep.
 */
#ifndef _DECIMAL_TEXT_H
#define _DECIMAL_TEXT_H

/*
 * Reads base-10 or base-16 digits with at most one point: the first `cap` significant
 * digits go to digits[] as they are spelt (leading zeros dropped), `*scale` is the power of
 * the base they are scaled by, and `*sticky` says whether a nonzero digit was dropped past
 * `cap`. Returns the text after the digits, or NULL when there is no digit.
 */
const char *__read_digits(const char *p, int base, char *digits, int cap, int *ndigits, long *scale, int *sticky);

/* The value of a digit __read_digits kept. */
int __digit_value(char c);

/*
 * An exponent's digits after the 'e' or 'p' at p, when there are some (else p itself is
 * returned and *out is left alone); the value saturates at `cap`, past any range.
 */
const char *__read_exponent(const char *p, long cap, long *out);

#endif
