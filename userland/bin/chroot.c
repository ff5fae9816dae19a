/*
 * chroot NEWROOT [COMMAND [ARG...]]: run COMMAND (default: /bin/sh -i) with NEWROOT as
 * its "/", as coreutils' chroot does: change to NEWROOT first, so that nothing of the
 * old tree stays reachable through the working directory.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    static char *shell[] = { "/bin/sh", "-i", NULL };
    char **command = argc > 2 ? argv + 2 : shell;

    if (argc < 2) {
        fprintf(stderr, "usage: chroot NEWROOT [COMMAND [ARG...]]\n");
        return 125;
    }
    if (chdir(argv[1]) != 0 || chroot(".") != 0) {
        fprintf(stderr, "chroot: cannot change root directory to '%s': %s\n", argv[1], strerror(errno));
        return 125;
    }
    execvp(command[0], command);
    fprintf(stderr, "chroot: failed to run command '%s': %s\n", command[0], strerror(errno));
    return errno == ENOENT ? 127 : 126;
}
