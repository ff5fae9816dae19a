/*
 * strtol family, qsort, bsearch, string functions and malloc: the same
 * program is built against our libc and glibc; outputs must match.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <ctype.h>
#include <limits.h>
#include <sys/mman.h>

static void show_strtol(const char *s, int base)
{
    char *end;
    long v;
    unsigned long u;

    errno = 0;
    v = strtol(s, &end, base);
    printf("strtol(\"%s\", %d) = %ld end=%d errno=%d\n", s, base, v, (int)(end - s), errno);
    errno = 0;
    u = strtoul(s, &end, base);
    printf("strtoul(\"%s\", %d) = %lu end=%d errno=%d\n", s, base, u, (int)(end - s), errno);
}

/* An unsupported base: EINVAL, and glibc leaves *end as it was. */
static void show_bad_base(const char *s, int base)
{
    char *end = (char *)s + 1;
    long v;

    errno = 0;
    v = strtol(s, &end, base);
    printf("strtol(\"%s\", %d) = %ld end=%d errno=%d\n", s, base, v, (int)(end - s), errno);
}

static int compare_ints(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static unsigned long seed = 12345;

static unsigned long next_random(void)
{
    seed = seed * 6364136223846793005UL + 1442695040888963407UL;
    return seed >> 33;
}

static void test_qsort(void)
{
    static int a[5000];
    const char *words[] = { "pear", "apple", "fig", "banana", "cherry", "apple", "date", "" };
    int n, i, sorted, key, *found;

    for (n = 0; n <= 5000; n = n < 20 ? n + 1 : n * 3) {
        for (i = 0; i < n; i++)
            a[i] = (int)(next_random() % (n % 3 == 0 ? 10 : 100000)) - 50;
        qsort(a, (size_t)n, sizeof(int), compare_ints);
        sorted = 1;
        for (i = 1; i < n; i++)
            if (a[i - 1] > a[i])
                sorted = 0;
        printf("qsort n=%d sorted=%d first=%d last=%d\n", n, sorted, n ? a[0] : 0, n ? a[n - 1] : 0);
        if (n > 0) {
            key = a[n / 2];
            found = bsearch(&key, a, (size_t)n, sizeof(int), compare_ints);
            printf("bsearch found=%d\n", found != NULL && *found == key);
            key = 1000000;
            printf("bsearch missing=%d\n", bsearch(&key, a, (size_t)n, sizeof(int), compare_ints) == NULL);
        }
    }
    qsort(words, 8, sizeof(char *), compare_strings);
    for (i = 0; i < 8; i++)
        printf("[%s]", words[i]);
    printf("\n");
}

static void test_malloc(void)
{
    static char *blocks[1000];
    static size_t sizes[1000];
    size_t i, j, k, size;
    int ok = 1, aligned = 1;
    char *p;

    for (k = 0; k < 20000; k++) {
        i = next_random() % 1000;
        if (blocks[i] != NULL) {
            for (j = 0; j < sizes[i]; j++)
                if (blocks[i][j] != (char)(i + j))
                    ok = 0;
            if (next_random() % 2) {
                free(blocks[i]);
                blocks[i] = NULL;
                continue;
            }
            size = next_random() % (next_random() % 10 == 0 ? 100000 : 300);
            p = realloc(blocks[i], size);
            for (j = 0; j < sizes[i] && j < size; j++)
                if (p[j] != (char)(i + j))
                    ok = 0;
        } else {
            size = next_random() % (next_random() % 10 == 0 ? 100000 : 300);
            p = next_random() % 4 == 0 ? calloc(size, 1) : malloc(size);
        }
        if (p == NULL && size != 0)
            ok = 0;
        if (((unsigned long)p & 15) != 0)
            aligned = 0;
        for (j = 0; j < size; j++)
            p[j] = (char)(i + j);
        blocks[i] = p;
        sizes[i] = size;
    }
    for (i = 0; i < 1000; i++)
        free(blocks[i]);
    printf("malloc stress ok=%d aligned=%d\n", ok, aligned);
    p = calloc(100, 100);
    for (j = 0; j < 10000; j++)
        if (p[j] != 0)
            ok = 0;
    free(p);
    printf("calloc zero ok=%d\n", ok);
}

/*
 * strlen at every alignment and length around a word, and of a string that ends
 * at the end of a page followed by one it may not read.
 */
static void test_strlen(void)
{
    static char buf[96];
    size_t off, len, bad = 0;
    char *pages;

    memset(buf, 'x', sizeof buf);
    for (off = 0; off < 16; off++)
        for (len = 0; len < 40; len++) {
            buf[off + len] = '\0';
            if (strlen(buf + off) != len)
                bad++;
            buf[off + len] = 'x';
        }
    pages = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    mprotect(pages + 4096, 4096, PROT_NONE);
    strcpy(pages + 4093, "ab");
    printf("strlen: %zu wrong, %zu at the end of a page\n", bad, strlen(pages + 4093));
    munmap(pages, 8192);
}

static void test_strings(void)
{
    char buf[64], *tok, *save;
    char text[] = "  alpha, beta,,gamma  ";

    strcpy(buf, "hello");
    strcat(buf, " world");
    printf("%s %zu %d %d %d\n", buf, strlen(buf), strcmp("abc", "abd") < 0, strncmp("abcx", "abcy", 3),
           memcmp("ab", "ac", 2) < 0);
    printf("%s|%s|%s\n", strchr(buf, 'o'), strrchr(buf, 'o'), strstr(buf, "wor"));
    printf("%zu %zu %s\n", strspn("aabbc", "ab"), strcspn("hello", "lo"), strpbrk("hello", "lo"));
    memmove(buf + 2, buf, 5);
    printf("%s\n", buf);
    strncpy(buf, "xy", 5);
    printf("%s %d\n", buf, buf[4]);
    for (tok = strtok(text, " ,"); tok != NULL; tok = strtok(NULL, " ,"))
        printf("<%s>", tok);
    printf("\n");
    strcpy(buf, "a:b::c");
    for (tok = strtok_r(buf, ":", &save); tok != NULL; tok = strtok_r(NULL, ":", &save))
        printf("<%s>", tok);
    printf("\n");
    tok = strdup("duplicate");
    printf("%s ", tok);
    free(tok);
    tok = strndup("duplicate", 3);
    printf("%s\n", tok);
    free(tok);
    printf("%d %d %d %d %c %c\n", isalpha('a') != 0, isdigit('5') != 0, isspace('\t') != 0, isupper('a'),
           toupper('q'), tolower('Q'));
    printf("%s|%s|%s\n", strerror(ENOENT), strerror(EFAULT), strerror(ENOSYS));
    printf("%d %ld %d %d\n", atoi("  -123abc"), atol("9999999999"), abs(-5), atoi(""));
}

int main(void)
{
    static const char *const cases[] = {
        "0", "123", "-123", "+42", "  7", "\t\n 8x", "0x1f", "0X1F", "0x", "0xg", "012", "08", "09",
        "zz", "ZZ", "", "-", "+", " - 5", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "18446744073709551615",
        "18446744073709551616", "99999999999999999999999", "-1", "1e5", "0b101", "777",
    };
    static const int bases[] = { 10, 0, 16, 8, 2, 36 };
    unsigned i, j;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        for (j = 0; j < sizeof(bases) / sizeof(bases[0]); j++)
            show_strtol(cases[i], bases[j]);
    show_bad_base("123", 1);
    show_bad_base("123", 37);
    show_bad_base("123", -2);
    test_qsort();
    test_malloc();
    test_strings();
    test_strlen();
    return 0;
}
