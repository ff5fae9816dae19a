/*
 * fnmatch beyond the basics: bracket classes ([[:alpha:]]), an unknown class
 * (matches nothing), a '[' that starts no class, FNM_PERIOD after a slash
 * under FNM_PATHNAME reached through '*', and a pattern ending in '\'.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <fnmatch.h>

static const char *const cases[][2] = {
    { "[[:alpha:]]*", "x1" }, { "[[:digit:]][[:digit:]]", "42" }, { "[![:space:]]", " " },
    { "[[:upper:][:digit:]]", "Q" }, { "[[:lower:]]", "Q" }, { "[[:xdigit:]]*", "fe" },
    { "*[[:punct:]]", "hi!" }, { "[[:alnum:]_]*", "_x" }, { "[[:foo:]]", "f" },
    { "[![:foo:]]", "f" }, { "[[:d-d]", "d" }, { "[[:d-d]", ":" }, { "[[:alpha:]", "[" },
    { "*/*", "dir/.hidden" }, { "*/.*", "dir/.hidden" }, { "*/*/*", "a/b/.c" }, { "*", ".x" },
    { "a\\", "a\\" }, { "a\\", "a" }, { "\\*", "*" }, { "*[.]/b", "a./b" },
};

int main(void)
{
    static const int flags[] = { 0, FNM_PATHNAME | FNM_PERIOD, FNM_NOESCAPE, FNM_CASEFOLD };
    unsigned i, j;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        printf("%-24s %-12s", cases[i][0], cases[i][1]);
        for (j = 0; j < sizeof flags / sizeof flags[0]; j++)
            printf(" %d", fnmatch(cases[i][0], cases[i][1], flags[j]));
        printf("\n");
    }
    return 0;
}
