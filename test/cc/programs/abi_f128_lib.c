/* _Float128 across the SysV ABI (see float128-abi.test.ts): the callee half. */
#include <stdarg.h>

typedef _Float128 F;
struct one { F x; };                 /* SSE + SSEUP: one xmm register */
struct mixed { double d; F x; };     /* 32 bytes: memory */
struct pair { F a, b; };             /* memory */
struct small { int tag; float f; };  /* for a mixed argument list */
union with_long { F f; long l; };    /* INTEGER + SSE: the SSEUP half alone is SSE */
union with_doubles { F f; double d[2]; };
struct nested { struct { F f; } in; };

F lib_add(F a, F b) { return a + b; }

/* Ten _Float128 arguments: the last two go on the stack, 16-byte aligned. */
F lib_many(F a, F b, F c, F d, F e, F f, F g, F h, F i, F j, int k)
{
    return a - b + c * d - e / f + g + h * i - j * k;
}

struct one lib_one(struct one s) { s.x = s.x * 3 + 1; return s; }
struct mixed lib_mixed(struct mixed m, int k) { m.d += k; m.x = m.x / k; return m; }
struct pair lib_pair(struct pair p) { struct pair r = { p.b, p.a - p.b }; return r; }

double lib_interleaved(int a, F b, double c, struct small s, F d, long e)
{
    return (double)(b * a + c + s.tag + s.f + d - e);
}

/* Doubles and _Float128 values through `...`: from the xmm save area, then the stack. */
F lib_sum(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    F sum = 0;
    for (int i = 0; i < n; i++) {
        if (i % 3 == 2)
            sum += va_arg(ap, double);
        else
            sum += va_arg(ap, F);
    }
    va_end(ap);
    return sum;
}

F lib_call(F (*fn)(F, int), F x) { return fn(x, 7) + fn(-x, 2); }

int lib_compare(F a, F b) { return (a < b) + 2 * (a <= b) + 4 * (a == b) + 8 * (a != b) + 16 * (a > b) + 32 * (a >= b); }

long lib_to_long(F x) { return (long)x; }
unsigned long lib_to_ulong(F x) { return (unsigned long)x; }
F lib_from_long(long x) { return x; }
long double lib_to_ld(F x) { return x; }
F lib_from_ld(long double x) { return x; }

union with_long lib_union_long(union with_long u, int k) { u.l += k; return u; }
union with_doubles lib_union_doubles(union with_doubles v) { v.d[1] *= 2; return v; }
struct nested lib_nested(struct nested w, double x, F y) { w.in.f = w.in.f * y + x; return w; }
