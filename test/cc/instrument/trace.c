/*
 * -finstrument-functions: the hooks see each instrumented function's address on entry and
 * exit, with its return address as the call site, and every kind of return value comes
 * back intact across the exit hook (integer, double, long double, complex long double,
 * structs in registers and in memory, __int128). Compiled with
 * -finstrument-functions-exclude-function-list=skip_me: skip_me is not traced, nor are the
 * functions marked no_instrument_function.
 */
#include <stdio.h>
#include <complex.h>

#define NOTRACE __attribute__((no_instrument_function))

struct pair { long a, b; };
struct mixed { double d; long l; };
struct big { long v[5]; };

static int depth;
static const char *name_of(void *fn) NOTRACE;

void __cyg_profile_func_enter(void *fn, void *site) NOTRACE;
void __cyg_profile_func_exit(void *fn, void *site) NOTRACE;

void __cyg_profile_func_enter(void *fn, void *site)
{
  printf("%*s> %s%s\n", 2 * depth++, "", name_of(fn), site ? "" : " (no call site)");
}

void __cyg_profile_func_exit(void *fn, void *site)
{
  printf("%*s< %s%s\n", 2 * --depth, "", name_of(fn), site ? "" : " (no call site)");
}

int add(int a, int b) { return a + b; }
double half(double x) { return x / 2; }
long double third(long double x) { return x / 3; }
long double _Complex rotate(long double _Complex z) { return z * I; }
struct pair swap(struct pair p) { struct pair r = { p.b, p.a }; return r; }
struct mixed mix(long l) { struct mixed m = { l * 0.5, l }; return m; }
struct big fill(long x) { struct big b = { { x, x + 1, x + 2, x + 3, x + 4 } }; return b; }
__int128 wide(long x) { return (__int128)x << 64 | 7; }
int skip_me(int x) { return add(x, 1); }
static void nothing(void) { }
int traced_recursion(int n) { return n == 0 ? 0 : 1 + traced_recursion(n - 1); }

static const char *name_of(void *fn)
{
  static const struct { void *fn; const char *name; } known[] = {
    { (void *)add, "add" }, { (void *)half, "half" }, { (void *)third, "third" }, { (void *)rotate, "rotate" },
    { (void *)swap, "swap" }, { (void *)mix, "mix" }, { (void *)fill, "fill" }, { (void *)wide, "wide" },
    { (void *)skip_me, "skip_me" }, { (void *)nothing, "nothing" }, { (void *)traced_recursion, "traced_recursion" },
  };
  for (unsigned i = 0; i < sizeof known / sizeof known[0]; i++)
    if (known[i].fn == fn) return known[i].name;
  return "main";
}

int main(void)
{
  printf("add %d\n", add(2, 3));
  printf("half %g\n", half(5));
  printf("third %.6Lf\n", third(1));
  long double _Complex z = rotate(1 + 2 * I);
  printf("rotate %Lg %Lg\n", creall(z), cimagl(z));
  struct pair p = swap((struct pair){ 1, 2 });
  printf("swap %ld %ld\n", p.a, p.b);
  struct mixed m = mix(3);
  printf("mix %g %ld\n", m.d, m.l);
  struct big b = fill(10);
  printf("fill %ld %ld\n", b.v[0], b.v[4]);
  __int128 w = wide(5);
  printf("wide %ld %ld\n", (long)(w >> 64), (long)w);
  printf("skip_me %d\n", skip_me(41));
  nothing();
  printf("recursion %d\n", traced_recursion(2));
  return 0;
}
