/*
 * dmesg [-c] [-r] [-n LEVEL]: print the kernel log.
 *
 * Like busybox's dmesg: ask syslog(2) for the buffer size (action 10), read
 * the whole log (action 3, or 4 to clear it too with -c). The kernel hands
 * out lines "<N>[    S.UUUUUU] text"; unless -r (raw) we drop the "<N>".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/klog.h>

static void usage(void)
{
    fprintf(stderr, "usage: dmesg [-c] [-r] [-n LEVEL]\n");
}

/* Write the log without the "<N>" priority at the start of each line. */
static void print_pretty(const char *buf, int len)
{
    int i = 0, start;

    while (i < len) {
        if (buf[i] == '<') {
            start = i++;
            while (i < len && buf[i] >= '0' && buf[i] <= '9')
                i++;
            /* Not a priority after all: print it as text. */
            if (i >= len || buf[i] != '>' || i == start + 1)
                i = start;
            else
                i++;
        }
        start = i;
        while (i < len && buf[i] != '\n')
            i++;
        if (i < len)
            i++;
        fwrite(buf + start, 1, (size_t)(i - start), stdout);
    }
    if (len > 0 && buf[len - 1] != '\n')
        putchar('\n');
}

int main(int argc, char **argv)
{
    int clear = 0, raw = 0, level = -1, size, len, i;
    char *buf, *end;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-c") == 0) {
            clear = 1;
        } else if (strcmp(argv[i], "-r") == 0) {
            raw = 1;
        } else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc) {
            level = (int)strtol(argv[++i], &end, 10);
            if (*end != '\0') {
                usage();
                return 1;
            }
        } else {
            usage();
            return 1;
        }
    }
    if (level >= 0) {
        if (klogctl(SYSLOG_ACTION_CONSOLE_LEVEL, NULL, level) < 0) {
            fprintf(stderr, "dmesg: klogctl: %s\n", strerror(errno));
            return 1;
        }
        return 0;
    }
    size = klogctl(SYSLOG_ACTION_SIZE_BUFFER, NULL, 0);
    if (size < 16 * 1024)
        size = 16 * 1024;
    if (size > 16 * 1024 * 1024)
        size = 16 * 1024 * 1024;
    buf = malloc((size_t)size);
    if (buf == NULL) {
        fprintf(stderr, "dmesg: out of memory\n");
        return 1;
    }
    len = klogctl(clear ? SYSLOG_ACTION_READ_CLEAR : SYSLOG_ACTION_READ_ALL, buf, size);
    if (len < 0) {
        fprintf(stderr, "dmesg: klogctl: %s\n", strerror(errno));
        return 1;
    }
    if (raw) {
        fwrite(buf, 1, (size_t)len, stdout);
        if (len > 0 && buf[len - 1] != '\n')
            putchar('\n');
    } else {
        print_pretty(buf, len);
    }
    return 0;
}
