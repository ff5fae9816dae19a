/*
 * umount [-l] [-f] DIR...: unmount what is mounted on each DIR (-l: now, though busy,
 * the file system going when no longer used; -f: forced), as util-linux's umount.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    int c, flags = 0, status = 0;

    while ((c = getopt(argc, argv, "lf")) != -1) {
        if (c == 'l')
            flags |= MNT_DETACH;
        else if (c == 'f')
            flags |= MNT_FORCE;
        else
            return 1;
    }
    if (optind == argc) {
        fprintf(stderr, "usage: umount [-l] [-f] DIR...\n");
        return 1;
    }
    for (; optind < argc; optind++) {
        if (umount2(argv[optind], flags) != 0) {
            fprintf(stderr, "umount: %s: %s\n", argv[optind], strerror(errno));
            status = 32;
        }
    }
    return status;
}
