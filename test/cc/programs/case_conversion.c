/*
 * Case labels are converted to the promoted type of the switch's expression:
 * `case -1:` on an unsigned int is 4294967295, `case 4294967297l:` on an int is 1,
 * and a label an unsigned char can never hold matches nothing.
 */
#include <stdio.h>

static int on_unsigned(unsigned x) { switch (x) { case -1: return 1; case 7: return 2; } return 0; }
static int on_int(int x) { switch (x) { case 4294967297l: return 1; case -4294967296l + 5: return 2; } return 0; }
static int on_byte(unsigned char x) { switch (x) { case -1: return 1; case 255: return 2; case 300: return 3; case 0 ... 3: return 4; } return 0; }
static int on_long(long x) { switch (x) { case -1u: return 1; case -1: return 2; } return 0; }

int main(void)
{
    printf("%d %d %d\n", on_unsigned(4294967295u), on_unsigned(7), on_unsigned(8));
    printf("%d %d %d\n", on_int(1), on_int(5), on_int(2));
    printf("%d %d %d\n", on_byte(255), on_byte(2), on_byte(44));
    printf("%d %d %d\n", on_long(4294967295l), on_long(-1), on_long(0));
    return 0;
}
