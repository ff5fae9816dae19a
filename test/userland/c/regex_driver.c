/*
 * Reads pairs of lines (an extended regular expression, a text) and prints
 * regcomp's error or regexec's result with every submatch: the driver of
 * regex-random.test.ts, built against glibc and against our libc.
 */
#include <regex.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    char pattern[512], text[512];
    regex_t re;
    regmatch_t m[10];
    int r, i;

    while (fgets(pattern, sizeof(pattern), stdin) != NULL && fgets(text, sizeof(text), stdin) != NULL) {
        pattern[strcspn(pattern, "\n")] = '\0';
        text[strcspn(text, "\n")] = '\0';
        r = regcomp(&re, pattern, REG_EXTENDED);
        if (r != 0) {
            printf("regcomp %d\n", r);
            continue;
        }
        r = regexec(&re, text, 10, m, 0);
        printf("%d", r);
        for (i = 0; r == 0 && i <= (int)re.re_nsub && i < 10; i++)
            printf(" %d,%d", m[i].rm_so, m[i].rm_eo);
        printf("\n");
        regfree(&re);
    }
    return 0;
}
