/*
 * Internal: 1/k as double-doubles (hi, lo), for the series of math_exp.c and
 * math_trig.c: multiplying by these is much faster than dividing by k.
 * Generated with exact rational arithmetic: hi = nearest double, lo = the rest.
 */
#ifndef _MATH_RECIP_H
#define _MATH_RECIP_H

/* Indexed by k; only the k the series use are filled in. */
static const double __recip[111][2] = {
    [2] = {0x1.0000000000000p-1, 0x0.0p+0},
    [3] = {0x1.5555555555555p-2, 0x1.5555555555555p-56},
    [4] = {0x1.0000000000000p-2, 0x0.0p+0},
    [5] = {0x1.999999999999ap-3, -0x1.999999999999ap-57},
    [6] = {0x1.5555555555555p-3, 0x1.5555555555555p-57},
    [7] = {0x1.2492492492492p-3, 0x1.2492492492492p-57},
    [9] = {0x1.c71c71c71c71cp-4, 0x1.c71c71c71c71cp-58},
    [11] = {0x1.745d1745d1746p-4, -0x1.745d1745d1746p-59},
    [12] = {0x1.5555555555555p-4, 0x1.5555555555555p-58},
    [20] = {0x1.999999999999ap-5, -0x1.999999999999ap-59},
    [30] = {0x1.1111111111111p-5, 0x1.1111111111111p-61},
    [42] = {0x1.8618618618618p-6, 0x1.8618618618618p-60},
    [56] = {0x1.2492492492492p-6, 0x1.2492492492492p-60},
    [72] = {0x1.c71c71c71c71cp-7, 0x1.c71c71c71c71cp-61},
    [90] = {0x1.6c16c16c16c17p-7, -0x1.f49f49f49f49fp-62},
    [110] = {0x1.29e4129e4129ep-7, 0x1.04a7904a7904ap-61},
};

#define DD_RECIP(k) dd_make(__recip[k][0], __recip[k][1])

#endif
