/* An int passed where no prototype gives its type (a variadic argument, or a call to an
   unprototyped function) travels with the upper half of its register zero, as gcc leaves
   it: a callee reading it as a long, as old code does with printf("%lx", i), sees the
   same bits. Signed, negative and narrowed values are the interesting ones. */
#include <stdarg.h>
#include <stdio.h>

static unsigned long as_long(int count, ...)
{
	va_list ap;
	unsigned long sum = 0;

	va_start(ap, count);
	for (int i = 0; i < count; i++)
		sum = sum * 31 + va_arg(ap, unsigned long);
	va_end(ap);
	return sum;
}

static int neg(int x) { return -x; }

int main(void)
{
	int i = -170, q = -16, d = 3;
	signed char c = -5;
	short s = -300;
	long wide = -0x123456789L;
	struct { int f; } st = { -7 };
	int a[2] = { -1, -2 };

	printf("%lx %lx %lx %lx\n", i, q / d, q * d, neg(i));
	printf("%lx %lx %lx %lx\n", c, s, (int)wide, st.f);
	printf("%lx %lx %lx\n", -1, a[1], i < 0 ? i : 0);
	/* Nine arguments: the last ones go on the stack. */
	printf("%lu\n", as_long(8, i, c, s, (int)wide, st.f, a[0], -9, q % d));
	return 0;
}
