/*
 * arc4random, arc4random_buf and arc4random_uniform (glibc 2.36; mawk's configure
 * prefers them to srandom/random): what can be checked of random numbers without
 * printing them — ranges, the degenerate bounds, every value of a small range drawn,
 * buffers filled to their last byte and no further, two draws that differ.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    unsigned char buf[66];
    int counts[10] = {0}, seen = 0, out_of_range = 0, changed = 0;
    unsigned int big = 0;

    printf("uniform(0) %u, uniform(1) %u\n", arc4random_uniform(0), arc4random_uniform(1));
    for (int i = 0; i < 20000; i++) {
        unsigned int r = arc4random_uniform(10);

        if (r >= 10)
            out_of_range++;
        else
            counts[r]++;
    }
    for (int i = 0; i < 10; i++)
        seen += counts[i] > 1500 && counts[i] < 2500;
    printf("uniform(10): %d out of range, %d of 10 values near 1/10 of the draws\n", out_of_range, seen);
    for (int i = 0; i < 256; i++)
        if (arc4random_uniform(0x80000001u) > 0x40000000u)
            big++;
    printf("uniform(2^31 + 1): %s\n", big > 64 && big < 192 ? "both halves drawn" : "skewed");

    memset(buf, 0, sizeof buf);
    arc4random_buf(buf + 1, 64);
    for (int i = 1; i <= 64; i++)
        changed += buf[i] != 0;
    printf("buf: guard bytes %d %d, %s\n", buf[0], buf[65], changed > 48 ? "filled" : "mostly zero");
    arc4random_buf(buf, 0);

    unsigned int a = arc4random(), b = arc4random(), c = arc4random();
    printf("three draws %s\n", a != b || b != c ? "differ" : "are equal");
    return 0;
}
