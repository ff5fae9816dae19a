/* _Float128 arithmetic, conversions, constants folded at compile time, builtins and
   _Generic, printed as exact bits so any rounding difference from gcc shows. */
#include <stdio.h>
#include <string.h>

typedef _Float128 F;

static void bits(const char *what, F x)
{
    unsigned long w[2];
    memcpy(w, &x, sizeof w);
    printf("%-10s %016lx%016lx\n", what, w[1], w[0]);
}

/* Folded by the compiler: decimal and hex literals, exact rounding, specials. */
static const F folded[] = {
    0.1q, 1.0Q / 3, 2.5f128, -0.0q, 0x1.8p-16494q, 1e4932q, 1e-4966q, 1.18973149535723176508575932662800702e4932q,
    (F)0.1, (F)1e308 * 10, 7 / 2.0q, -(F)3, 123456789012345678901234567890.0q, 0.000000000000000000001q,
    __FLT128_MAX__, __FLT128_MIN__, __FLT128_EPSILON__, __FLT128_DENORM_MIN__,
};
static double as_double = 1.0q / 3;
static int as_int = (int)2.75q;
static __float128 from_int128 = (__int128)1 << 100;

#define KIND(x) _Generic((x), _Float128: "F128", long double: "ld", double: "d", default: "other")

int main(void)
{
    char name[16];
    for (unsigned i = 0; i < sizeof folded / sizeof folded[0]; i++) {
        sprintf(name, "folded%u", i);
        bits(name, folded[i]);
    }
    printf("statics %.17g %d %d\n", as_double, as_int, (int)(from_int128 / (F)((__int128)1 << 90)));

    volatile F a = 1, b = 3, zero = 0, big = 1e4000q, small = 1e-4940q;
    bits("a/b", a / b);
    bits("a-b*b", a - b * b);
    bits("big*big", big * big);
    bits("small*sm", small * small);
    bits("small/b", small / b);
    bits("a/zero", a / zero);
    bits("zero/zero", zero / zero);
    bits("-a", -a);
    F nan = zero / zero;
    printf("cmp %d %d %d %d %d %d\n", a < b, a <= b, a == b, a != b, a > b, a >= b);
    printf("nan %d %d %d %d\n", nan == nan, nan != nan, nan < a, !(nan >= a));
    printf("quiet %d %d %d %d\n", __builtin_isless(a, nan), __builtin_isgreater(b, a), __builtin_isunordered(a, nan), __builtin_islessgreater(a, b));

    F x = 2;
    x += 1.5;
    x *= x;
    x -= 0.25q;
    x /= 2;
    x++;
    --x;
    bits("compound", x);
    printf("to int %d %u %ld %lu %d %d\n", (int)-x, (unsigned)x, (long)(x * 1e15q), (unsigned long)(x * 1e18q), (short)x, (signed char)-x);
    __int128 wide = (__int128)(x * 1e30q);
    printf("int128 %lx %lx\n", (unsigned long)(wide >> 64), (unsigned long)wide);
    bits("from u128", (F)(unsigned __int128)-1);
    bits("from long", (F)-9223372036854775807L);
    printf("to float %a %a %.21Lg\n", (float)(a / b), (double)(a / b), (long double)(a / b));
    bits("from flt", (F)0.1f + (F)0.1 + (F)0.1L);
    printf("bool %d %d %d %d\n", !zero, !!a, zero ? 1 : 2, nan ? 3 : 4);
    F c = a > b ? a : 0;
    bits("cond", c + (a < b ? b : 0));

    bits("inf", __builtin_inff128());
    bits("huge_valq", -__builtin_huge_valq());
    bits("nanq", __builtin_nanq(""));
    bits("nansf128", __builtin_nansf128(""));
    bits("fabsq", __builtin_fabsq(-b));
    bits("copysign", __builtin_copysignf128(b, -zero));
    printf("class %d %d %d %d %d %d\n", __builtin_isnan(nan), __builtin_isinf(big * big), __builtin_isfinite(small),
        __builtin_isnormal(small), __builtin_signbit(-zero), __builtin_isinf_sign(-big * big));
    printf("fpclassify %d %d %d %d %d\n", __builtin_fpclassify(0, 1, 2, 3, 4, nan), __builtin_fpclassify(0, 1, 2, 3, 4, a / zero),
        __builtin_fpclassify(0, 1, 2, 3, 4, a), __builtin_fpclassify(0, 1, 2, 3, 4, small), __builtin_fpclassify(0, 1, 2, 3, 4, zero));
    printf("generic %s %s %s %s\n", KIND(a), KIND(a + 1.0), KIND(1.0L + 1), KIND((__float128)1));
    printf("size %zu %zu %d\n", sizeof(F), _Alignof(__float128), __builtin_types_compatible_p(__float128, _Float128));
    return 0;
}
