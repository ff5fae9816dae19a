/*
 * mkdir [-p] DIR...: make directories (-p: with parents, no error if present).
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <sys/stat.h>

static int make_parents(char *path)
{
    char *p;
    struct stat st;

    for (p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(path, 0777) < 0 && errno != EEXIST) {
            *p = '/';
            return -1;
        }
        *p = '/';
    }
    if (mkdir(path, 0777) < 0) {
        if (errno == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            return 0;
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    int i = 1, parents = 0, status = 0, r;

    if (i < argc && strcmp(argv[i], "-p") == 0) {
        parents = 1;
        i++;
    }
    if (i >= argc) {
        fprintf(stderr, "mkdir: missing operand\n");
        return 1;
    }
    for (; i < argc; i++) {
        r = parents ? make_parents(argv[i]) : mkdir(argv[i], 0777);
        if (r < 0) {
            fprintf(stderr, "mkdir: cannot create directory '%s': %s\n", argv[i], strerror(errno));
            status = 1;
        }
    }
    return status;
}
