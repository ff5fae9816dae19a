/*
 * seq [FIRST [INCREMENT]] LAST: print a sequence of integers.
 */
#include <stdio.h>
#include <stdlib.h>

static int parse(const char *s, long *v)
{
    char *end;

    *v = strtol(s, &end, 10);
    if (end == s || *end != '\0') {
        fprintf(stderr, "seq: invalid integer argument: '%s'\n", s);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    long first = 1, step = 1, last, i;

    if (argc < 2 || argc > 4) {
        fprintf(stderr, "usage: seq [FIRST [INCREMENT]] LAST\n");
        return 1;
    }
    if (parse(argv[argc - 1], &last) < 0)
        return 1;
    if (argc >= 3 && parse(argv[1], &first) < 0)
        return 1;
    if (argc == 4 && parse(argv[2], &step) < 0)
        return 1;
    if (step == 0) {
        fprintf(stderr, "seq: invalid Zero increment value: '0'\n");
        return 1;
    }
    for (i = first; step > 0 ? i <= last : i >= last; i += step)
        printf("%ld\n", i);
    return 0;
}
