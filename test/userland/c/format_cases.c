/*
 * More of the library against glibc: printf's %a, %L, %m, %ls and huge
 * precisions; ctype's return values; every strerror message; the GNU string
 * extras; strftime/mktime; wide characters; sigsetjmp; temporary files and
 * freopen. argv[1] is a scratch file name.
 */
#define _GNU_SOURCE     /* memrchr, mempcpy, strchrnul... in glibc's headers */
#include <ctype.h>
#include <errno.h>
#include <locale.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <wchar.h>

static void printf_extras(void)
{
    char buf[16];
    int r;

    printf("[%a] [%A] [%.3a] [%a] [%a] [%a] [%.0a] [%#a] [%20a] [%-+20.2a] [%.1a]\n", 1.0, -255.5, 3.14159, 0.0,
           1e-320, 2.5e300, 1.5, 1.0, 0.1, 0.1, 1.96875);
    /* The 0 flag pads between the sign and "0x" and the digits. */
    printf("[%020a] [%-+12a] [%+012.2A] [%010a] [% 08a] [%020La]\n", 1e21, 1.5, -2.75, -0.0, 1.0, 3.0L);
    printf("[%La] [%Lf] [%Le] [%Lg] [%10.3Lf] [%Lf] [%.3La]\n", 1.5L, (long double)2.5, (long double)1e100,
           (long double)0.1, (long double)-3.25, (long double)1e30, (long double)0.1);
    errno = ENOENT;
    printf("[%m] [%10.6m]\n");
    printf("[%lc] [%ls] [%5lc] [%-6ls|] [%.2ls] [%C%S]\n", (wint_t)'x', L"wide", (wint_t)'y', L"ab", L"abc",
           (wint_t)'!', L"?");
    printf("[%.1200f]\n[%.1105e]\n", 1.0, 0.5);
    r = snprintf(buf, 5, "%d-%s", 123456, "abc");
    printf("snprintf %d [%s] %d\n", r, buf, snprintf(NULL, 0, "%g", 1e100));
    printf("[%qd] [%Lg] [%hhx] [%jd]\n", 1234567890123LL, (long double)1e-5, 0x1ff, (long long)-1);
}

static void character_classes(void)
{
    static const int cs[] = { 'a', 'Z', '5', ' ', '\t', '!', 127, 200, -1, -56, '\n', 'f', 0 };
    unsigned i;

    for (i = 0; i < sizeof(cs) / sizeof(cs[0]); i++) {
        int c = cs[i];
        printf("%d: %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d\n", c, isalpha(c), isdigit(c), isalnum(c),
               isspace(c), isupper(c), islower(c), isxdigit(c), isprint(c), isgraph(c), ispunct(c),
               iscntrl(c), isblank(c), isascii(c), toupper(c), tolower(c));
    }
}

static void messages(void)
{
    int i;

    for (i = 0; i < 134; i++)
        printf("%d %s\n", i, strerror(i));
    /* One call per statement: strerror's buffer for unknown numbers is shared. */
    printf("%s | ", strerror(-1));
    printf("%s\n", strerror(1000));
    for (i = 30; i < 66; i++)
        printf("%d %s\n", i, strsignal(i));
}

static void string_extras(void)
{
    char buf[64], *s, *tok;
    const char text[] = "alpha,beta,,gamma";

    printf("memrchr %s mempcpy %d memmem %s\n", (char *)memrchr("abcabc", 'b', 6),
           (int)((char *)mempcpy(buf, "hello", 5) - buf), (char *)memmem("haystack", 8, "st", 2));
    printf("stpcpy %d stpncpy %d strchrnul [%s] strcasestr %s\n", (int)(stpcpy(buf, "abc") - buf),
           (int)(stpncpy(buf, "xy", 5) - buf), strchrnul("abc", 'z'), strcasestr("Hello World", "WORLD"));
    strcpy(buf, text);
    s = buf;
    while ((tok = strsep(&s, ",")) != NULL)
        printf("[%s]", tok);
    printf(" index %s rindex %s ffs %d %d\n", index("banana", 'n'), rindex("banana", 'n'), ffs(0x50), ffs(0));
    printf("strcmp %d %d strncmp %d memcmp %d strcasecmp %d strncasecmp %d\n", strcmp("apple", "apricot"),
           strcmp("a", "\xff"), strncmp("abc", "abd", 3), memcmp("\x01", "\xfe", 1), strcasecmp("ABC", "abd"),
           strncasecmp("HeLLo", "help", 3));
}

static void times(void)
{
    static const time_t ts[] = { 0, 951782400, 1234567890, -86400 * 366L, 2147483647, 1483142400, 1609459200 };
    char buf[200];
    struct tm t;
    unsigned i;

    for (i = 0; i < sizeof(ts) / sizeof(ts[0]); i++) {
        strftime(buf, sizeof(buf), "%a %A %b %B %C %d %D %e %F %g %G %H %I %j %k %l %m %M %p %r %R %S %T %u %U %V %w %W %x %X %y %Y %% %-d %_m %s",
                 gmtime(&ts[i]));
        printf("%ld: %s | %s", (long)ts[i], buf, asctime(gmtime(&ts[i])));
        t = *gmtime(&ts[i]);
        t.tm_mday += 40;
        t.tm_hour -= 30;
        printf("  timegm %ld %d-%d-%d %d wday %d yday %d\n", (long)timegm(&t), t.tm_year, t.tm_mon, t.tm_mday,
               t.tm_hour, t.tm_wday, t.tm_yday);
    }
    printf("strftime too small: %d, difftime %g\n", (int)strftime(buf, 5, "%Y-%m-%d", gmtime(&ts[0])),
           difftime(ts[2], ts[1]));
}

static void wide(void)
{
    static const wchar_t hello[] = L"hello";
    wchar_t w[16];
    char mb[32];
    size_t n;

    printf("C locale: %d MB_CUR_MAX %d |", (int)mbstowcs(w, "h\xc3\xa9llo", 16), (int)MB_CUR_MAX);
    setlocale(LC_ALL, "C.UTF-8");
    n = mbstowcs(w, "h\xc3\xa9llo", 16);
    printf("mbstowcs %d %d %d wcslen %d", (int)n, (int)w[0], (int)w[1], (int)wcslen(w));
    n = wcstombs(mb, L"abc", sizeof(mb));
    printf(" wcstombs %d [%s] wcscmp %d wcschr %d\n", (int)n, mb, wcscmp(L"abc", L"abd"), (int)(wcschr(hello, 'l') - hello));
    printf("MB_CUR_MAX %d setlocale %s decimal [%s]\n", (int)MB_CUR_MAX, setlocale(LC_ALL, NULL),
           localeconv()->decimal_point);
    setlocale(LC_ALL, "C");
}

static sigjmp_buf jump;

static void on_signal(int sig)
{
    siglongjmp(jump, sig);
}

static void jumps(void)
{
    volatile int rounds = 0;
    int r;

    signal(SIGUSR1, on_signal);
    /* The mask saved by sigsetjmp is restored: SIGUSR1 is not left blocked. */
    if ((r = sigsetjmp(jump, 1)) != 0)
        printf("back from handler %d (round %d)\n", r, rounds);
    if (++rounds <= 3)
        raise(SIGUSR1);
}

static void files(const char *scratch)
{
    FILE *f = tmpfile();
    char line[64];
    fpos_t pos;

    fputs("first line\nsecond line\n", f);
    rewind(f);
    fgets(line, sizeof(line), f);
    fgetpos(f, &pos);
    fgets(line, sizeof(line), f);
    printf("tmpfile second [%s]", line);
    fsetpos(f, &pos);
    printf("again [%c] ftell %ld\n", fgetc(f), ftell(f));
    fclose(f);
    f = fopen(scratch, "w");
    fprintf(f, "via freopen\n");
    fclose(f);
    if (freopen(scratch, "r", stdin) != NULL && fgets(line, sizeof(line), stdin) != NULL)
        printf("stdin now [%s]", line);
    f = fopen(scratch, "wx");
    printf("fopen wx on an existing file: %s (%s)\n", f == NULL ? "refused" : "opened", strerror(errno));
    remove(scratch);
}

int main(int argc, char **argv)
{
    printf_extras();
    character_classes();
    messages();
    string_extras();
    times();
    wide();
    jumps();
    files(argc > 1 ? argv[1] : "format_cases.tmp");
    return 0;
}
