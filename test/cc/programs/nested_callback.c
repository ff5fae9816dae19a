/* Nested functions whose address is taken: each goes through a trampoline in its
   enclosing frame (so the stack is executable), used as qsort comparators that count
   their calls in an outer variable, stored in pointers, and passed down a level. */
#include <stdio.h>
#include <stdlib.h>

static void apply(int *v, int n, void (*fn)(int *))
{
    for (int i = 0; i < n; i++) fn(&v[i]);
}

static int sort_desc(int *v, int n)
{
    int comparisons = 0;
    int by_value_desc(const void *a, const void *b)
    {
        comparisons++;
        return *(const int *)b - *(const int *)a;
    }
    qsort(v, n, sizeof v[0], by_value_desc);
    return comparisons > 0;
}

static long sum_scaled(int *v, int n, int factor)
{
    long sum = 0;
    void add(int *x) { sum += (long)*x * factor; }
    void (*hook)(int *) = add;
    apply(v, n, hook);
    return sum;
}

static int from_depth_two(int *v, int n)
{
    int hits = 0;
    int threshold = 5;
    int run(void)
    {
        void count(int *x) { if (*x > threshold) hits++; }
        apply(v, n, count);
        return hits;
    }
    return run();
}

int main(void)
{
    int v[] = { 4, 9, 1, 7, 3, 8, 2 };
    int n = sizeof v / sizeof v[0];
    int ok = sort_desc(v, n);
    for (int i = 0; i < n; i++) printf("%d ", v[i]);
    printf("| %d %ld %d\n", ok, sum_scaled(v, n, 3), from_depth_two(v, n));
    return 0;
}
