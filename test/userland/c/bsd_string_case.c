/* strlcpy/strlcat (BSD, in glibc only from 2.38): always terminated, they return the length they tried to make. */
#include <stdio.h>
#include <string.h>

int main(void)
{
    char small[6], big[32];
    size_t r;

    r = strlcpy(small, "truncated", sizeof(small));
    printf("strlcpy %zu [%s]\n", r, small);
    r = strlcpy(big, "fits", sizeof(big));
    printf("strlcpy %zu [%s]\n", r, big);
    r = strlcpy(small, "none", 0);
    printf("strlcpy size 0: %zu [%s]\n", r, small);
    r = strlcat(big, " and more", sizeof(big));
    printf("strlcat %zu [%s]\n", r, big);
    strcpy(small, "ab");
    r = strlcat(small, "cdefgh", sizeof(small));
    printf("strlcat %zu [%s]\n", r, small);
    r = strlcat(small, "x", 3);
    printf("strlcat into a full buffer: %zu [%s]\n", r, small);
    return 0;
}
