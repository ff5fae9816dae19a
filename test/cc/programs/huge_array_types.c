/*
 * Array types past 2^53 bytes (never objects: an extern or a sizeof) have their exact
 * sizes where a double holds them, as in the "Writing a C Compiler" tests.
 */
#include <stdio.h>

extern int x[4294967297L][100000000];

int main(void)
{
    printf("%lu\n", sizeof(int[4294967297L][100000000]));
    printf("%lu\n", sizeof(char[1L << 62]));
    printf("%lu %lu\n", sizeof x, sizeof x[0]);
    printf("%d\n", sizeof(char[9007199254740992L]) != 0);
    return 0;
}
