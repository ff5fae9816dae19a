/*
 * mv SOURCE DEST, or mv SOURCE... DIRECTORY: rename files (within one file system).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/stat.h>

static const char *last_component(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash != NULL ? slash + 1 : path;
}

static int move(const char *from, const char *to)
{
    if (rename(from, to) == 0)
        return 0;
    fprintf(stderr, "mv: cannot move '%s' to '%s': %s\n", from, to, strerror(errno));
    return 1;
}

int main(int argc, char **argv)
{
    struct stat st;
    const char *dest;
    char *target;
    int i, status = 0;

    if (argc < 3) {
        fprintf(stderr, "usage: mv SOURCE DEST | mv SOURCE... DIRECTORY\n");
        return 1;
    }
    dest = argv[argc - 1];
    if (stat(dest, &st) == 0 && S_ISDIR(st.st_mode)) {
        for (i = 1; i < argc - 1; i++) {
            target = malloc(strlen(dest) + strlen(argv[i]) + 2);
            if (target == NULL)
                return 1;
            sprintf(target, "%s/%s", dest, last_component(argv[i]));
            status |= move(argv[i], target);
            free(target);
        }
        return status;
    }
    if (argc > 3) {
        fprintf(stderr, "mv: target '%s' is not a directory\n", dest);
        return 1;
    }
    return move(argv[1], dest);
}
