/*
 * Without _GNU_SOURCE glibc's headers declare none of memmem, strchrnul, strcasestr,
 * qsort_r or exp10, so a program may have private functions of those names, with its own
 * signatures.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *strchrnul(const char *s, int c) {   /* returns the end, never NULL */
    while (*s && *s != c) s++;
    return s;
}

static int exp10(int n) {                              /* an integer power of ten */
    return n == 0 ? 1 : 10 * exp10(n - 1);
}

static int memmem(int a, int b) { return a * b; }

int main(void) {
    const char *text = "key=value";
    printf("%s %d %d\n", strchrnul(text, '='), exp10(3), memmem(6, 7));
    return (int)(strchrnul(text, '#') - text);
}
