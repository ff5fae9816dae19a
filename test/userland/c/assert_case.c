/* A failing assert: glibc's message on stderr, SIGABRT, and buffered stdout lost as in glibc. */
#include <assert.h>
#include <stdio.h>

static int check(int value)
{
    assert(value * 2 == 10);
    return value;
}

int main(void)
{
    printf("this line stays in the buffer when stdout is a pipe\n");
    check(5);
    check(6);
    printf("not reached\n");
    return 0;
}
