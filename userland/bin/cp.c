/*
 * cp SOURCE DEST, or cp SOURCE... DIRECTORY: copy files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>

static int copy_file(const char *from, const char *to)
{
    char buf[4096];
    struct stat st;
    ssize_t n, w, off;
    int in, out, status = 0;

    in = open(from, O_RDONLY);
    if (in < 0 || fstat(in, &st) < 0) {
        fprintf(stderr, "cp: cannot stat '%s': %s\n", from, strerror(errno));
        return 1;
    }
    if (S_ISDIR(st.st_mode)) {
        fprintf(stderr, "cp: -r not specified; omitting directory '%s'\n", from);
        close(in);
        return 1;
    }
    out = open(to, O_WRONLY | O_CREAT | O_TRUNC, st.st_mode & 0777);
    if (out < 0) {
        fprintf(stderr, "cp: cannot create regular file '%s': %s\n", to, strerror(errno));
        close(in);
        return 1;
    }
    while ((n = read(in, buf, sizeof(buf))) > 0) {
        for (off = 0; off < n; off += w) {
            w = write(out, buf + off, (size_t)(n - off));
            if (w < 0) {
                fprintf(stderr, "cp: error writing '%s': %s\n", to, strerror(errno));
                n = -1;
                break;
            }
        }
        if (n < 0)
            break;
    }
    if (n < 0)
        status = 1;
    close(in);
    close(out);
    return status;
}

/* The file name part of a path. */
static const char *last_component(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash != NULL ? slash + 1 : path;
}

int main(int argc, char **argv)
{
    struct stat st;
    const char *dest;
    char *target;
    int i, status = 0;

    if (argc < 3) {
        fprintf(stderr, "usage: cp SOURCE DEST | cp SOURCE... DIRECTORY\n");
        return 1;
    }
    dest = argv[argc - 1];
    if (stat(dest, &st) == 0 && S_ISDIR(st.st_mode)) {
        for (i = 1; i < argc - 1; i++) {
            target = malloc(strlen(dest) + strlen(argv[i]) + 2);
            if (target == NULL)
                return 1;
            sprintf(target, "%s/%s", dest, last_component(argv[i]));
            status |= copy_file(argv[i], target);
            free(target);
        }
        return status;
    }
    if (argc > 3) {
        fprintf(stderr, "cp: target '%s' is not a directory\n", dest);
        return 1;
    }
    return copy_file(argv[1], dest);
}
