#ifndef _GETOPT_H
#define _GETOPT_H

#include <unistd.h>

/* As in glibc's <getopt.h>, the POSIX part is declared here too. */
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int argc, char *const argv[], const char *optstring);

struct option {
    const char *name;
    int has_arg;        /* no_argument, required_argument or optional_argument */
    int *flag;          /* if not NULL, *flag = val and getopt_long returns 0 */
    int val;
};

#define no_argument 0
#define required_argument 1
#define optional_argument 2

int getopt_long(int argc, char *const argv[], const char *optstring,
                const struct option *longopts, int *longindex);
int getopt_long_only(int argc, char *const argv[], const char *optstring,
                     const struct option *longopts, int *longindex);

#endif
