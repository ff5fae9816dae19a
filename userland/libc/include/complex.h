#ifndef _COMPLEX_H
#define _COMPLEX_H

/* Both gcc and tcc-lite implement _Complex arithmetic themselves. */
#define complex _Complex
#define _Complex_I (__extension__ 1.0iF)
#define I _Complex_I

#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#define CMPLXF(x, y) __builtin_complex((float)(x), (float)(y))
#define CMPLXL(x, y) __builtin_complex((long double)(x), (long double)(y))

/* Each function in three types: double, float (suffix f) and long double (suffix l). */
#define __COMPLEX_FUNCTIONS(T, CT, S)                                          \
    T creal##S(CT z);                                                          \
    T cimag##S(CT z);                                                          \
    T cabs##S(CT z);                                                           \
    T carg##S(CT z);                                                           \
    CT conj##S(CT z);                                                          \
    CT cproj##S(CT z);                                                         \
    CT cexp##S(CT z);                                                          \
    CT clog##S(CT z);                                                          \
    CT csqrt##S(CT z);                                                         \
    CT cpow##S(CT z, CT w);                                                    \
    CT csin##S(CT z);                                                          \
    CT ccos##S(CT z);                                                          \
    CT ctan##S(CT z);                                                          \
    CT csinh##S(CT z);                                                         \
    CT ccosh##S(CT z);                                                         \
    CT ctanh##S(CT z);                                                         \
    CT casin##S(CT z);                                                         \
    CT cacos##S(CT z);                                                         \
    CT catan##S(CT z);                                                         \
    CT casinh##S(CT z);                                                        \
    CT cacosh##S(CT z);                                                        \
    CT catanh##S(CT z);

__COMPLEX_FUNCTIONS(double, double _Complex, )
__COMPLEX_FUNCTIONS(float, float _Complex, f)
__COMPLEX_FUNCTIONS(long double, long double _Complex, l)

/* The parts themselves are plain expressions (the functions exist too, for their addresses). */
#define creal(z) (__real__ (z))
#define cimag(z) (__imag__ (z))
#define crealf(z) (__real__ (z))
#define cimagf(z) (__imag__ (z))
#define creall(z) (__real__ (z))
#define cimagl(z) (__imag__ (z))

#endif
