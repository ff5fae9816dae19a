/*
 * The special cases of the long double functions of <math.h>, as C99 Annex F
 * and glibc give them: zeros and their signs, infinities, NaN, domain errors
 * and poles with errno, overflow and underflow, exact results, and the
 * representation functions beyond double's range and precision. Each line is
 * the result in %La and errno afterwards; glibc must print the same.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

typedef long double (*fn1)(long double);
typedef long double (*fn2)(long double, long double);

static const struct { const char *name; fn1 f; } one_arg[] = {
    {"expl", expl}, {"exp2l", exp2l}, {"exp10l", exp10l}, {"expm1l", expm1l},
    {"logl", logl}, {"log2l", log2l}, {"log10l", log10l}, {"log1pl", log1pl},
    {"sinl", sinl}, {"cosl", cosl}, {"tanl", tanl},
    {"asinl", asinl}, {"acosl", acosl}, {"atanl", atanl},
    {"sinhl", sinhl}, {"coshl", coshl}, {"tanhl", tanhl},
    {"asinhl", asinhl}, {"acoshl", acoshl}, {"atanhl", atanhl}, {"cbrtl", cbrtl},
    {"erfl", erfl}, {"erfcl", erfcl}, {"tgammal", tgammal},
};

/* Arguments whose results are special or exact for every function above (glibc's
   results elsewhere are not always correctly rounded, ours are: ldouble-math.test.ts). */
static const long double specials[] = {
    0.0L, -0.0L, 1.0L / 0.0L, -1.0L / 0.0L, 0x1p-16445L, -0x1p-16445L,
};

static void show(const char *what, long double r)
{
    printf("%s = %La errno %d\n", what, r, errno);
}

#define CASE(call) do { errno = 0; show(#call, call); } while (0)

int main(void)
{
    unsigned i, j;
    char what[64];
    long double nan_value = __builtin_nanl("");
    int q;

    for (i = 0; i < sizeof one_arg / sizeof one_arg[0]; i++) {
        for (j = 0; j < sizeof specials / sizeof specials[0]; j++) {
            errno = 0;
            snprintf(what, sizeof what, "%s(%La)", one_arg[i].name, specials[j]);
            show(what, one_arg[i].f(specials[j]));
        }
        errno = 0;
        snprintf(what, sizeof what, "%s(nan)", one_arg[i].name);
        printf("%s isnan %d errno %d\n", what, isnan(one_arg[i].f(nan_value)) != 0, errno);
    }

    /* Overflow, underflow and the ends of the ranges. */
    CASE(expl(11357.0L));
    CASE(expl(-11400.0L));
    CASE(expl(-12000.0L));
    CASE(exp2l(16384.0L));
    CASE(exp2l(-16445.0L));
    CASE(exp2l(-16446.0L));
    CASE(exp2l(-17000.0L));
    CASE(exp10l(4933.0L));
    CASE(exp10l(-5000.0L));
    CASE(expm1l(11357.0L));
    CASE(expm1l(-100.0L));
    CASE(sinhl(11357.5L));
    CASE(sinhl(-11357.5L));
    CASE(coshl(-11357.5L));
    CASE(tanhl(100.0L));
    CASE(tanhl(-100.0L));
    CASE(powl(10.0L, 5000.0L));
    CASE(powl(-10.0L, 5001.0L));
    CASE(powl(10.0L, -5000.0L));
    CASE(hypotl(LDBL_MAX, LDBL_MAX));
    CASE(erfcl(200.0L));
    CASE(erfcl(-200.0L));
    CASE(erfl(-200.0L));

    /* Domain errors and poles. */
    CASE(logl(-1.0L));
    CASE(log1pl(-2.0L));
    CASE(log1pl(-1.0L));
    CASE(asinl(1.5L));
    CASE(acosl(-1.5L));
    CASE(acoshl(0.5L));
    CASE(atanhl(2.0L));
    CASE(powl(-2.0L, 0.5L));
    CASE(powl(0.0L, -1.0L));
    CASE(powl(-0.0L, -3.0L));
    CASE(powl(-0.0L, -2.0L));

    /* C99 F.9.4.4's table for powl. */
    CASE(powl(nan_value, 0.0L));
    CASE(powl(1.0L, nan_value));
    CASE(powl(-1.0L, 1.0L / 0.0L));
    CASE(powl(-1.0L, -1.0L / 0.0L));
    CASE(powl(0.5L, 1.0L / 0.0L));
    CASE(powl(0.5L, -1.0L / 0.0L));
    CASE(powl(2.0L, 1.0L / 0.0L));
    CASE(powl(2.0L, -1.0L / 0.0L));
    CASE(powl(-1.0L / 0.0L, 3.0L));
    CASE(powl(-1.0L / 0.0L, -3.0L));
    CASE(powl(-1.0L / 0.0L, 2.0L));
    CASE(powl(1.0L / 0.0L, -0.5L));
    CASE(powl(-0.0L, 3.0L));
    CASE(powl(-0.0L, 2.5L));

    /* Exact results. */
    CASE(logl(1.0L));
    CASE(log2l(1.0L));
    CASE(log10l(1.0L));
    CASE(acosl(1.0L));
    CASE(acoshl(1.0L));
    CASE(atanhl(1.0L));
    CASE(atanhl(-1.0L));
    CASE(cbrtl(-1.0L));
    CASE(expm1l(-1.0L / 0.0L));
    CASE(tanhl(1.0L / 0.0L));
    CASE(atanl(-1.0L / 0.0L));
    CASE(asinl(-1.0L));
    CASE(acosl(-1.0L));
    CASE(powl(2.0L, 10.0L));
    CASE(powl(-3.0L, 3.0L));
    CASE(powl(3.0L, 40.0L));
    CASE(powl(4.0L, 0.5L));
    CASE(powl(2.0L, -16445.0L));
    CASE(exp2l(10.0L));
    CASE(exp2l(-16382.0L));
    CASE(exp10l(5.0L));
    CASE(exp10l(27.0L));
    CASE(log2l(1024.0L));
    CASE(log2l(0x1p-16445L));
    CASE(cbrtl(-27.0L));
    CASE(cbrtl(0x1p-16443L));
    CASE(hypotl(3.0L, 4.0L));
    CASE(hypotl(-0x3p-16445L, 0x4p-16445L));
    CASE(hypotl(1.0L / 0.0L, nan_value));
    CASE(atan2l(0.0L, -0.0L));
    CASE(atan2l(-0.0L, -0.0L));
    CASE(atan2l(-0.0L, 0.0L));
    CASE(atan2l(1.0L, 0.0L));
    CASE(atan2l(-1.0L / 0.0L, 1.0L / 0.0L));
    CASE(atan2l(1.0L / 0.0L, -1.0L / 0.0L));
    CASE(atan2l(1.0L, -1.0L / 0.0L));
    CASE(atan2l(-1.0L, 1.0L / 0.0L));

    /* lgammal with signgam; tgammal's poles, overflow and exact values. */
    {
        static const long double args[] = { 0.0L, -0.0L, -1.0L, -2.0L, 1.0L, 2.0L, 1.0L / 0.0L, -1.0L / 0.0L,
                                             0x1p-16445L, -0x1p-16445L, -0x1p-80L, 1e4930L, -0x1p70L };
        for (j = 0; j < sizeof args / sizeof args[0]; j++) {
            long double r;

            errno = 0;
            signgam = 0;
            r = lgammal(args[j]);
            printf("lgammal(%La) = %La signgam %d errno %d\n", args[j], r, signgam, errno);
        }
    }
    CASE(tgammal(-1.0L));
    CASE(tgammal(-3e10L));
    CASE(tgammal(1756.0L));
    CASE(tgammal(-1800.5L));
    CASE(tgammal(-1801.5L));
    CASE(tgammal(5.0L));
    CASE(tgammal(0x1p-16000L));

    /* The exact functions' errno. */
    CASE(fmodl(1.0L, 0.0L));
    CASE(fmodl(1.0L / 0.0L, 2.0L));
    CASE(fmodl(5.0L, 1.0L / 0.0L));
    CASE(fmodl(nan_value, 0.0L));
    CASE(remainderl(1.0L / 0.0L, 2.0L));
    CASE(remainderl(5.0L, -0.0L));
    CASE(sqrtl(-1.0L));
    CASE(sqrtl(-0.0L));
    CASE(ldexpl(1.0L, 20000));
    CASE(ldexpl(1.0L, -20000));
    CASE(ldexpl(3.0L, -16446));
    CASE(ldexpl(-1.0L / 0.0L, -5));
    CASE(scalbnl(0.0L, 100000));
    CASE(scalbnl(-1.0L, 20000));
    CASE(nextafterl(0x1p-16440L, 0.0L));
    CASE(nextafterl(0x1p-16382L, 0.0L));
    CASE(nextafterl(0.0L, 1.0L));
    CASE(nextafterl(0x1p-16382L, 1.0L));
    CASE(nextafterl(-LDBL_MAX, -1.0L / 0.0L));
    CASE(nexttowardl(1.0L, 2.0L));
    errno = 0;
    show("remquol(1.0L, 0.0L, &q)", remquol(1.0L, 0.0L, &q));

    /* The representation functions, beyond double's range and precision. */
    printf("ilogbl %d %d %d %d %d\n", ilogbl(1e-4940L), ilogbl(1e4000L), ilogbl(LDBL_MAX), ilogbl(0x1p-16445L), ilogbl(3.0L));
    errno = 0;
    q = ilogbl(0.0L);
    printf("ilogbl zero %d errno %d\n", q, errno);
    errno = 0;
    q = ilogbl(-1.0L / 0.0L);
    printf("ilogbl -inf %d errno %d\n", q, errno);
    printf("lroundl %ld %ld %ld %ld\n", lroundl(0x1.fffffffffffffffcp62L), lroundl(-0x1p63L), lroundl(9007199254740993.5L), lroundl(-2.5L));
    printf("llroundl %lld %lld\n", llroundl(0x1.23456789abcdef01p60L), llroundl(-0.5L));
    printf("lrintl %ld %ld %ld\n", lrintl(9007199254740993.5L), lrintl(2.5L), lrintl(-0x1.fffffffffffffffep61L));
    printf("llrintl %lld %lld\n", llrintl(0x1.23456789abcdef01p60L), llrintl(-3.5L));
    printf("scalbnl %La %La %La\n", scalbnl(1.5L, 16000), scalbnl(0x1.0000000000000002p0L, -16400), scalbnl(3.0L, -16446));
    printf("ldexpl %La %La\n", ldexpl(LDBL_MAX, -32766), ldexpl(0x1p-16445L, 32000));
    printf("remquol %La", remquol(1e4000L, 3.0L, &q));
    printf(" %d", q);
    printf(" %La", remquol(-7.0L, 2.0L, &q));
    printf(" %d", q);
    printf(" %La", remquol(0x1.0000000000000002p0L * 29, -0x1p0L, &q));
    printf(" %d\n", q);
    printf("fmal %La %La %La\n", fmal(1.0L + 0x1p-63L, 1.0L - 0x1p-63L, -1.0L), fmal(0x1p16000L, 0x1p383L, -LDBL_MAX),
           fmal(0x1p-16000L, 0x1p-445L, 0x1p-16445L));
    printf("fmal %La %La\n", fmal(3.0L, 1.0L / 3, -1.0L), fmal(-0.0L, 1.0L, 0.0L));
    CASE(fmal(2.0L, 3.0L, -6.0L));
    CASE(fmal(0x1p16000L, 0x1p384L, 1.0L));
    CASE(fmal(0x1p-16000L, -0x1p-1000L, 0x1p-16445L));
    CASE(fmal(1.0L / 0.0L, 0.0L, 1.0L));
    return 0;
}
