/* _Float128 across the SysV ABI (see float128-abi.test.ts): the caller half. Values are
   printed as their exact bits, so rounding differences show too. */
#include <stdio.h>
#include <string.h>

typedef _Float128 F;
struct one { F x; };
struct mixed { double d; F x; };
struct pair { F a, b; };
struct small { int tag; float f; };
union with_long { F f; long l; };
union with_doubles { F f; double d[2]; };
struct nested { struct { F f; } in; };

F lib_add(F a, F b);
F lib_many(F a, F b, F c, F d, F e, F f, F g, F h, F i, F j, int k);
struct one lib_one(struct one s);
struct mixed lib_mixed(struct mixed m, int k);
struct pair lib_pair(struct pair p);
double lib_interleaved(int a, F b, double c, struct small s, F d, long e);
F lib_sum(int n, ...);
F lib_call(F (*fn)(F, int), F x);
int lib_compare(F a, F b);
long lib_to_long(F x);
unsigned long lib_to_ulong(F x);
F lib_from_long(long x);
long double lib_to_ld(F x);
F lib_from_ld(long double x);
union with_long lib_union_long(union with_long u, int k);
union with_doubles lib_union_doubles(union with_doubles v);
struct nested lib_nested(struct nested w, double x, F y);

static void show(const char *what, F x)
{
    unsigned long w[2];
    memcpy(w, &x, sizeof w);
    printf("%-12s %016lx%016lx %.17g\n", what, w[1], w[0], (double)x);
}

static F scale(F x, int k) { return x * k - 1; }

int main(void)
{
    F third = (F)1 / 3, big = 1e300, tiny = 1e-300;
    show("add", lib_add(third, 2.5q));
    show("many", lib_many(1, 2, 3, 4, 5, 6, 7, 8, 9, third, 11));
    struct one o = { third };
    show("one", lib_one(o).x);
    struct mixed m = { 1.5, third };
    struct mixed mr = lib_mixed(m, 3);
    printf("mixed.d      %g\n", mr.d);
    show("mixed.x", mr.x);
    struct pair p = { big, tiny };
    struct pair pr = lib_pair(p);
    show("pair.a", pr.a);
    show("pair.b", pr.b);
    struct small s = { 4, 0.5f };
    printf("interleaved  %.17g\n", lib_interleaved(3, third, 0.25, s, big * tiny, 9));
    show("sum", lib_sum(11, third, third, 1.0, third * 2, big, 2.0, (F)-7, tiny, 3.0, third, (F)5));
    show("call", lib_call(scale, third));
    printf("compare      %d %d %d\n", lib_compare(1, 2), lib_compare(2, 2), lib_compare(3, 2));
    printf("convert      %ld %lu %ld\n", lib_to_long(-1e18q), lib_to_ulong(1.8e19q), lib_to_long(third * 100));
    show("from_long", lib_from_long(-123456789012345678L));
    printf("ld           %.21Lg\n", lib_to_ld(third));
    show("from_ld", lib_from_ld(1.0L / 3));
    union with_long ul;
    ul.f = third;
    show("union long", lib_union_long(ul, 3).f);
    union with_doubles ud = { .d = { 1, 3 } };
    ud = lib_union_doubles(ud);
    printf("union dbl    %g %g\n", ud.d[0], ud.d[1]);
    struct nested w = { { 2 } };
    show("nested", lib_nested(w, 0.5, third).in.f);
    return 0;
}
