/* <complex.h>: arithmetic (gcc calls __muldc3/__divdc3 for it) and the elementary functions. */
#include <complex.h>
#include <stdio.h>

/* The inverse hyperbolic functions, and the float and long double forms. */
static void other_types(double complex z)
{
    long double complex l = 1.5L - 0.75L * I, lr[8];
    float complex fz = 0.25f + 2.0f * I, fr[8];
    double complex d[3] = { casinh(z), cacosh(z), catanh(z) };
    unsigned i;

    for (i = 0; i < 3; i++)
        printf("inverse hyperbolic %u: %.12g %+.12gi\n", i, creal(d[i]), cimag(d[i]));
    lr[0] = cexpl(l), lr[1] = clogl(l), lr[2] = csqrtl(l), lr[3] = csinl(l);
    lr[4] = ccoshl(l), lr[5] = catanl(l), lr[6] = cpowl(l, l), lr[7] = cacoshl(l);
    for (i = 0; i < 8; i++)
        printf("long double %u: %.12Lg %+.12Lgi\n", i, creall(lr[i]), cimagl(lr[i]));
    printf("cabsl %.15Lg cargl %.15Lg\n", cabsl(l), cargl(l));
    fr[0] = csinf(fz), fr[1] = ccosf(fz), fr[2] = ctanhf(fz), fr[3] = casinf(fz);
    fr[4] = cacosf(fz), fr[5] = catanhf(fz), fr[6] = cprojf(fz), fr[7] = conjf(fz);
    for (i = 0; i < 8; i++)
        printf("float %u: %.5g %+.5gi\n", i, crealf(fr[i]), cimagf(fr[i]));
}

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
    other_types(z);
    return 0;
}
