/* Memory streams: fmemopen, open_memstream and fopencookie, compared with glibc. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static void show(const char *what, const char *buf, size_t n)
{
    size_t i;

    printf("%s: [", what);
    for (i = 0; i < n; i++)
        putchar(buf[i] >= ' ' && buf[i] < 127 ? buf[i] : '.');
    printf("]\n");
}

static void fixed_write(void)
{
    char buf[16];
    FILE *f;
    int r;

    memset(buf, 'X', sizeof(buf));
    f = fmemopen(buf, sizeof(buf), "w");
    fprintf(f, "n=%d", 42);
    fflush(f);
    show("after flush", buf, sizeof(buf));
    printf("ftell %ld\n", ftell(f));
    r = fprintf(f, " and a tail that is too long");
    printf("fprintf %d\n", r);
    r = fclose(f);
    printf("fclose %d\n", r);
    show("after close", buf, sizeof(buf));

    memset(buf, 'Y', sizeof(buf));
    f = fmemopen(buf, 8, "w");
    fputs("exactly8", f);
    fclose(f);
    show("exactly size", buf, sizeof(buf));
}

static void fixed_read(void)
{
    char text[] = "12 apples\nsecond line\nthird";
    char word[32], line[64];
    FILE *f = fmemopen(text, strlen(text), "r");
    int n, c, count = 0;

    if (fscanf(f, "%d %31s", &n, word) == 2)
        printf("scanned %d %s\n", n, word);
    fgetc(f);
    while (fgets(line, sizeof(line), f) != NULL)
        printf("line <%s>\n", strtok(line, "\n"));
    printf("eof %d ftell %ld\n", feof(f), ftell(f));
    fseek(f, 3, SEEK_SET);
    while ((c = fgetc(f)) != EOF && c != '\n')
        count++;
    printf("from 3: %d chars\n", count);
    printf("seek end %d ", fseek(f, -5, SEEK_END));
    printf("ftell %ld\n", ftell(f));
    printf("seek past end %d\n", fseek(f, 100, SEEK_SET));
    fclose(f);
}

static void fixed_update_and_append(void)
{
    char buf[32] = "hello";
    char back[32];
    FILE *f = fmemopen(buf, sizeof(buf), "a+");

    fprintf(f, ", world");
    fflush(f);
    show("append", buf, 14);
    rewind(f);
    if (fgets(back, sizeof(back), f) != NULL)
        printf("read back <%s>\n", back);
    fclose(f);

    strcpy(buf, "old contents");
    f = fmemopen(buf, sizeof(buf), "w+");
    show("w+ truncates", buf, 4);
    fputs("new", f);
    rewind(f);
    printf("w+ read <%s>\n", fgets(back, sizeof(back), f));
    fclose(f);

    f = fmemopen(NULL, 64, "w+");
    fprintf(f, "%s-%d", "owned", 7);
    rewind(f);
    printf("own buffer <%s>\n", fgets(back, sizeof(back), f));
    fclose(f);

    errno = 0;
    f = fmemopen(buf, 0, "r");
    printf("size 0: %s errno %d\n", f == NULL ? "NULL" : "stream", errno);
}

static void growing(void)
{
    char *p = NULL;
    size_t size = 99;
    FILE *f = open_memstream(&p, &size);
    int i;

    fflush(f);
    printf("empty: size %zu text <%s>\n", size, p);
    for (i = 0; i < 300; i++)
        fprintf(f, "%d,", i);
    fflush(f);
    printf("size %zu len %zu tail <%s>\n", size, strlen(p), p + size - 8);
    fseek(f, 4, SEEK_SET);
    fputs("ZZ", f);
    fflush(f);
    printf("after seek: size %zu start <%.12s>\n", size, p);
    fseek(f, 0, SEEK_END);
    fputs("!", f);
    fclose(f);
    printf("closed: size %zu last <%s>\n", size, p + size - 5);
    free(p);
}

struct counter {
    int writes;
    size_t bytes;
    const char *feed;
};

static ssize_t count_write(void *cookie, const char *buf, size_t n)
{
    struct counter *c = cookie;

    c->writes++;
    c->bytes += n;
    return (ssize_t)n;
}

static ssize_t feed_read(void *cookie, char *buf, size_t n)
{
    struct counter *c = cookie;
    size_t k = strlen(c->feed);

    if (k > n)
        k = n;
    memcpy(buf, c->feed, k);
    c->feed += k;
    return (ssize_t)k;
}

static int say_close(void *cookie)
{
    struct counter *c = cookie;

    printf("close after %d writes, %zu bytes\n", c->writes, c->bytes);
    return 0;
}

static void cookies(void)
{
    struct counter c = { 0, 0, "fed by a cookie\n" };
    cookie_io_functions_t io = { feed_read, count_write, NULL, say_close };
    char line[32];
    FILE *f = fopencookie(&c, "w+", io);
    int i;

    for (i = 0; i < 1000; i++)
        fprintf(f, "%d\n", i);
    fflush(f);
    printf("flushed: %zu bytes\n", c.bytes);
    printf("seek without a seek function: %d\n", fseek(f, 0, SEEK_SET));
    fclose(f);

    f = fopencookie(&c, "r", io);
    printf("read <%s>", fgets(line, sizeof(line), f));
    fclose(f);
}

int main(void)
{
    fixed_write();
    fixed_read();
    fixed_update_and_append();
    growing();
    cookies();
    return 0;
}
