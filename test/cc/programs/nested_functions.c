/* GNU C nested functions called directly: outer locals and parameters read and written
   through the static chain at depths 1 and 2, recursion, `auto` forward declarations,
   sibling calls, two functions each defining their own `step`, and an inner block's
   nested function hiding an outer one of the same name. */
#include <stdio.h>

struct pair { long a, b, c; };

static int counter(int start)
{
    int n = start;
    int step(int by) { n += by; return n; }
    step(2);
    step(3);
    return n;
}

static long depth_two(long seed)
{
    long acc = seed;
    char tag = 'x';
    long middle(long k)
    {
        long local = k * 10;
        long inner(long j) { acc += j + local; tag++; return acc; }
        inner(1);
        return inner(k);
    }
    long r = middle(4);
    printf("depth_two: r=%ld acc=%ld tag=%c\n", r, acc, tag);
    return acc;
}

static int other_step(void)
{
    int calls = 0;
    int step(int by) { calls++; return by * 2; }
    int r = step(5) + step(6);
    return r + calls;
}

static int recursion(int limit)
{
    int visited = 0;
    int fib(int k) { visited++; return k < 2 ? k : fib(k - 1) + fib(k - 2); }
    int r = fib(limit);
    return r * 1000 + visited;
}

static int forward(int x)
{
    auto int is_even(int);
    int is_odd(int k) { return k == 0 ? 0 : is_even(k - 1); }
    int is_even(int k) { return k == 0 ? 1 : is_odd(k - 1); }
    return is_even(x) * 10 + is_odd(x);
}

static struct pair make(int base)
{
    double scale = 1.5;
    struct pair build(long d) { struct pair p = { base + d, base * 2 + d, (long)(scale * d) }; return p; }
    return build(4);
}

static int shadowed(void)
{
    int f(void) { return 1; }
    int inner;
    {
        int f(void) { return 2; }
        inner = f();
    }
    return inner * 10 + f();
}

int main(void)
{
    struct pair p = make(7);
    printf("%d %ld %d %d %d\n", counter(10), depth_two(100), other_step(), recursion(10), forward(7));
    printf("%ld %ld %ld %d\n", p.a, p.b, p.c, shadowed());
    return 0;
}
