/*
 * POSIX getopt: short options, clustering (-ab), arguments (-nVALUE or -n VALUE);
 * and GNU getopt_long for --long options.
 */
#include <unistd.h>
#include <string.h>
#include <stdio.h>
#include <getopt.h>

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

/*
 * getopt_long: "--name", "--name=value" and "--name value" (for a required
 * argument); everything else goes to getopt. Unambiguous prefixes are not
 * accepted: names must be written out.
 */
int getopt_long(int argc, char *const argv[], const char *optstring,
                const struct option *longopts, int *longindex)
{
    const char *arg, *eq;
    size_t len;
    int i;

    if (optind >= argc || next_char != 1)
        return getopt(argc, argv, optstring);
    arg = argv[optind];
    if (arg[0] != '-' || arg[1] != '-' || arg[2] == '\0')
        return getopt(argc, argv, optstring);
    arg += 2;
    eq = strchr(arg, '=');
    len = eq != NULL ? (size_t)(eq - arg) : strlen(arg);
    optarg = NULL;
    optind++;
    for (i = 0; longopts[i].name != NULL; i++) {
        if (strlen(longopts[i].name) != len || strncmp(longopts[i].name, arg, len) != 0)
            continue;
        if (longindex != NULL)
            *longindex = i;
        if (eq != NULL) {
            if (longopts[i].has_arg == no_argument) {
                if (opterr)
                    fprintf(stderr, "%s: option '--%s' doesn't allow an argument\n", argv[0], longopts[i].name);
                optopt = longopts[i].val;
                return '?';
            }
            optarg = (char *)eq + 1;
        } else if (longopts[i].has_arg == required_argument) {
            if (optind >= argc) {
                if (opterr)
                    fprintf(stderr, "%s: option '--%s' requires an argument\n", argv[0], longopts[i].name);
                optopt = longopts[i].val;
                return optstring[0] == ':' ? ':' : '?';
            }
            optarg = argv[optind++];
        }
        if (longopts[i].flag != NULL) {
            *longopts[i].flag = longopts[i].val;
            return 0;
        }
        return longopts[i].val;
    }
    if (opterr)
        fprintf(stderr, "%s: unrecognized option '--%.*s'\n", argv[0], (int)len, arg);
    optopt = 0;
    return '?';
}
