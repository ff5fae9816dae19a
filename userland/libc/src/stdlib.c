/*
 * Small <stdlib.h> pieces: abort, arithmetic, pseudo-random numbers, sorting and searching.
 */
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include "libc.h"

void abort(void)
{
    /* SIGABRT ends us the usual way; if it is ignored or caught, exit anyway. */
    signal(SIGABRT, SIG_DFL);
    raise(SIGABRT);
    _exit(127);
}

int abs(int x) { return x < 0 ? -x : x; }
long labs(long x) { return x < 0 ? -x : x; }
long long llabs(long long x) { return x < 0 ? -x : x; }

div_t div(int num, int den)
{
    div_t r;
    r.quot = num / den;
    r.rem = num % den;
    return r;
}

ldiv_t ldiv(long num, long den)
{
    ldiv_t r;
    r.quot = num / den;
    r.rem = num % den;
    return r;
}

static unsigned long rand_state = 1;

int rand(void)
{
    /* A 64-bit linear congruential generator (Knuth's MMIX constants), upper bits out. */
    rand_state = rand_state * 6364136223846793005UL + 1442695040888963407UL;
    return (int)(rand_state >> 33);
}

void srand(unsigned int seed)
{
    rand_state = seed;
}

static void swap_bytes(char *a, char *b, size_t size)
{
    char t;

    while (size-- > 0) {
        t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

/*
 * Quicksort with a median-of-three pivot; recursion goes into the smaller
 * half so the stack stays O(log n). Short ranges use insertion sort.
 */
static void sort_range(char *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    size_t i, j, lo, hi;
    char *mid, *last;

    while (n > 8) {
        mid = base + (n / 2) * size;
        last = base + (n - 1) * size;
        if (cmp(mid, base) < 0)
            swap_bytes(mid, base, size);
        if (cmp(last, mid) < 0) {
            swap_bytes(last, mid, size);
            if (cmp(mid, base) < 0)
                swap_bytes(mid, base, size);
        }
        /* The pivot lives at base while we partition the rest (Hoare scheme). */
        swap_bytes(base, mid, size);
        lo = 1;
        hi = n - 1;
        for (;;) {
            while (lo <= hi && cmp(base + lo * size, base) < 0)
                lo++;
            while (hi >= lo && cmp(base + hi * size, base) > 0)
                hi--;
            if (lo >= hi)
                break;
            swap_bytes(base + lo * size, base + hi * size, size);
            lo++;
            hi--;
        }
        swap_bytes(base, base + (lo - 1) * size, size);
        /* Now [0, lo-1) <= pivot at lo-1 <= [lo, n). */
        if (lo - 1 < n - lo) {
            sort_range(base, lo - 1, size, cmp);
            base += lo * size;
            n -= lo;
        } else {
            sort_range(base + lo * size, n - lo, size, cmp);
            n = lo - 1;
        }
    }
    for (i = 1; i < n; i++)
        for (j = i; j > 0 && cmp(base + (j - 1) * size, base + j * size) > 0; j--)
            swap_bytes(base + (j - 1) * size, base + j * size, size);
}

void qsort(void *base, size_t nmemb, size_t size, int (*cmp)(const void *, const void *))
{
    if (size > 0)
        sort_range(base, nmemb, size, cmp);
}

void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
              int (*cmp)(const void *, const void *))
{
    const char *p;
    size_t lo = 0, hi = nmemb, mid;
    int c;

    while (lo < hi) {
        mid = lo + (hi - lo) / 2;
        p = (const char *)base + mid * size;
        c = cmp(key, p);
        if (c == 0)
            return (void *)p;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

void __assert_fail(const char *expr, const char *file, int line, const char *func)
{
    fflush(stdout);
    fprintf(stderr, "%s:%d: %s: Assertion `%s' failed.\n", file, line, func, expr);
    abort();
}
