/*
 * Library behaviour that small published example programs (Rosetta Code's C
 * solutions) lean on, where our libc once differed from glibc.
 */
#include <errno.h>
#include <error.h>
#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>
#include <values.h>

/* POSIX's ' flag asks for the locale's digit grouping; the C locale has none,
   and the flag must not derail the arguments that follow. */
static void grouping_flag(void)
{
    setlocale(LC_ALL, "");
    printf("[%'d] [%'lu] [%'8ld] [%'.2f] [%-'6u|]\n", 1234567, 9876543210UL, -42L, 12345.678, 7u);
    printf("%'zu words, then %s\n", (size_t)1000000, "a string after");
}

/* System V's <values.h> names, which glibc still ships. */
static void values_names(void)
{
    printf("%d %d %d %d %d\n", (int)CHARBITS, (int)SHORTBITS, (int)INTBITS, (int)LONGBITS, BITSPERBYTE);
    printf("%d %ld %g %g %d %d\n", MAXINT, MINLONG, MAXDOUBLE, MINFLOAT, DMAXEXP, FMINEXP);
}

/* The exact long double operations keep all 64 significand bits (through double
   they lost 11), and nextafter steps by one unit of the type asked for. */
static void long_double_exact(void)
{
    const long double values[] = { 1.0L + 0x1p-60L, -(0x1p62L + 0.75L), -7.5L, 2.5L, -0.0L, LDBL_MAX, 0x1p-16440L };

    for (unsigned i = 0; i < sizeof values / sizeof values[0]; i++) {
        long double x = values[i], whole;
        int e;
        long double fraction = modfl(x, &whole), mantissa = frexpl(x, &e);

        printf("%La: |x| %La floor %La ceil %La trunc %La round %La rint %La\n",
               x, fabsl(x), floorl(x), ceill(x), truncl(x), roundl(x), rintl(x));
        printf("  modf %La %La frexp %La %d logb %La ldexp %La\n", fraction, whole, mantissa, e, logbl(x), ldexpl(x, -70));
        printf("  fmod %La remainder %La copysign %La min %La max %La dim %La\n", fmodl(x, 0.3L), remainderl(x, 0.3L),
               copysignl(x, -1.0L), fminl(x, 1.0L), fmaxl(x, 1.0L), fdiml(x, 1.0L));
        printf("  up %La down %La\n", nextafterl(x, INFINITY), nextafterl(x, -INFINITY));
    }
    printf("%La %La %a %a\n", nextafterl(0.0L, -1.0L), nextafterl(LDBL_MIN, 0), nextafterf(1.0f, 2.0f), nextafterf(FLT_MAX, INFINITY));
    printf("%a %a %a\n", nexttoward(1.0, 1.0L + 0x1p-60L), nexttoward(1.0, 1.0L), nexttowardf(1.0f, 0.5L));
}

/* The C95 and POSIX wide-string functions beyond the common ones. */
static void wide_strings(void)
{
    wchar_t text[] = L"one, two;;three  four", *save, *token, joined[32] = L"ab", *copy, padded[8];
    struct tm when = { .tm_year = 99, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23, .tm_min = 59, .tm_sec = 58, .tm_wday = 5, .tm_yday = 364 };
    wchar_t stamp[48];

    for (token = wcstok(text, L" ,;", &save); token != NULL; token = wcstok(NULL, L" ,;", &save))
        printf("<%ls>", token);
    wcsncat(joined, L"cdefg", 2);
    copy = wcsdup(joined);
    printf("\n%zu %zu %ls %ls %ls %d %d %d %zu\n", wcsspn(L"xxyz", L"xy"), wcscspn(L"rosetta", L"st"), wcspbrk(L"rosetta", L"te"),
           joined, copy, wcscoll(L"b", L"a"), wcscasecmp(L"MiXeD", L"mixed"), wcsncasecmp(L"abX", L"ABy", 2), wcsnlen(L"four", 9));
    free(copy);
    printf("%d %d\n", (int)(wcpcpy(padded, L"abc") - padded), (int)(wcpncpy(padded, L"z", 6) - padded));
    printf("%zu %ls\n", wcsftime(stamp, 48, L"%Y-%m-%d %H:%M:%S %a %j", &when), stamp);
    printf("%zu\n", wcsftime(stamp, 4, L"%Y-%m", &when));
}

static void fixed_name(void)
{
    fputs("prog: ", stderr);
}

/* GNU's error(): stdout first, "name: message: strerror", one report per line when asked,
   and a nonzero status exits. stderr goes to stdout here so the order shows. */
static void gnu_error(void)
{
    setvbuf(stdout, NULL, _IOFBF, 4096);
    dup2(1, 2);
    error_print_progname = fixed_name;
    printf("stdout comes first\n");
    error(0, ENOENT, "opening %s", "data.txt");
    error_at_line(0, 0, "input.c", 12, "bad token %d", 7);
    error_one_per_line = 1;
    error_at_line(0, EACCES, "input.c", 13, "once");
    error_at_line(0, 0, "input.c", 13, "twice, not shown");
    printf("%u messages\n", error_message_count);
    error(4, 0, "giving up");
    printf("not reached\n");
}

int main(void)
{
    grouping_flag();
    values_names();
    long_double_exact();
    wide_strings();
    gnu_error();
    return 0;
}
