/*
 * random() with the caller's state: initstate picks one of glibc's five
 * generators by the buffer's size (8 bytes: a plain LCG ... 256: degree 63),
 * setstate switches back and forth without losing either sequence, and the
 * reentrant random_r family keeps its generator in a struct random_data; the
 * drand48_r family keeps the 48-bit state in a struct drand48_data.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void drand48_reentrant(void)
{
    struct drand48_data d;
    unsigned short xsubi[3] = { 1, 2, 3 }, seed[3] = { 9, 8, 7 }, param[7] = { 1, 2, 3, 4, 5, 6, 7 };
    double x;
    long l;

    memset(&d, 0, sizeof d);
    drand48_r(&d, &x);
    lrand48_r(&d, &l);
    printf("zeroed: %.17g %ld\n", x, l);
    srand48_r(42, &d);
    drand48_r(&d, &x);
    mrand48_r(&d, &l);
    printf("seeded: %.17g %ld\n", x, l);
    erand48_r(xsubi, &d, &x);
    nrand48_r(xsubi, &d, &l);
    printf("own state: %.17g %ld, now %u %u %u\n", x, l, xsubi[0], xsubi[1], xsubi[2]);
    jrand48_r(xsubi, &d, &l);
    printf("jrand48_r %ld\n", l);
    seed48_r(seed, &d);
    lrand48_r(&d, &l);
    printf("seed48_r kept %u %u %u, then %ld\n", d.__old_x[0], d.__old_x[1], d.__old_x[2], l);
    lcong48_r(param, &d);
    lrand48_r(&d, &l);
    printf("lcong48_r %ld\n", l);
}

int main(void)
{
    static const size_t sizes[] = { 8, 31, 32, 63, 64, 127, 128, 255, 256, 400 };
    static char states[2][256];
    struct random_data rd;
    char buf[400], rbuf[64];
    char *previous;
    int32_t r;
    unsigned i, k;

    printf("default:");
    for (k = 0; k < 4; k++)
        printf(" %ld", random());
    printf("\n");
    for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        previous = initstate(i + 7, buf, sizes[i]);
        printf("%3zu bytes:", sizes[i]);
        for (k = 0; k < 5; k++)
            printf(" %ld", random());
        srandom(12345);
        printf(" | reseeded %ld %ld\n", random(), random());
        setstate(previous);
    }
    printf("too small: %s\n", initstate(1, buf, 7) == NULL ? "NULL" : "accepted");

    /* Two generators taking turns keep their own sequences. */
    initstate(3, states[0], 64);
    random();
    initstate(4, states[1], 256);
    random();
    for (k = 0; k < 3; k++) {
        setstate(states[0]);
        printf("A %ld ", random());
        setstate(states[1]);
        printf("B %ld\n", random());
    }

    memset(&rd, 0, sizeof rd);
    initstate_r(99, rbuf, sizeof rbuf, &rd);
    random_r(&rd, &r);
    printf("random_r %d", r);
    srandom_r(5, &rd);
    random_r(&rd, &r);
    printf(" %d", r);
    random_r(&rd, &r);
    printf(" %d\n", r);
    drand48_reentrant();
    return 0;
}
