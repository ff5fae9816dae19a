/*
 * A complex constant converted to a real type is an arithmetic constant expression in a static
 * initializer. (gcc's -std=gnu99 headers lack C11's CMPLX, so the builtin it expands to is used.)
 */
#include <stdio.h>

static _Bool nonzero = (_Bool)__builtin_complex(0.0, 3.5);
static _Bool zero = (_Bool)__builtin_complex(0.0, 0.0);
static int truncated = (int)__builtin_complex(-2.75, 3.5);
static double real = (double)__builtin_complex(2.5, 3.5);
static float from_imaginary = (float)(2.0 + 1.5i);
static unsigned char narrowed = (unsigned char)__builtin_complex(200.0, 1.0);
static long from_integer_complex = (long)(__extension__ 7 + 2i);
static double parts[] = { __real__ __builtin_complex(1.25, 2.5), __imag__ __builtin_complex(1.25, 2.5) };

int main(void)
{
	static short local = (short)(__builtin_complex(1e3, -1.0) * 2);
	printf("%d %d %d %g %g %d %ld\n", nonzero, zero, truncated, real, from_imaginary, narrowed, from_integer_complex);
	printf("%g %g %d\n", parts[0], parts[1], local);
	return 0;
}
