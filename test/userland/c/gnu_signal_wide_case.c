/*
 * Functions a glibc program may call that our libc lacked: synchronous signal
 * waits and sigqueue, glibc's sigset operations, the remaining *_unlocked
 * stdio forms, wctype/wctrans by name, sincos/drem/significand, a64l/l64a,
 * mbsnrtowcs/wcsnrtombs, ctermid, tmpnam_r and the GNU working-directory calls.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <time.h>
#include <errno.h>
#include <math.h>
#include <wchar.h>
#include <wctype.h>
#include <locale.h>

static void signal_waits(void)
{
    sigset_t set, a, b, c;
    siginfo_t info;
    union sigval value;
    struct timespec brief = { 0, 1000000 };
    int sig = 0, r;

    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGRTMIN);
    sigprocmask(SIG_BLOCK, &set, NULL);
    kill(getpid(), SIGUSR1);
    r = sigwait(&set, &sig);
    printf("sigwait %d signal %d\n", r, sig);
    value.sival_int = 77;
    r = sigqueue(getpid(), SIGRTMIN, value);
    printf("sigqueue %d", r);
    r = sigwaitinfo(&set, &info);
    printf(", waited %d code %d value %d from self %d\n", r == SIGRTMIN, info.si_code, info.si_value.sival_int,
           info.si_pid == getpid());
    errno = 0;
    r = sigtimedwait(&set, &info, &brief);
    printf("nothing pending: %d %s\n", r, errno == EAGAIN ? "EAGAIN" : "other");
    sigemptyset(&a);
    sigemptyset(&b);
    sigaddset(&a, SIGHUP);
    sigaddset(&b, SIGHUP);
    sigaddset(&b, SIGINT);
    sigandset(&c, &a, &b);
    printf("and: %d %d;", sigismember(&c, SIGHUP), sigismember(&c, SIGINT));
    sigorset(&c, &a, &b);
    printf(" or: %d %d; empty %d", sigismember(&c, SIGHUP), sigismember(&c, SIGINT), sigisemptyset(&c));
    sigemptyset(&c);
    printf(" %d\n", sigisemptyset(&c));
}

static void unlocked_stdio(void)
{
    char line[32];
    FILE *f = tmpfile();
    size_t n;

    fputs_unlocked("two words\n", f);
    fwrite_unlocked("tail", 1, 4, f);
    fflush_unlocked(f);
    rewind(f);
    fgets_unlocked(line, sizeof line, f);
    printf("unlocked: %s", line);
    n = fread_unlocked(line, 1, sizeof line, f);
    printf("read %zu, eof %d error %d fd>2 %d\n", n, feof_unlocked(f) != 0, ferror_unlocked(f), fileno_unlocked(f) > 2);
    clearerr_unlocked(f);
    printf("cleared eof %d\n", feof_unlocked(f));
    fclose(f);
}

static void names_and_numbers(void)
{
    static const long values[] = { 0, 1, 63, 64, 123456789, 0x7fffffff, -1 };
    double s, c;
    unsigned i;

    printf("iswctype digit: %d %d, unknown class %d, toupper %lc, unknown mapping %d\n",
           iswctype(L'7', wctype("digit")) != 0, iswctype(L'x', wctype("digit")) != 0, (int)wctype("nope"),
           (wint_t)towctrans(L'q', wctrans("toupper")), wctrans("nope") == NULL);
    for (i = 0; i < 4; i++) {
        sincos(i * 0.9 - 1.2, &s, &c);
        printf("sincos %.17g %.17g drem %g significand %g\n", s, c, drem(i * 2.5, 2.0), significand(i * 1000.0 + 3));
    }
    for (i = 0; i < sizeof values / sizeof values[0]; i++)
        printf("l64a [%s] back %ld\n", l64a(values[i]), a64l(l64a(values[i])));
    printf("a64l stops at 6 digits: %ld\n", a64l("zzzzzzzz"));
}

static void wide_conversions(void)
{
    const char *src = "h\xc3\xa9llo w\xc3\xb6rld";
    const wchar_t *wsrc = L"abc\u00e9def";
    wchar_t wide[32];
    char narrow[32];
    mbstate_t st;
    size_t n;

    setlocale(LC_CTYPE, "C.UTF-8");
    memset(&st, 0, sizeof st);
    n = mbsnrtowcs(wide, &src, 3, 32, &st);
    printf("mbsnrtowcs %zu %lc rest [%s]\n", n, wide[1], src);
    memset(&st, 0, sizeof st);
    src = "h\xc3\xa9";
    n = mbsnrtowcs(wide, &src, 2, 32, &st);
    printf("cut short: %zu, waiting %d\n", n, !mbsinit(&st));
    memset(&st, 0, sizeof st);
    n = wcsnrtombs(narrow, &wsrc, 4, sizeof narrow, &st);
    narrow[n] = '\0';
    printf("wcsnrtombs %zu [%s] rest [%ls]\n", n, narrow, wsrc);
    setlocale(LC_CTYPE, "C");
}

static void paths(void)
{
    char term[L_ctermid], name[L_tmpnam], buf[4096];
    char *dir = get_current_dir_name(), *canon = canonicalize_file_name("/tmp/../tmp/./");

    printf("ctermid %s %s\n", ctermid(NULL), ctermid(term));
    printf("tmpnam_r %d, NULL %d\n", tmpnam_r(name) == name && strncmp(name, "/tmp/", 5) == 0, tmpnam_r(NULL) == NULL);
    printf("cwd agree %d %d\n", strcmp(dir, getcwd(buf, sizeof buf)) == 0, getwd(buf) == buf && strcmp(buf, dir) == 0);
    printf("canonical %s, missing %d\n", canon, canonicalize_file_name("/no/such/place") == NULL);
    free(dir);
    free(canon);
}

int main(void)
{
    signal_waits();
    unlocked_stdio();
    names_and_numbers();
    wide_conversions();
    paths();
    return 0;
}
