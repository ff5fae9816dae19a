/*
 * lockf: the simple form of fcntl record locks, always exclusive, over len bytes
 * from the current position (len 0: to the end of the file, however long; negative:
 * the bytes before it). As glibc, F_TEST reports EACCES when another process holds
 * a lock there.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

int lockf(int fd, int cmd, off_t len)
{
    struct flock fl;
    int op;

    memset(&fl, 0, sizeof fl);
    fl.l_whence = SEEK_CUR;
    fl.l_len = len;
    switch (cmd) {
    case F_TEST:
        fl.l_type = F_RDLCK;
        if (fcntl(fd, F_GETLK, &fl) < 0)
            return -1;
        if (fl.l_type == F_UNLCK || fl.l_pid == getpid())
            return 0;
        errno = EACCES;
        return -1;
    case F_ULOCK: fl.l_type = F_UNLCK; op = F_SETLK; break;
    case F_LOCK: fl.l_type = F_WRLCK; op = F_SETLKW; break;
    case F_TLOCK: fl.l_type = F_WRLCK; op = F_SETLK; break;
    default:
        errno = EINVAL;
        return -1;
    }
    return fcntl(fd, op, &fl);
}
