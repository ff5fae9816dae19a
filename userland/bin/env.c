/*
 * env [-i] [NAME=VALUE...] [COMMAND [ARG...]]: print the environment, or run
 * COMMAND in a modified one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>

int main(int argc, char **argv)
{
    static char *empty[1];
    char **e;
    char *eq;
    int i = 1;

    if (i < argc && (strcmp(argv[i], "-i") == 0 || strcmp(argv[i], "-") == 0)) {
        environ = empty;
        i++;
    }
    for (; i < argc && (eq = strchr(argv[i], '=')) != NULL; i++) {
        *eq = '\0';
        setenv(argv[i], eq + 1, 1);
        *eq = '=';
    }
    if (i < argc) {
        execvp(argv[i], argv + i);
        fprintf(stderr, "env: '%s': %s\n", argv[i], strerror(errno));
        return errno == ENOENT ? 127 : 126;
    }
    for (e = environ; *e != NULL; e++)
        puts(*e);
    return 0;
}
