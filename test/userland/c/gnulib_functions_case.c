/* timespec_get, clock_settime, getdtablesize, siginterrupt, futimes/lutimes, close_range,
   ecvt/fcvt/gcvt and the C2x width macros. argv[1] is a scratch file name. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static void on_usr1(int sig)
{
    (void)sig;
}

int main(int argc, char **argv)
{
    const char *scratch = argc > 1 ? argv[1] : "/tmp/posix_extras_case";
    struct timespec ts, now;
    clock_gettime(CLOCK_REALTIME, &now);
    int r = timespec_get(&ts, TIME_UTC);
    printf("timespec_get %d sane %d\n", r, ts.tv_sec >= now.tv_sec && ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000);
    printf("timespec_get base 0: %d\n", timespec_get(&ts, 0));
    clock_gettime(CLOCK_MONOTONIC, &ts);
    errno = 0;
    r = clock_settime(CLOCK_MONOTONIC, &ts);
    printf("clock_settime(MONOTONIC) %d %s\n", r, strerror(errno));

    struct rlimit rl;
    getrlimit(RLIMIT_NOFILE, &rl);
    printf("getdtablesize is the soft limit: %d\n", getdtablesize() == (int)rl.rlim_cur);
    rl.rlim_cur = 77;
    setrlimit(RLIMIT_NOFILE, &rl);
    printf("after setrlimit 77: %d\n", getdtablesize());

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);
    printf("siginterrupt 0: %d", siginterrupt(SIGUSR1, 0));
    sigaction(SIGUSR1, NULL, &sa);
    printf(" restart %d", (sa.sa_flags & SA_RESTART) != 0);
    printf(" siginterrupt 1: %d", siginterrupt(SIGUSR1, 1));
    sigaction(SIGUSR1, NULL, &sa);
    printf(" restart %d", (sa.sa_flags & SA_RESTART) != 0);
    errno = 0;
    r = siginterrupt(0, 1);
    printf(" bad signal %d %s\n", r, strerror(errno));

    int fd = open(scratch, O_CREAT | O_WRONLY | O_TRUNC, 0644);
    struct timeval tv[2] = { { 1000000000, 250000 }, { 1200000000, 500000 } };
    printf("futimes %d", futimes(fd, tv));
    struct stat st;
    fstat(fd, &st);
    printf(" atime %lld.%09ld mtime %lld.%09ld\n", (long long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
           (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    tv[1].tv_usec = 1000000;
    errno = 0;
    r = futimes(fd, tv);
    printf("futimes usec 1000000: %d %s\n", r, strerror(errno));
    char link[300];
    snprintf(link, sizeof link, "%s.link", scratch);
    unlink(link);
    symlink(scratch, link);
    tv[1].tv_usec = 0;
    tv[0].tv_sec = 900000000;
    printf("lutimes %d", lutimes(link, tv));
    lstat(link, &st);
    printf(" link mtime %lld", (long long)st.st_mtim.tv_sec);
    stat(scratch, &st);
    printf(" target mtime %lld\n", (long long)st.st_mtim.tv_sec);
    unlink(link);
    close(fd);

    int fds[4];
    for (int i = 0; i < 4; i++)
        fds[i] = dup(1);
    printf("close_range %d", close_range(fds[1], fds[2], 0));
    for (int i = 0; i < 4; i++)
        printf(" fd%d %s", i, fcntl(fds[i], F_GETFD) == -1 ? "closed" : "open");
    printf("\n");
    errno = 0;
    r = close_range(10, 5, 0);
    printf("close_range backwards %d %s\n", r, strerror(errno));
    close(fds[0]);
    close(fds[3]);
    unlink(scratch);

    static const double values[] = { 0.0, -0.0, 1.0, 3.25, -3.25, 0.5, 0.05, 0.0001234, 123456789.0, 1e22,
                                     1e-310, 9.995, 99.5, 0.95, 123.456, 5e-324, 0.999999, 2.5, -1234.5678,
                                     INFINITY, -INFINITY, NAN };
    static const int ndigits[] = { 0, 1, 2, 3, 5, 10, 15, 17, 20 };
    for (unsigned i = 0; i < sizeof values / sizeof values[0]; i++) {
        for (unsigned j = 0; j < sizeof ndigits / sizeof ndigits[0]; j++) {
            int decpt = 0, sign = 0;
            char *s = ecvt(values[i], ndigits[j], &decpt, &sign);
            printf("%g %d: ecvt \"%s\" %d %d", values[i], ndigits[j], s, decpt, sign);
            s = fcvt(values[i], ndigits[j], &decpt, &sign);
            printf(" fcvt \"%s\" %d %d", s, decpt, sign);
            char buf[64];
            printf(" gcvt \"%s\"\n", gcvt(values[i], ndigits[j], buf));
        }
    }

    printf("limits: %d %d %d %d %d %d %d %d %d %d %d %d %d %d\n", WORD_BIT, LONG_BIT, CHAR_WIDTH, SCHAR_WIDTH,
           UCHAR_WIDTH, SHRT_WIDTH, USHRT_WIDTH, INT_WIDTH, UINT_WIDTH, LONG_WIDTH, ULONG_WIDTH, LLONG_WIDTH,
           ULLONG_WIDTH, BOOL_WIDTH);
    printf("stdint: %d %d %d %d %d %d %d %d\n", INT8_WIDTH, UINT16_WIDTH, INT32_WIDTH, UINT64_WIDTH,
           INT_LEAST8_WIDTH, UINT_LEAST64_WIDTH, INT_FAST8_WIDTH, UINT_FAST16_WIDTH);
    printf("stdint: %d %d %d %d %d %d %d %d %d\n", INTPTR_WIDTH, UINTPTR_WIDTH, INTMAX_WIDTH, UINTMAX_WIDTH,
           PTRDIFF_WIDTH, SIG_ATOMIC_WIDTH, SIZE_WIDTH, WCHAR_WIDTH, WINT_WIDTH);
    return 0;
}
