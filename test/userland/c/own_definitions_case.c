/* A program may define functions and variables that share a name with the C library's:
 * its own references use its definitions, while the library keeps using its own (glibc
 * does this by binding its internal calls to hidden aliases). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int strlen_calls;

/* Same contract as the library's, but counts its callers: printf and strcpy must not
 * show up in the count. */
size_t strlen(const char *s)
{
	size_t n = 0;
	strlen_calls++;
	while (s[n])
		n++;
	return n;
}

/* A different contract under a library name: only the program sees it. */
div_t div(int num, int den)
{
	div_t r = { num + den, num - den };
	return r;
}

int optind = 7; /* the library has its own, for getopt */

int main(void)
{
	char buf[32];
	strcpy(buf, "hello, world");
	printf("%s has %zu characters\n", buf, strlen(buf));
	printf("%-20s|%5.3s|\n", buf, buf);
	printf("strlen called %d time(s) by the program\n", strlen_calls);
	div_t d = div(17, 5);
	ldiv_t l = ldiv(17, 5); /* the library's own, from the same member as div */
	printf("div %d %d, ldiv %ld %ld, optind %d\n", d.quot, d.rem, l.quot, l.rem, optind);
	return 0;
}
