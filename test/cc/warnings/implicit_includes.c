/*
 * Library functions called without their header in a file that includes others: gcc's
 * note shows where the #include would go (after the last one) the first time a header is
 * suggested, and stands at the call after that. GNU and POSIX functions get no note.
 */
#include <stdio.h>
#include <string.h>

int main(void)
{
	char *p = malloc(4);
	double r = sqrt(2.0) + fabs(-1.5);

	free(p);
	p = strdup("x");
	printf("%d %f %s\n", abs(-2) + isdigit('1') + toupper('a') + atoi("4"), r + exp10(1.0), p);
	return isspace(' ');
}
