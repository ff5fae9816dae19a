/*
 * log10 and hypot to the last bit, as glibc rounds them. glibc's log10 is the
 * classic reduction, not the correctly rounded result (they differ in about one
 * case in twenty); its hypot is a square root and one correction step. A few
 * values are printed with %a; long sweeps are printed as a hash of the results'
 * bits, one line per range.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define FNV_START 0xcbf29ce484222325ULL

/* FNV-1a over the 8 bytes of each result. */
static uint64_t hash_double(uint64_t h, double d)
{
    unsigned char b[sizeof d];
    size_t i;

    memcpy(b, &d, sizeof d);
    for (i = 0; i < sizeof d; i++)
        h = (h ^ b[i]) * 0x100000001b3ULL;
    return h;
}

static void print_hash(const char *what, int n, uint64_t h)
{
    printf("%-32s %d points hash %016llx\n", what, n, (unsigned long long)h);
}

/* The next pseudo-random double: sign clear, exponent field below `top` (2047: any). */
static double random_double(uint64_t *s, int top)
{
    uint64_t bits;
    double x;

    do {
        *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
        bits = *s >> 1;
        bits = (bits & 0x000fffffffffffffULL) | ((bits >> 52) % top) << 52;
        memcpy(&x, &bits, sizeof x);
    } while (isnan(x) || isinf(x));
    return x;
}

/* n evenly spaced points from lo by step: their log10s hashed. */
static void log10_sweep(const char *name, double lo, double step, int n)
{
    uint64_t h = FNV_START;
    int i;

    for (i = 0; i < n; i++)
        h = hash_double(h, log10(lo + step * i));
    print_hash(name, n, h);
}

static void log10_cases(void)
{
    static const double values[] = { 2.0, 3.0, 0.5, 0.3, 7.0, 1.5, 0.999, 1.001, 123.456, 5e-324, DBL_MIN, DBL_MAX };
    uint64_t h = FNV_START, s = 12345;
    double p = 1.0;
    int i;

    for (i = 0; i <= 22; i++, p *= 10.0)
        printf("log10(1e%d) = %a\n", i, log10(p));
    for (i = 0; i < (int)(sizeof values / sizeof values[0]); i++)
        printf("log10(%g) = %a\n", values[i], log10(values[i]));
    /*
     * Away from 1: glibc's log itself misrounds about one near-halfway case in a
     * thousand that ours rounds correctly, and near 1 (small k) log10 shows it.
     */
    log10_sweep("log10 [1e-9, 5e-7)", 1e-9, 5.5e-11, 9000);
    log10_sweep("log10 [1e-4, 4.6e-3)", 1e-4, 5e-7, 9000);
    log10_sweep("log10 [2, 1000)", 2.0, 0.1107, 9000);
    log10_sweep("log10 [1e5, 1e9)", 1e5, 111103.7, 9000);
    log10_sweep("log10 [1e-300, 1e-299)", 1e-300, 1e-304, 9000);
    log10_sweep("log10 subnormal", 4.9e-324, 1.1e-320, 9000);
    for (i = 0; i < 20000; i++)
        h = hash_double(h, log10(random_double(&s, 2047)));
    print_hash("log10 of random doubles", 20000, h);

    errno = 0;
    p = log10(0.0);
    printf("log10(0) = %f errno %s\n", p, errno == ERANGE ? "ERANGE" : "?");
    errno = 0;
    p = log10(-1.0);
    printf("log10(-1) = %f errno %s\n", p, errno == EDOM ? "EDOM" : "?");
    printf("log10(inf) = %f log10(nan) = %f\n", log10(INFINITY), log10(NAN));
}

/* hypot of n pairs of random doubles with exponent fields below top. */
static void hypot_random(const char *name, int top, int n)
{
    uint64_t h = FNV_START, s = 777;
    double x, y;
    int i;

    for (i = 0; i < n; i++) {
        x = random_double(&s, top);
        y = random_double(&s, top);
        h = hash_double(h, hypot(i % 2 ? -x : x, y));
    }
    print_hash(name, n, h);
}

static void hypot_cases(void)
{
    uint64_t h = FNV_START;
    double r;
    int i;

    printf("hypot(3, 4) = %a hypot(-5, 12) = %a hypot(1, 1) = %a\n", hypot(3.0, 4.0), hypot(-5.0, 12.0), hypot(1.0, 1.0));
    printf("hypot(1e300, 1e300) = %a hypot(3e-320, 4e-320) = %a\n", hypot(1e300, 1e300), hypot(3e-320, 4e-320));
    printf("hypot(1, 1e-17) = %a hypot(0, -0) = %a hypot(DBL_MIN, DBL_MIN) = %a\n", hypot(1.0, 1e-17), hypot(0.0, -0.0),
           hypot(DBL_MIN, DBL_MIN));
    for (i = 0; i < 20000; i++)
        h = hash_double(h, hypot(i * 0.0000499, 1.7));
    print_hash("hypot(x, 1.7), x in [0, 1)", 20000, h);
    hypot_random("hypot of random doubles", 2047, 20000);
    hypot_random("hypot of random doubles below 1", 1023, 20000);
    errno = 0;
    r = hypot(DBL_MAX, DBL_MAX);
    printf("hypot(DBL_MAX, DBL_MAX) = %f errno %s\n", r, errno == ERANGE ? "ERANGE" : "?");
    printf("hypot(inf, nan) = %f hypot(nan, 1) = %f\n", hypot(INFINITY, NAN), hypot(NAN, 1.0));
}

int main(void)
{
    log10_cases();
    hypot_cases();
    return 0;
}
