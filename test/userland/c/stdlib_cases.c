/*
 * <stdlib.h> against glibc: the pseudo-random sequences (rand, random,
 * rand_r, drand48), strtod/strtof rounding on fixed and generated inputs,
 * qsort's stability, the order of exit handlers (ctor_case.c adds constructors).
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void random_numbers(void)
{
    unsigned seed = 12345;
    int i;

    printf("rand unseeded:");
    for (i = 0; i < 5; i++)
        printf(" %d", rand());
    srand(42);
    printf("\nrand seed 42:");
    for (i = 0; i < 5; i++)
        printf(" %d", rand());
    srand(0);
    printf("\nrand seed 0: %d", rand());
    printf(" %d", rand());
    srandom(7);
    printf("\nrandom seed 7: %ld", random());
    printf(" %ld", random());
    srand(1);
    for (i = 0; i < 100000; i++)
        rand();
    printf("\nrand after 100000: %d\nrand_r:", rand());
    for (i = 0; i < 4; i++)
        printf(" %d", rand_r(&seed));
    /* One call per statement: the order of a call's arguments is up to the compiler. */
    printf("\ndrand48 %.17g", drand48());
    printf(" %.17g", drand48());
    printf(" lrand48 %ld", lrand48());
    printf(" mrand48 %ld\n", mrand48());
    srand48(2024);
    printf("srand48: %.17g", drand48());
    printf(" %ld", lrand48());
    printf(" %ld\n", mrand48());
}

static void conversions(void)
{
    static const char *const fixed[] = {
        "0", "-0", "0.1", "1e23", "2.2250738585072011e-308", "2.2250738585072012e-308", "4.9e-324",
        "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
        "1.7976931348623159e308", "1e-400", "  +12.5e+2xyz", "inf", "-Infinity", "nan", "nan(12)",
        "0x1.8p3", "0X.8P-1", "0x1p-1074", "0x1p-1075", "0x1.00000000000008p0", "0x1.00000000000018p0",
        "0x", ".", "-.5", "5.", "1e", "1e+", "9007199254740993", "123456789012345678901234567890",
        "3.14159265358979323846264338327950288", "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124", "3.4028235677973366e38", "1.4e-45",
        "7.006492321624086e-46", NULL,
    };
    static uint64_t s = 88172645463325252u;
    char buf[80], *end, *p;
    int i, k, nd, ex;
    double d;
    float f;

    for (i = 0; fixed[i] != NULL; i++) {
        errno = 0;
        d = strtod(fixed[i], &end);
        printf("%s -> %a errno %d rest [%s]", fixed[i], d, errno, end);
        errno = 0;
        f = strtof(fixed[i], NULL);
        printf(" | %a errno %d | %g\n", f, errno, atof(fixed[i]));
    }
    /* Generated inputs: up to 25 digits, exponents over the whole range. */
    for (i = 0; i < 3000; i++) {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        nd = 1 + (int)(s % 25);
        ex = (int)((s >> 8) % 660) - 330;
        p = buf;
        if (s >> 40 & 1)
            *p++ = '-';
        for (k = 0; k < nd; k++) {
            *p++ = (char)('0' + (s >> (k * 2 % 40)) % 10);
            if (k == 0 && (s >> 41 & 1))
                *p++ = '.';
        }
        sprintf(p, "e%d", (s >> 42 & 1) ? ex : ex / 10);
        printf("%s %a %a\n", buf, strtod(buf, NULL), strtof(buf, NULL));
    }
}

typedef struct {
    int key;
    int order;
} record;

static int by_key(const void *a, const void *b)
{
    return ((const record *)a)->key - ((const record *)b)->key;
}

static void sorting(void)
{
    record r[40];
    int i;

    /* Many equal keys: glibc's merge sort keeps them in their original order. */
    for (i = 0; i < 40; i++) {
        r[i].key = (i * 7) % 5;
        r[i].order = i;
    }
    qsort(r, 40, sizeof(record), by_key);
    printf("stable qsort:");
    for (i = 0; i < 40; i++)
        printf(" %d/%d", r[i].key, r[i].order);
    printf("\n");
}

static void arithmetic(void)
{
    div_t q = div(-7, 2);
    ldiv_t lq = ldiv(7L, -2L);
    lldiv_t llq = lldiv(-9LL, 4LL);
    imaxdiv_t iq = imaxdiv(100, 7);

    printf("div %d %d ldiv %ld %ld lldiv %lld %lld imaxdiv %" PRIdMAX " %" PRIdMAX " abs %d %ld %lld %" PRIdMAX "\n",
           q.quot, q.rem, lq.quot, lq.rem, llq.quot, llq.rem, iq.quot, iq.rem, abs(-3), labs(-4L), llabs(-5LL),
           imaxabs(-6));
    printf("strtol %ld %lu %lld %llu %" PRIdMAX "\n", strtol("-0x1f", NULL, 0), strtoul("777", NULL, 8),
           strtoll("-9223372036854775808", NULL, 10), strtoull("18446744073709551615", NULL, 10),
           strtoimax("  42", NULL, 10));
}

static void handler1(void) { printf("atexit handler 1\n"); }
static void handler2(void) { printf("atexit handler 2\n"); }
static void status_handler(int status, void *arg) { printf("on_exit %d %s\n", status, (const char *)arg); }

int main(void)
{
    random_numbers();
    conversions();
    sorting();
    arithmetic();
    atexit(handler1);
    on_exit(status_handler, "first");
    atexit(handler2);
    on_exit(status_handler, "second");
    printf("main returns 3\n");
    return 3;
}
