/* Precedence slips gcc -Wall points out (-Wparentheses), and the same written as meant. */
#include <stdio.h>

struct counter { int n; int *slot; };

int main(void)
{
	int a = 1, b = 2, c = 0, flags = 6, v[4] = { 0 };
	struct counter k = { 0, v }, *kp = &k;

	if (a = b)
		a++;
	c = b;	if (c = b)	a++;
	if ((a = b))
		a++;
	while (c = getchar() != EOF)
		a++;
	for (; a = 0;)
		a++;
	do
		a++;
	while (b = 0);
	if (kp->n = a)
		a++;
	if (*kp->slot = b)
		a++;
	if (v[1] = 3)
		a++;
	if (a += b)
		a++;
	if (a = b && c)
		a++;
	if (!(a = b) || (c = a))
		a++;
	c = (a = b) ? 1 : 2;
	if (flags & b == 4)
		a++;
	if ((flags & 4) == 4 || (flags | 1) != 7)
		a++;
	if (a | b < c)
		a++;
	if (a ^ b != c)
		a++;
	if (a == 1 || b == 2 && c == 3)
		a++;
	if (a == 1 || (b == 2 && c == 3))
		a++;
	if (a && b || c)
		a++;
	c = a << b - 1;
	c = a - 1 >> b;
	c = a | b + c;
	c = a ^ b - c;
	c = a & b + c;
	c = a | b & c;
	c = a == b == c;
	c = a != b < c;
	c = a < b < c;
	c = a <= b > c;
	c = (a < b) < c + (a << (b - 1)) + ((a & b) | c);
	c = (k.n++ & 1) + (kp->slot[1]-- << 1);
	/* Constants are folded as they are built; the operators written still count. */
	c = 1 << 4 - 1;
	c = 1 == 2 == 3;
	c = 8 | 2 + 1;
	c = 1 < 2 < 3;
	c = a + (1 < 2 < a);
	c = (1 << (4 - 1)) + (8 | (2 + 1));
	return a;
}
