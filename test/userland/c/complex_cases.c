/* <complex.h>: arithmetic (gcc calls __muldc3/__divdc3 for it) and the elementary functions. */
#include <complex.h>
#include <stdio.h>

int main(void)
{
    double complex z = 1.0 + 2.0 * I, w = 0.5 - 1.5 * I;
    double complex r[18];
    float complex f = 2.0f + 1.0f * I;
    unsigned i;

    r[0] = z * w;
    r[1] = z / w;
    r[2] = cexp(z);
    r[3] = clog(z);
    r[4] = csqrt(z);
    r[5] = csqrt(-4.0);
    r[6] = cpow(z, w);
    r[7] = csin(z);
    r[8] = ccos(z);
    r[9] = ctan(w);
    r[10] = csinh(z);
    r[11] = ccosh(w);
    r[12] = ctanh(z);
    r[13] = casin(w);
    r[14] = cacos(z);
    r[15] = catan(z);
    r[16] = conj(z);
    r[17] = cproj(z);
    for (i = 0; i < sizeof(r) / sizeof(r[0]); i++)
        printf("%u: %.12g %+.12gi\n", i, creal(r[i]), cimag(r[i]));
    printf("cabs %.15g carg %.15g\n", cabs(z), carg(w));
    f = cexpf(f);
    printf("%.6g %.6g %.6g\n", crealf(f), cimagf(f), cabsf(f));
    return 0;
}
