/* A pointer compared with an integer: gcc's default warnings, and the comparisons it accepts. */
#include <stddef.h>

int main(void)
{
    char *p = 0;
    int i = 3;
    long l = 0;

    if (p == 0x10)
        return 1;
    if (p != 0 && p != NULL && p != (void *)0 && 0 != p && p != 1 - 1)
        return 2;
    if (i > p)
        return 4;
    if (p == l)
        return 6;
    if (p == '\0')
        return 8;
    return 0;
}
