/*
 * sort [-r] [-n] [-u] [FILE...]: sort lines (byte order, as LC_ALL=C sort).
 * -n compares leading numbers, -r reverses, -u drops repeated lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static int reverse, numeric, unique;

typedef struct {
    char **v;
    size_t n, cap;
} line_list;

static int add_line(line_list *l, char *line)
{
    char **grown;

    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 256;
        grown = realloc(l->v, l->cap * sizeof(char *));
        if (grown == NULL)
            return -1;
        l->v = grown;
    }
    l->v[l->n++] = line;
    return 0;
}

static int read_lines(FILE *f, line_list *l)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;

    while ((len = getline(&line, &cap, f)) != -1) {
        if (len > 0 && line[len - 1] == '\n')
            line[len - 1] = '\0';
        if (add_line(l, strdup(line)) < 0)
            return -1;
    }
    free(line);
    return 0;
}

static int compare_lines(const void *pa, const void *pb)
{
    const char *a = *(char *const *)pa, *b = *(char *const *)pb;
    double x, y;
    int r;

    if (numeric) {
        /* Lines without a number count as zero; ties fall back to bytes, like GNU sort. */
        x = strtod(a, NULL);
        y = strtod(b, NULL);
        r = x < y ? -1 : x > y ? 1 : 0;
        if (r == 0)
            r = strcmp(a, b);
    } else {
        r = strcmp(a, b);
    }
    return reverse ? -r : r;
}

int main(int argc, char **argv)
{
    line_list lines;
    const char *p;
    size_t i;
    int arg = 1, status = 0;
    FILE *f;

    lines.v = NULL;
    lines.n = lines.cap = 0;
    for (; arg < argc && argv[arg][0] == '-' && argv[arg][1] != '\0'; arg++) {
        for (p = argv[arg] + 1; *p; p++) {
            if (*p == 'r')
                reverse = 1;
            else if (*p == 'n')
                numeric = 1;
            else if (*p == 'u')
                unique = 1;
            else {
                fprintf(stderr, "sort: invalid option -- '%c'\n", *p);
                return 2;
            }
        }
    }
    if (arg >= argc)
        read_lines(stdin, &lines);
    for (; arg < argc; arg++) {
        f = strcmp(argv[arg], "-") == 0 ? stdin : fopen(argv[arg], "r");
        if (f == NULL) {
            fprintf(stderr, "sort: cannot read: %s: %s\n", argv[arg], strerror(errno));
            status = 2;
            continue;
        }
        read_lines(f, &lines);
        if (f != stdin)
            fclose(f);
    }
    qsort(lines.v, lines.n, sizeof(char *), compare_lines);
    for (i = 0; i < lines.n; i++) {
        if (unique && i > 0 && compare_lines(&lines.v[i - 1], &lines.v[i]) == 0)
            continue;
        puts(lines.v[i]);
    }
    return status;
}
