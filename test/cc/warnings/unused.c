/* Variables never used, or only stored into: gcc -Wall's -Wunused-variable and -Wunused-but-set-variable. */
#include <stdio.h>

struct pair { int a, b; };

static void release(int *p) { (void)p; }

int shared;

int count(int n, int unused_parameter)
{
    int never, initialized = 1, stored, bumped = 0, incremented = 0, elements[4], total = 0, twice;
    int measured, addressed, typed = 2, *through = &total, outer, chained, tested, grid[2][3];
    static int kept, kept_initialized = 3;
    register int in_register = 1;
    volatile int flag = 2;
    int __attribute__((unused)) quiet;
    int __attribute__((cleanup(release))) guarded = 0;
    struct pair pair, read_pair = { 1, 2 };
    extern int shared;
    char name[8];

    stored = 5;
    bumped += 1;
    incremented++;
    elements[0] = 1;
    twice = 7;
    twice = 8;
    total = total + n;
    *through = 4;
    pair.a = 3;
    name[1] = 'x';
    outer = chained = 0;
    if ((tested = n))
        total++;
    grid[1][2] = 5;
    if (sizeof measured > 2)
        total += read_pair.b;
    printf("%p %d\n", (void *)&addressed, (int)sizeof(typeof(typed)));
    {
        int inner;
        int inner_set;

        inner_set = 1;
    }
    for (int i = 0, j; i < n; i++) {
        int step;
    }
    return total;
}

int main(void)
{
    return count(2, 0) == 6 ? 0 : 1;
}

/* A block's extern names an object others may read: no "set but not used" for it (a static local gets one). */
int shared_counter;
void reset_counter(void) { static int s; s = 1; extern int shared_counter; shared_counter = 0; }

#include "unused_header.h"
static const int unused_const_in_main = 2;
