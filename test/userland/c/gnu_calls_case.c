/*
 * Small library calls real code reaches for (crypto code clears keys with explicit_bzero,
 * bit tricks use ffsl/ffsll, event loops sleep with clock_nanosleep, shells reap with
 * wait3, and anything that might run set-user-ID reads its settings with secure_getenv),
 * and a printf between a failing call and perror keeps errno.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(void) {
    /* stdio's first look at stdout (is it a terminal?) must not leave ENOTTY behind for perror. */
    errno = ENOENT;
    printf("first output\n");
    printf("errno kept %d\n", errno == ENOENT);
    errno = 0;

    char key[16];
    memset(key, 0xa5, sizeof key);
    explicit_bzero(key, sizeof key - 1);
    printf("cleared %d %d %d\n", key[0], key[14], key[15] & 0xff);

    printf("ffs %d %d %d %d %d\n", ffsl(0), ffsl(1L << 40), ffsl(-1L), ffsll(1LL << 63), ffsll(0x300));

    struct timespec nap = {0, 1000000};
    printf("nanosleep %d\n", clock_nanosleep(CLOCK_MONOTONIC, 0, &nap, NULL));
    struct timespec past = {0, 0};
    printf("absolute past %d\n", clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &past, NULL));
    printf("bad clock %d (errno untouched: %d)\n", clock_nanosleep(12345, 0, &nap, NULL) == EINVAL, errno);

    pid_t child = fork();
    if (child == 0)
        _exit(7);
    int status = 0;
    struct rusage usage;
    pid_t got = wait3(&status, 0, &usage);
    printf("wait3 %d exited %d code %d\n", got == child, WIFEXITED(status), WEXITSTATUS(status));

    setenv("RW_SETTING", "on", 1);
    const char *v = secure_getenv("RW_SETTING");
    printf("secure_getenv %s %s\n", v ? v : "(null)", secure_getenv("RW_NOT_SET") ? "set" : "(null)");
    return 0;
}
