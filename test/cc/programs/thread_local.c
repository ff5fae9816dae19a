/* Thread-local objects in a single-threaded program: .tdata and .tbss, every access form. */
#include <stdio.h>
#include <string.h>

extern __thread int declared_first;   /* reached through the GOT until defined below */
__thread int counter = 41;
_Thread_local char name[16] = "tls";
__thread long zeros[8];
__thread struct point { int x, y; } where = { 3, 4 };
__thread double scale __attribute__((aligned(32))) = 2.5;
static __thread unsigned short small = 65535;

int next_id(void)
{
    static __thread int id = 100;
    return id++;
}

int *counter_address(void)
{
    return &counter;
}

__thread int declared_first = -7;

int main(void)
{
    int *p = counter_address();
    long sum = 0;
    int i;

    *p += 1;
    strcat(name, "-ok");
    for (i = 0; i < 8; i++)
        zeros[i] = i * i;
    for (i = 0; i < 8; i++)
        sum += zeros[i];
    where.y *= 10;
    small++;
    printf("%d %s %ld %d,%d %.2f %u %d\n", counter, name, sum, where.x, where.y, scale * 2, small, declared_first);
    printf("ids %d %d %d\n", next_id(), next_id(), next_id());
    printf("aligned %d, same address %d\n", (int)((unsigned long)&scale % 32), p == &counter);
    return counter - 42;
}
