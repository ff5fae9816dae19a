/*
 * Small <stdlib.h> pieces: abort, arithmetic, sorting and searching, temporary
 * names (random numbers: random.c).
 */
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <inttypes.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "libc.h"

void abort(void)
{
    sigset_t abrt;

    /* A handler of the program's runs first (C and POSIX), even if SIGABRT was blocked. */
    sigemptyset(&abrt);
    sigaddset(&abrt, SIGABRT);
    sigprocmask(SIG_UNBLOCK, &abrt, NULL);
    raise(SIGABRT);
    /* It returned, or SIGABRT is ignored: the default action ends us all the same. */
    signal(SIGABRT, SIG_DFL);
    raise(SIGABRT);
    _exit(127);
}

int abs(int x) { return x < 0 ? -x : x; }
long labs(long x) { return x < 0 ? -x : x; }
long long llabs(long long x) { return x < 0 ? -x : x; }

div_t div(int num, int den)
{
    div_t r;
    r.quot = num / den;
    r.rem = num % den;
    return r;
}

ldiv_t ldiv(long num, long den)
{
    ldiv_t r;
    r.quot = num / den;
    r.rem = num % den;
    return r;
}

lldiv_t lldiv(long long num, long long den)
{
    lldiv_t r;
    r.quot = num / den;
    r.rem = num % den;
    return r;
}

static void swap_bytes(char *a, char *b, size_t size)
{
    char t;

    while (size-- > 0) {
        t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

/*
 * Quicksort with a median-of-three pivot; recursion goes into the smaller
 * half so the stack stays O(log n). Short ranges use insertion sort.
 */
static void sort_range(char *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    size_t i, j, lo, hi;
    char *mid, *last;

    while (n > 8) {
        mid = base + (n / 2) * size;
        last = base + (n - 1) * size;
        if (cmp(mid, base) < 0)
            swap_bytes(mid, base, size);
        if (cmp(last, mid) < 0) {
            swap_bytes(last, mid, size);
            if (cmp(mid, base) < 0)
                swap_bytes(mid, base, size);
        }
        /* The pivot lives at base while we partition the rest (Hoare scheme). */
        swap_bytes(base, mid, size);
        lo = 1;
        hi = n - 1;
        for (;;) {
            while (lo <= hi && cmp(base + lo * size, base) < 0)
                lo++;
            while (hi >= lo && cmp(base + hi * size, base) > 0)
                hi--;
            if (lo >= hi)
                break;
            swap_bytes(base + lo * size, base + hi * size, size);
            lo++;
            hi--;
        }
        swap_bytes(base, base + (lo - 1) * size, size);
        /* Now [0, lo-1) <= pivot at lo-1 <= [lo, n). */
        if (lo - 1 < n - lo) {
            sort_range(base, lo - 1, size, cmp);
            base += lo * size;
            n -= lo;
        } else {
            sort_range(base + lo * size, n - lo, size, cmp);
            n = lo - 1;
        }
    }
    for (i = 1; i < n; i++)
        for (j = i; j > 0 && cmp(base + (j - 1) * size, base + j * size) > 0; j--)
            swap_bytes(base + (j - 1) * size, base + j * size, size);
}

/*
 * Element moves without a call to memcpy for the common sizes (int, long,
 * pointers): most of a sort's time besides the comparisons. The types say
 * the bytes may be anything and anywhere (may_alias, aligned(1)).
 */
typedef uint32_t __attribute__((__may_alias__, __aligned__(1))) word32;
typedef uint64_t __attribute__((__may_alias__, __aligned__(1))) word64;

static void move_element(char *dst, const char *src, size_t size)
{
    if (size == 4)
        *(word32 *)dst = *(const word32 *)src;
    else if (size == 8)
        *(word64 *)dst = *(const word64 *)src;
    else
        memcpy(dst, src, size);
}

/* Sort n elements of base stably, with tmp (room for n elements) as scratch. */
static void merge_sort(char *base, size_t n, size_t size, int (*cmp)(const void *, const void *), char *tmp)
{
    size_t n1 = n / 2;
    char *left, *right, *left_end, *end, *out;

    if (n < 2)
        return;
    left = base;
    left_end = right = base + n1 * size;
    end = base + n * size;
    merge_sort(left, n1, size, cmp, tmp);
    merge_sort(right, n - n1, size, cmp, tmp);
    /* Ties take from the left half first: equal elements keep their order. */
    out = tmp;
    while (left < left_end && right < end) {
        if (cmp(left, right) <= 0) {
            move_element(out, left, size);
            left += size;
        } else {
            move_element(out, right, size);
            right += size;
        }
        out += size;
    }
    /* What is left of the right half is in place already. */
    memcpy(out, left, (size_t)(left_end - left));
    out += left_end - left;
    memcpy(base, tmp, (size_t)(out - tmp));
}

/*
 * glibc sorts with a merge sort, which is stable, so programs that sort
 * records with equal keys print them in glibc's order. Without memory for
 * the scratch copy we fall back to the in-place quicksort.
 */
void qsort(void *base, size_t nmemb, size_t size, int (*cmp)(const void *, const void *))
{
    char *tmp;

    if (size == 0 || nmemb < 2)
        return;
    tmp = nmemb <= (size_t)-1 / size ? malloc(nmemb * size) : NULL;
    if (tmp == NULL) {
        sort_range(base, nmemb, size, cmp);
        return;
    }
    merge_sort(base, nmemb, size, cmp, tmp);
    free(tmp);
}

void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
              int (*cmp)(const void *, const void *))
{
    const char *p;
    size_t lo = 0, hi = nmemb, mid;
    int c;

    while (lo < hi) {
        mid = lo + (hi - lo) / 2;
        p = (const char *)base + mid * size;
        c = cmp(key, p);
        if (c == 0)
            return (void *)p;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/*
 * glibc's message, word for word. Like glibc, buffered stdout is not
 * flushed: abort() ends the program without it.
 */
void __assert_fail(const char *expr, const char *file, int line, const char *func)
{
    fprintf(stderr, "%s%s%s:%d: %s%sAssertion `%s' failed.\n", program_invocation_short_name,
            program_invocation_short_name[0] != '\0' ? ": " : "", file, line,
            func != NULL ? func : "", func != NULL ? ": " : "", expr);
    abort();
}

intmax_t imaxabs(intmax_t x) { return x < 0 ? -x : x; }

imaxdiv_t imaxdiv(intmax_t num, intmax_t den)
{
    imaxdiv_t r;
    r.quot = num / den;
    r.rem = num % den;
    return r;
}

/*
 * Replace the six X's before the template's last `suffix` bytes with letters and
 * digits until create() succeeds (or fails other than with EEXIST).
 */
static int fill_template(char *template, int suffix, int (*create)(const char *, int), int flags)
{
    static unsigned long counter;
    size_t len = strlen(template);
    char *x;
    unsigned long v;
    int i, tries, r;

    if (suffix < 0 || len < (size_t)suffix + 6 || strncmp(template + len - suffix - 6, "XXXXXX", 6) != 0) {
        errno = EINVAL;
        return -1;
    }
    x = template + len - suffix - 6;
    for (tries = 0; tries < 10000; tries++) {
        v = (unsigned long)getpid() * 7919 + counter++;
        for (i = 5; i >= 0; i--) {
            x[i] = "abcdefghijklmnopqrstuvwxyz0123456789"[v % 36];
            v /= 36;
        }
        r = create(template, flags);
        if (r >= 0 || errno != EEXIST)
            return r;
    }
    return -1;
}

static int create_file(const char *path, int flags)
{
    return open(path, O_RDWR | O_CREAT | O_EXCL | flags, 0600);
}

static int create_dir(const char *path, int flags)
{
    (void)flags;
    return mkdir(path, 0700);
}

/* mktemp only finds a name nobody uses yet: EEXIST while it exists, success once it does not. */
static int name_is_free(const char *path, int flags)
{
    struct stat st;

    (void)flags;
    if (lstat(path, &st) == 0) {
        errno = EEXIST;
        return -1;
    }
    return errno == ENOENT ? 0 : -1;
}

int mkstemp(char *template)
{
    return fill_template(template, 0, create_file, 0);
}

int mkostemp(char *template, int flags)
{
    return fill_template(template, 0, create_file, flags);
}

int mkstemps(char *template, int suffixlen)
{
    return fill_template(template, suffixlen, create_file, 0);
}

int mkostemps(char *template, int suffixlen, int flags)
{
    return fill_template(template, suffixlen, create_file, flags);
}

char *mkdtemp(char *template)
{
    return fill_template(template, 0, create_dir, 0) < 0 ? NULL : template;
}

/* Unsafe (the name may be taken before it is used), but old programs call it. */
char *mktemp(char *template)
{
    if (fill_template(template, 0, name_is_free, 0) < 0)
        template[0] = '\0';
    return template;
}

/* qsort with a context argument (GNU argument order), by insertion into the generic sort. */
static int (*qsort_r_cmp)(const void *, const void *, void *);
static void *qsort_r_arg;

static int qsort_r_trampoline(const void *a, const void *b)
{
    return qsort_r_cmp(a, b, qsort_r_arg);
}

void qsort_r(void *base, size_t nmemb, size_t size, int (*cmp)(const void *, const void *, void *), void *arg)
{
    int (*saved_cmp)(const void *, const void *, void *) = qsort_r_cmp;
    void *saved_arg = qsort_r_arg;

    /* Saved and restored, so a comparison that itself calls qsort_r still works. */
    qsort_r_cmp = cmp;
    qsort_r_arg = arg;
    qsort(base, nmemb, size, qsort_r_trampoline);
    qsort_r_cmp = saved_cmp;
    qsort_r_arg = saved_arg;
}
