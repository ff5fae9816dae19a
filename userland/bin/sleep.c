/*
 * sleep SECONDS: pause. SECONDS may have a fraction (0.5) and an s/m/h/d suffix.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>
#include <errno.h>

int main(int argc, char **argv)
{
    struct timespec ts;
    double seconds = 0, v;
    char *end;
    int i;

    if (argc < 2) {
        fprintf(stderr, "sleep: missing operand\n");
        return 1;
    }
    for (i = 1; i < argc; i++) {
        v = strtod(argv[i], &end);
        if (end == argv[i] || v < 0 || (end[0] != '\0' && end[1] != '\0')) {
            fprintf(stderr, "sleep: invalid time interval '%s'\n", argv[i]);
            return 1;
        }
        switch (*end) {
        case '\0': case 's': break;
        case 'm': v *= 60; break;
        case 'h': v *= 3600; break;
        case 'd': v *= 86400; break;
        default:
            fprintf(stderr, "sleep: invalid time interval '%s'\n", argv[i]);
            return 1;
        }
        seconds += v;
    }
    ts.tv_sec = (time_t)seconds;
    ts.tv_nsec = (long)((seconds - (double)ts.tv_sec) * 1e9);
    /* A signal may cut the sleep short: sleep for what is left. */
    while (nanosleep(&ts, &ts) < 0) {
        if (errno != EINTR) {
            fprintf(stderr, "sleep: cannot read realtime clock: %s\n", strerror(errno));
            return 1;
        }
    }
    return 0;
}
