/*
 * Calls our complex multiplication and division helpers (complex_arith.c,
 * built with their names prefixed by ours_) and libgcc's on the same
 * operands, every combination of a set of awkward values, and counts the
 * results whose bits differ.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define DECLARE(T, CT, sfx)                                                    \
    CT ours_mul##sfx##c3(T, T, T, T);                                          \
    CT ours_div##sfx##c3(T, T, T, T);                                          \
    CT __mul##sfx##c3(T, T, T, T);                                             \
    CT __div##sfx##c3(T, T, T, T);
DECLARE(double, double _Complex, d)
DECLARE(float, float _Complex, s)
DECLARE(long double, long double _Complex, x)

/* Bits that matter: the 10 value bytes of a long double part, not its padding. */
static int same(const void *p, const void *q, size_t part, size_t used)
{
    return memcmp(p, q, used) == 0 && memcmp((const char *)p + part, (const char *)q + part, used) == 0;
}

#define SWEEP(T, CT, sfx, values, used)                                        \
    {                                                                          \
        int n = sizeof values / sizeof values[0], bad = 0, total = 0;          \
        for (int i = 0; i < n; i++)                                            \
            for (int j = 0; j < n; j++)                                        \
                for (int k = 0; k < n; k++)                                    \
                    for (int l = 0; l < n; l++) {                              \
                        T a = values[i], b = values[j], c = values[k], d = values[l]; \
                        CT m1 = ours_mul##sfx##c3(a, b, c, d), m2 = __mul##sfx##c3(a, b, c, d); \
                        CT q1 = ours_div##sfx##c3(a, b, c, d), q2 = __div##sfx##c3(a, b, c, d); \
                        total += 2;                                            \
                        if (!same(&m1, &m2, sizeof(T), used)) bad++;           \
                        if (!same(&q1, &q2, sizeof(T), used)) {                \
                            if (bad < 5) printf("div" #sfx " %Lg %Lg %Lg %Lg\n", (long double)a, (long double)b, (long double)c, (long double)d); \
                            bad++;                                             \
                        }                                                      \
                    }                                                          \
        printf(#T ": %d of %d results differ\n", bad, total);                  \
    }

int main(void)
{
    static const double dv[] = { 0.0, -0.0, 1.0, -1.5, 3.0, 1e-310, -DBL_MIN, DBL_MIN * 3, DBL_MAX, -DBL_MAX / 3,
                                 1e300, -1e-300, 1e154, 2.5e-160, INFINITY, -INFINITY, NAN, 0.1 };
    static const float fv[] = { 0.0f, -0.0f, 1.0f, -1.5f, 3.0f, 1e-40f, -FLT_MIN, FLT_MIN * 3, FLT_MAX, -FLT_MAX / 3,
                                1e30f, -1e-30f, 1e19f, 2.5e-20f, INFINITY, -INFINITY, NAN, 0.1f };
    static const long double xv[] = { 0.0L, -0.0L, 1.0L, -1.5L, 3.0L, 1e-4940L, -LDBL_MIN, LDBL_MIN * 3, LDBL_MAX,
                                      -LDBL_MAX / 3, 1e4000L, -1e-4000L, 1e2466L, 2.5e-2470L, INFINITY, -INFINITY,
                                      NAN, 0.1L };

    SWEEP(double, double _Complex, d, dv, sizeof(double))
    SWEEP(float, float _Complex, s, fv, sizeof(float))
    SWEEP(long double, long double _Complex, x, xv, 10)
    return 0;
}
