/*
 * rm [-f] [-r] FILE...: remove files (-r: directories and their contents too).
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/stat.h>

static int force, recursive;

static int remove_path(const char *path)
{
    struct stat st;
    DIR *d;
    struct dirent *e;
    char *child;
    int status = 0;

    if (lstat(path, &st) < 0) {
        if (force && errno == ENOENT)
            return 0;
        fprintf(stderr, "rm: cannot remove '%s': %s\n", path, strerror(errno));
        return 1;
    }
    if (!S_ISDIR(st.st_mode)) {
        if (unlink(path) == 0)
            return 0;
        fprintf(stderr, "rm: cannot remove '%s': %s\n", path, strerror(errno));
        return 1;
    }
    if (!recursive) {
        fprintf(stderr, "rm: cannot remove '%s': Is a directory\n", path);
        return 1;
    }
    d = opendir(path);
    if (d == NULL) {
        fprintf(stderr, "rm: cannot remove '%s': %s\n", path, strerror(errno));
        return 1;
    }
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        child = malloc(strlen(path) + strlen(e->d_name) + 2);
        if (child == NULL)
            return 1;
        sprintf(child, "%s/%s", path, e->d_name);
        status |= remove_path(child);
        free(child);
    }
    closedir(d);
    if (rmdir(path) < 0) {
        fprintf(stderr, "rm: cannot remove '%s': %s\n", path, strerror(errno));
        return 1;
    }
    return status;
}

int main(int argc, char **argv)
{
    int i = 1, status = 0;
    const char *p;

    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        for (p = argv[i] + 1; *p; p++) {
            if (*p == 'f')
                force = 1;
            else if (*p == 'r' || *p == 'R')
                recursive = 1;
            else {
                fprintf(stderr, "rm: invalid option -- '%c'\n", *p);
                return 1;
            }
        }
    }
    if (i >= argc && !force) {
        fprintf(stderr, "rm: missing operand\n");
        return 1;
    }
    for (; i < argc; i++)
        status |= remove_path(argv[i]);
    return status;
}
