/*
 * touch FILE...: create empty files that do not exist yet.
 * (Existing files are left alone: there is no utimensat here.)
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>

int main(int argc, char **argv)
{
    int i, fd, status = 0;

    if (argc < 2) {
        fprintf(stderr, "touch: missing file operand\n");
        return 1;
    }
    for (i = 1; i < argc; i++) {
        fd = open(argv[i], O_WRONLY | O_CREAT | O_NOCTTY, 0666);
        if (fd < 0) {
            fprintf(stderr, "touch: cannot touch '%s': %s\n", argv[i], strerror(errno));
            status = 1;
            continue;
        }
        close(fd);
    }
    return status;
}
