/*
 * Pseudo-terminals the way Linux's devpts gives them out, as glibc does it: the master
 * comes from /dev/ptmx, TIOCSPTLCK unlocks its slave, and TIOCGPTN tells its number N in
 * /dev/pts/N. devpts already makes the slave its opener's, so grantpt only checks that
 * the descriptor is a master.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>

int posix_openpt(int flags)
{
    return open("/dev/ptmx", flags);
}

int ptsname_r(int fd, char *buf, size_t size)
{
    unsigned int n;
    int saved = errno;

    if (ioctl(fd, TIOCGPTN, &n) != 0)
        return errno;
    if ((size_t)snprintf(buf, size, "/dev/pts/%u", n) >= size) {
        errno = ERANGE;
        return ERANGE;
    }
    errno = saved;
    return 0;
}

char *ptsname(int fd)
{
    static char name[32];

    return ptsname_r(fd, name, sizeof name) == 0 ? name : NULL;
}

int grantpt(int fd)
{
    char name[32];

    if (ptsname_r(fd, name, sizeof name) == 0)
        return 0;
    /* POSIX's word for "not a master": EINVAL (the ioctl said ENOTTY). */
    if (errno == ENOTTY)
        errno = EINVAL;
    return -1;
}

int unlockpt(int fd)
{
    int unlock = 0;

    return ioctl(fd, TIOCSPTLCK, &unlock);
}
