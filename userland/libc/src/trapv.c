/*
 * The checking routines a compiler calls under -ftrapv (gcc and tcc-lite alike): signed
 * int ("si") and long ("di") addition, subtraction, multiplication and negation that
 * return the result, or abort the program when it overflows, as libgcc's do.
 */
#include <stdlib.h>

#define CHECKED(name, type, builtin)                 \
	type name(type a, type b)                    \
	{                                            \
		type r;                              \
		if (builtin(a, b, &r))               \
			abort();                     \
		return r;                            \
	}

CHECKED(__addvsi3, int, __builtin_add_overflow)
CHECKED(__subvsi3, int, __builtin_sub_overflow)
CHECKED(__mulvsi3, int, __builtin_mul_overflow)
CHECKED(__addvdi3, long, __builtin_add_overflow)
CHECKED(__subvdi3, long, __builtin_sub_overflow)
CHECKED(__mulvdi3, long, __builtin_mul_overflow)

/* -a overflows only for the most negative value. */
int __negvsi2(int a)
{
	return __subvsi3(0, a);
}

long __negvdi2(long a)
{
	return __subvdi3(0, a);
}
