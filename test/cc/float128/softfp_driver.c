/* Differential test: the binary128 routines (renamed my_*) against the host's libgcc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef unsigned __int128 u128;
typedef __int128 i128;
#define DECL(name) __float128 __##name##tf3(__float128, __float128); __float128 my_##name##tf3(__float128, __float128);
DECL(add) DECL(sub) DECL(mul) DECL(div)
#define CDECL(name) int __##name##tf2(__float128, __float128); int my_##name##tf2(__float128, __float128);
CDECL(eq) CDECL(ne) CDECL(lt) CDECL(le) CDECL(gt) CDECL(ge)
int __unordtf2(__float128, __float128); int my_unordtf2(__float128, __float128);
__float128 __extendsftf2(float), my_extendsftf2(float), __extenddftf2(double), my_extenddftf2(double);
__float128 __extendxftf2(long double), my_extendxftf2(long double);
float __trunctfsf2(__float128), my_trunctfsf2(__float128);
double __trunctfdf2(__float128), my_trunctfdf2(__float128);
long double __trunctfxf2(__float128), my_trunctfxf2(__float128);
int __fixtfsi(__float128), my_fixtfsi(__float128);
long __fixtfdi(__float128), my_fixtfdi(__float128);
i128 __fixtfti(__float128), my_fixtfti(__float128);
unsigned __fixunstfsi(__float128), my_fixunstfsi(__float128);
unsigned long __fixunstfdi(__float128), my_fixunstfdi(__float128);
u128 __fixunstfti(__float128), my_fixunstfti(__float128);
__float128 __floatsitf(int), my_floatsitf(int), __floatditf(long), my_floatditf(long);
__float128 __floattitf(i128), my_floattitf(i128), __floatunsitf(unsigned), my_floatunsitf(unsigned);
__float128 __floatunditf(unsigned long), my_floatunditf(unsigned long), __floatuntitf(u128), my_floatuntitf(u128);

static unsigned long rng = 88172645463325252UL;
static unsigned long next(void) { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng; }
static unsigned csr_base;
static unsigned get_csr(void) { unsigned c; __asm__ volatile("stmxcsr %0" : "=m"(c)); return c; }
static void set_csr(unsigned c) { __asm__ volatile("ldmxcsr %0" : : "m"(c)); }
static int mode;
static void start(void) { __asm__ volatile("fnclex"); set_csr((csr_base & ~0x603fu) | ((unsigned)mode << 13)); }
/* libgcc raises overflow and underflow in the x87 status word, the others in MXCSR: fetestexcept sees both. */
static unsigned flags(void) { unsigned short sw; __asm__ volatile("fnstsw %0" : "=m"(sw)); return (get_csr() | sw) & 0x3d; }

/* Operands: random bits, special values, and values with nearby exponents. */
static u128 special(int k) {
  static const unsigned long hi[] = {0, 0x8000000000000000UL, 0x7fff000000000000UL, 0xffff000000000000UL,
    0x7fff800000000000UL, 0x7fff400000000000UL, 0x3fff000000000000UL, 0xbfff000000000000UL, 0x7ffeffffffffffffUL,
    0x0001000000000000UL, 0x0000ffffffffffffUL, 0, 0x0000800000000000UL, 0x403e000000000000UL, 0xc03e000000000000UL,
    0x401e000000000000UL, 0xc01e000000000000UL, 0x407e000000000000UL, 0xc07e000000000000UL, 0x3ffe000000000000UL, 0x4000800000000000UL};
  static const unsigned long lo[] = {0, 0, 0, 0, 0, 1, 0, 0, 0xffffffffffffffffUL, 0, 0xffffffffffffffffUL, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  int n = sizeof hi / sizeof hi[0];
  return ((u128)hi[k % n] << 64) | lo[k % n];
}
static u128 operand(u128 other) {
  unsigned long r = next();
  u128 x = ((u128)next() << 64) | next();
  switch (r % 8) {
  case 0: return special((int)(r >> 8));
  case 1: case 2: { /* exponent near the other operand's */
    int e = (int)((other >> 112) & 0x7fff) + (int)((r >> 8) % 240) - 120;
    if (e < 0) e = 0; if (e > 0x7fff) e = 0x7fff;
    return (x & ~((u128)0x7fff << 112)) | ((u128)e << 112);
  }
  case 3: { /* near the subnormal range, or near overflow */
    int e = (r >> 8) & 1 ? (int)((r >> 9) % 130) : 0x7ffe - (int)((r >> 9) % 20);
    return (x & ~((u128)0x7fff << 112)) | ((u128)e << 112);
  }
  case 4: /* few mantissa bits: exact results and ties */
    return x & ~(((u128)1 << ((r >> 8) % 112)) - 1);
  default: return x;
  }
}
static __float128 F(u128 u) { __float128 f; memcpy(&f, &u, 16); return f; }
static u128 U(__float128 f) { u128 u; memcpy(&u, &f, 16); return u; }
static long failures;
static void report(const char *op, u128 a, u128 b, u128 want, unsigned wf, u128 got, unsigned gf) {
  if (++failures > 20) return;
  printf("%s mode %d a=%016lx%016lx b=%016lx%016lx want %016lx%016lx/%02x got %016lx%016lx/%02x\n", op, mode,
    (unsigned long)(a >> 64), (unsigned long)a, (unsigned long)(b >> 64), (unsigned long)b,
    (unsigned long)(want >> 64), (unsigned long)want, wf, (unsigned long)(got >> 64), (unsigned long)got, gf);
}
#define CHECK(op, a, b, expr_want, expr_got) do { \
  start(); u128 w_ = (expr_want); unsigned wf_ = flags(); \
  start(); u128 g_ = (expr_got); unsigned gf_ = flags(); \
  if (w_ != g_ || wf_ != gf_) report(op, a, b, w_, wf_, g_, gf_); } while (0)

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 100000;
  csr_base = get_csr();
  for (long i = 0; i < n; i++) {
    mode = (int)(next() % 4);
    u128 a = operand(((u128)next() << 64) | next());
    u128 b = operand(a);
    __float128 x = F(a), y = F(b);
    CHECK("add", a, b, U(__addtf3(x, y)), U(my_addtf3(x, y)));
    CHECK("sub", a, b, U(__subtf3(x, y)), U(my_subtf3(x, y)));
    CHECK("mul", a, b, U(__multf3(x, y)), U(my_multf3(x, y)));
    CHECK("div", a, b, U(__divtf3(x, y)), U(my_divtf3(x, y)));
    CHECK("eq", a, b, (u128)__eqtf2(x, y), (u128)my_eqtf2(x, y));
    CHECK("ne", a, b, (u128)__netf2(x, y), (u128)my_netf2(x, y));
    CHECK("lt", a, b, (u128)__lttf2(x, y), (u128)my_lttf2(x, y));
    CHECK("le", a, b, (u128)__letf2(x, y), (u128)my_letf2(x, y));
    CHECK("gt", a, b, (u128)__gttf2(x, y), (u128)my_gttf2(x, y));
    CHECK("ge", a, b, (u128)__getf2(x, y), (u128)my_getf2(x, y));
    CHECK("unord", a, b, (u128)__unordtf2(x, y), (u128)my_unordtf2(x, y));
    union { float f; unsigned u; } fw, fg; union { double f; unsigned long u; } dw, dg;
    union { long double f; u128 u; } xw, xg;
    start(); fw.f = __trunctfsf2(x); unsigned f1 = flags(); start(); fg.f = my_trunctfsf2(x); unsigned f2 = flags();
    if (fw.u != fg.u || f1 != f2) report("trunctfsf2", a, 0, fw.u, f1, fg.u, f2);
    start(); dw.f = __trunctfdf2(x); f1 = flags(); start(); dg.f = my_trunctfdf2(x); f2 = flags();
    if (dw.u != dg.u || f1 != f2) report("trunctfdf2", a, 0, dw.u, f1, dg.u, f2);
    xw.u = 0; xg.u = 0;
    start(); xw.f = __trunctfxf2(x); f1 = flags(); start(); xg.f = my_trunctfxf2(x); f2 = flags();
    xw.u &= ((u128)1 << 80) - 1; xg.u &= ((u128)1 << 80) - 1;
    if (xw.u != xg.u || f1 != f2) report("trunctfxf2", a, 0, xw.u, f1, xg.u, f2);
    CHECK("fixtfsi", a, 0, (u128)(unsigned)__fixtfsi(x), (u128)(unsigned)my_fixtfsi(x));
    CHECK("fixtfdi", a, 0, (u128)(unsigned long)__fixtfdi(x), (u128)(unsigned long)my_fixtfdi(x));
    CHECK("fixtfti", a, 0, (u128)__fixtfti(x), (u128)my_fixtfti(x));
    CHECK("fixunstfsi", a, 0, (u128)__fixunstfsi(x), (u128)my_fixunstfsi(x));
    CHECK("fixunstfdi", a, 0, (u128)__fixunstfdi(x), (u128)my_fixunstfdi(x));
    CHECK("fixunstfti", a, 0, __fixunstfti(x), my_fixunstfti(x));
    unsigned long r = next();
    int sh = (int)(r % 128);
    i128 ti = (i128)(b >> sh) * ((r >> 8) & 1 ? -1 : 1);
    CHECK("floatsitf", (u128)(int)r, 0, U(__floatsitf((int)r)), U(my_floatsitf((int)r)));
    CHECK("floatditf", (u128)(long)r, 0, U(__floatditf((long)(r >> (sh % 64)))), U(my_floatditf((long)(r >> (sh % 64)))));
    CHECK("floattitf", (u128)ti, 0, U(__floattitf(ti)), U(my_floattitf(ti)));
    CHECK("floatunsitf", r, 0, U(__floatunsitf((unsigned)r)), U(my_floatunsitf((unsigned)r)));
    CHECK("floatunditf", r, 0, U(__floatunditf(r >> (sh % 64))), U(my_floatunditf(r >> (sh % 64))));
    CHECK("floatuntitf", b >> sh, 0, U(__floatuntitf(b >> sh)), U(my_floatuntitf(b >> sh)));
    /* Extensions from narrower formats: random bits of each. */
    fw.u = (unsigned)(a >> 32); dw.u = (unsigned long)(a >> 64);
    xw.u = a & (((u128)1 << 80) - 1);
    CHECK("extendsftf2", fw.u, 0, U(__extendsftf2(fw.f)), U(my_extendsftf2(fw.f)));
    CHECK("extenddftf2", dw.u, 0, U(__extenddftf2(dw.f)), U(my_extenddftf2(dw.f)));
    if ((xw.u >> 63) & 1 || ((xw.u >> 64) & 0x7fff) == 0) /* valid x87 encodings only */
      CHECK("extendxftf2", xw.u, 0, U(__extendxftf2(xw.f)), U(my_extendxftf2(xw.f)));
  }
  set_csr(csr_base);
  printf("%ld cases, %ld failures\n", n, failures);
  return failures != 0;
}
