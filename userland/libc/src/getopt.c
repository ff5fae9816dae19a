/*
 * POSIX getopt: short options, clustering (-ab), arguments (-nVALUE or -n VALUE).
 */
#include <unistd.h>
#include <string.h>
#include <stdio.h>

char *optarg;
int optind = 1, opterr = 1, optopt;

static int next_char = 1; /* position inside a cluster like -abc */

int getopt(int argc, char *const argv[], const char *optstring)
{
    const char *arg, *spec;
    int c;

    optarg = NULL;
    if (optind >= argc)
        return -1;
    arg = argv[optind];
    if (next_char == 1) {
        if (arg[0] != '-' || arg[1] == '\0')
            return -1;
        if (strcmp(arg, "--") == 0) {
            optind++;
            return -1;
        }
    }
    c = (unsigned char)arg[next_char++];
    spec = c == ':' ? NULL : strchr(optstring, c);
    if (spec == NULL) {
        optopt = c;
        if (opterr && optstring[0] != ':')
            fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
        if (arg[next_char] == '\0') {
            optind++;
            next_char = 1;
        }
        return '?';
    }
    if (spec[1] == ':') {
        if (arg[next_char] != '\0') {
            optarg = (char *)arg + next_char;
        } else if (optind + 1 < argc) {
            optarg = argv[++optind];
        } else {
            optopt = c;
            optind++;
            next_char = 1;
            if (optstring[0] == ':')
                return ':';
            if (opterr)
                fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
            return '?';
        }
        optind++;
        next_char = 1;
        return c;
    }
    if (arg[next_char] == '\0') {
        optind++;
        next_char = 1;
    }
    return c;
}
