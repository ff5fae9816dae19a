/*
 * head [-n N | -N] [FILE...]: print the first N lines (default 10).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static int head_file(FILE *f, long n)
{
    int c;

    while (n > 0 && (c = getc(f)) != EOF) {
        putchar(c);
        if (c == '\n')
            n--;
    }
    return ferror(f) ? 1 : 0;
}

int main(int argc, char **argv)
{
    long n = 10;
    int i = 1, status = 0, nfiles;
    char *end;
    FILE *f;

    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
            n = strtol(argv[++i], &end, 10);
        else if (strncmp(argv[i], "-n", 2) == 0)
            n = strtol(argv[i] + 2, &end, 10);
        else
            n = strtol(argv[i] + 1, &end, 10);
        if (*end != '\0' || n < 0) {
            fprintf(stderr, "head: invalid number of lines\n");
            return 1;
        }
    }
    nfiles = argc - i;
    if (nfiles == 0)
        return head_file(stdin, n);
    for (; i < argc; i++) {
        f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
        if (f == NULL) {
            fprintf(stderr, "head: cannot open '%s' for reading: %s\n", argv[i], strerror(errno));
            status = 1;
            continue;
        }
        if (nfiles > 1)
            printf("%s==> %s <==\n", i > argc - nfiles ? "\n" : "",
                   f == stdin ? "standard input" : argv[i]);
        status |= head_file(f, n);
        if (f != stdin)
            fclose(f);
    }
    return status;
}
