/* GNU __auto_type: the variable takes its initializer's type, arrays and functions decayed. */
#include <stdio.h>

static __auto_type scale = 2.5;

int main(void)
{
    __auto_type n = 40L + 2;
    __auto_type s = "text";
    int arr[3] = { 7, 8, 9 };
    __auto_type p = arr;
    __auto_type f = puts;
    __auto_type c = (unsigned char)300;

    f(s);
    printf("%ld %zu %zu %d %.1f %zu %d %zu\n", n, sizeof n, sizeof p, p[2], scale, sizeof(scale), c, sizeof c);
    return 0;
}
