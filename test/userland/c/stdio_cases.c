/*
 * Streams: writing, reading back, seeking, ungetc, getline, append and
 * update modes. Built against our libc and against glibc; outputs must match.
 * The scratch file name comes from argv[1].
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "stdio_cases.tmp";
    char buf[256], *line = NULL;
    size_t cap = 0, n;
    long pos;
    int c, i;
    FILE *f;

    f = fopen(path, "w");
    if (f == NULL) {
        perror("fopen");
        return 1;
    }
    for (i = 0; i < 300; i++)
        fprintf(f, "line %d of the file %s\n", i, i % 7 == 0 ? "(seven)" : "");
    fputs("last line without newline", f);
    printf("ftell after writing: %ld\n", ftell(f));
    printf("fclose: %d\n", fclose(f));

    f = fopen(path, "r");
    for (i = 0; i < 3 && fgets(buf, sizeof(buf), f) != NULL; i++)
        printf("fgets: %s", buf);
    printf("ftell: %ld\n", ftell(f));
    c = fgetc(f);
    printf("fgetc: %c, ungetc: %c\n", c, ungetc(c, f));
    printf("ftell after ungetc: %ld\n", ftell(f));
    printf("fgets again: %s", fgets(buf, 8, f));
    printf("short fgets: [%s]\n", fgets(buf, 5, f));
    fseek(f, 100, SEEK_SET);
    n = fread(buf, 1, 20, f);
    buf[n] = '\0';
    printf("fread at 100: %zu [%s]\n", n, buf);
    fseek(f, -10, SEEK_CUR);
    printf("ftell after SEEK_CUR -10: %ld\n", ftell(f));
    fseek(f, -12, SEEK_END);
    printf("fgets near end: [%s] feof=%d\n", fgets(buf, sizeof(buf), f), feof(f));
    printf("fgetc at end: %d feof=%d ferror=%d\n", fgetc(f), feof(f), ferror(f));
    rewind(f);
    i = 0;
    while (getline(&line, &cap, f) != -1)
        i++;
    printf("getline lines: %d, last [%s]\n", i, line);
    free(line);
    fclose(f);

    f = fopen(path, "a");
    fprintf(f, "\nappended %d\n", 42);
    fclose(f);
    f = fopen(path, "r+");
    fseek(f, 0, SEEK_SET);
    fputs("LINE", f);
    fseek(f, 0, SEEK_CUR);
    printf("after update: [%s]", fgets(buf, sizeof(buf), f));
    fseek(f, -12, SEEK_END);
    printf("tail: [%s]", fgets(buf, sizeof(buf), f));
    fclose(f);

    f = fopen(path, "r");
    n = fread(buf, 10, 3, f);
    printf("fread items: %zu [%.30s]\n", n, buf);
    fclose(f);
    printf("fopen missing: %p\n", (void *)fopen("/nonexistent/dir/file", "r"));
    printf("remove: %d\n", remove(path));
    printf("fopen removed: %p\n", (void *)fopen(path, "r"));
    fprintf(stderr, "to stderr\n");
    return 0;
}
