/* asprintf/vasprintf, the caller-state 48-bit generators with seed48/lcong48, and C11's
 * quick_exit, compared with glibc. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int joined(char **out, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vasprintf(out, fmt, ap);
	va_end(ap);
	return n;
}

static void first_registered(void)
{
	puts("at_quick_exit: registered first, runs last");
}

static void second_registered(void)
{
	puts("at_quick_exit: registered second, runs first");
	fflush(stdout);
}

static void not_for_quick_exit(void)
{
	puts("atexit handler: must not run");
}

int main(void)
{
	unsigned short xs[3] = { 1, 2, 3 };
	unsigned short seed[3] = { 0x1234, 0x5678, 0x9abc };
	unsigned short param[7] = { 5, 6, 7, 0x5, 0x0, 0x0, 11 };
	unsigned short *old;
	char *s;
	int i, n;

	n = asprintf(&s, "%s has %d chars, pi is %.5f", "hello", 5, 3.14159265);
	printf("%d [%s] %zu\n", n, s, strlen(s));
	free(s);
	n = joined(&s, "%0*d|%-6s|%x", 8, 42, "ab", 255u);
	printf("%d [%s]\n", n, s);
	free(s);

	for (i = 0; i < 3; i++)
		printf("erand48 %.17g nrand48 %ld jrand48 %ld\n", erand48(xs), nrand48(xs), jrand48(xs));
	printf("state %u %u %u\n", xs[0], xs[1], xs[2]);
	srand48(99);
	old = seed48(seed);
	printf("seed48 returned %u %u %u, then drand48 %.17g lrand48 %ld\n", old[0], old[1], old[2], drand48(), lrand48());
	lcong48(param);
	for (i = 0; i < 3; i++)
		printf("lcong48: mrand48 %ld lrand48 %ld\n", mrand48(), lrand48());
	srand48(7);
	printf("srand48 restores the multiplier: %ld\n", lrand48());

	atexit(not_for_quick_exit);
	at_quick_exit(first_registered);
	at_quick_exit(second_registered);
	fflush(stdout);
	quick_exit(3);
}
