/*
 * uniq [-c] [-d] [-u] [INPUT]: collapse adjacent repeated lines.
 * -c prefixes counts, -d prints only repeated lines, -u only unique ones.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static int show_count, only_repeated, only_unique;

static void emit(const char *line, long count)
{
    if ((only_repeated && count < 2) || (only_unique && count > 1))
        return;
    if (show_count)
        printf("%7ld %s\n", count, line);
    else
        puts(line);
}

int main(int argc, char **argv)
{
    char *line = NULL, *prev = NULL;
    size_t cap = 0;
    ssize_t len;
    long count = 0;
    int arg = 1;
    const char *p;
    FILE *f = stdin;

    for (; arg < argc && argv[arg][0] == '-' && argv[arg][1] != '\0'; arg++) {
        for (p = argv[arg] + 1; *p; p++) {
            if (*p == 'c')
                show_count = 1;
            else if (*p == 'd')
                only_repeated = 1;
            else if (*p == 'u')
                only_unique = 1;
            else {
                fprintf(stderr, "uniq: invalid option -- '%c'\n", *p);
                return 1;
            }
        }
    }
    if (arg < argc && strcmp(argv[arg], "-") != 0) {
        f = fopen(argv[arg], "r");
        if (f == NULL) {
            fprintf(stderr, "uniq: %s: %s\n", argv[arg], strerror(errno));
            return 1;
        }
    }
    while ((len = getline(&line, &cap, f)) != -1) {
        if (len > 0 && line[len - 1] == '\n')
            line[len - 1] = '\0';
        if (prev != NULL && strcmp(prev, line) == 0) {
            count++;
            continue;
        }
        if (prev != NULL)
            emit(prev, count);
        free(prev);
        prev = strdup(line);
        count = 1;
    }
    if (prev != NULL)
        emit(prev, count);
    return 0;
}
