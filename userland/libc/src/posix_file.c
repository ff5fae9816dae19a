/*
 * File system calls beyond the basic ones in unistd.c: positioned I/O, the
 * *at forms relative to a directory descriptor, ownership and modes, special
 * files, timestamps, truncation and syncing. Thin wrappers, as in glibc:
 * the plain forms are the *at forms at AT_FDCWD where the kernel prefers it.
 */
#define _GNU_SOURCE
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <utime.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/file.h>
#include <sys/syscall.h>
#include "libc.h"

ssize_t pread(int fd, void *buf, size_t count, off_t offset)
{
    return __syscall_ret(__syscall_cp4(SYS_pread64, fd, buf, count, offset));
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    return __syscall_ret(__syscall_cp4(SYS_pwrite64, fd, buf, count, offset));
}

int pipe2(int fds[2], int flags)
{
    return (int)__syscall_ret(__syscall2(SYS_pipe2, fds, flags));
}

int dup3(int oldfd, int newfd, int flags)
{
    return (int)__syscall_ret(__syscall3(SYS_dup3, oldfd, newfd, flags));
}

int truncate(const char *path, off_t length)
{
    return (int)__syscall_ret(__syscall2(SYS_truncate, path, length));
}

void sync(void)
{
    __syscall0(SYS_sync);
}

int fdatasync(int fd)
{
    return (int)__syscall_ret(__syscall_cp1(SYS_fdatasync, fd));
}

int flock(int fd, int operation)
{
    return (int)__syscall_ret(__syscall2(SYS_flock, fd, operation));
}

int chown(const char *path, uid_t owner, gid_t group)
{
    return (int)__syscall_ret(__syscall3(SYS_chown, path, owner, group));
}

int fchown(int fd, uid_t owner, gid_t group)
{
    return (int)__syscall_ret(__syscall3(SYS_fchown, fd, owner, group));
}

int lchown(const char *path, uid_t owner, gid_t group)
{
    return (int)__syscall_ret(__syscall3(SYS_lchown, path, owner, group));
}

int fchownat(int dirfd, const char *path, uid_t owner, gid_t group, int flags)
{
    return (int)__syscall_ret(__syscall6(SYS_fchownat, dirfd, (long)path, owner, group, flags, 0));
}

int fchmod(int fd, mode_t mode)
{
    return (int)__syscall_ret(__syscall2(SYS_fchmod, fd, mode));
}

/* Linux 6.6's fchmodat2 (452) takes the flags; older kernels (and ours) answer ENOSYS. */
#define SYS_fchmodat2_ 452

/*
 * AT_SYMLINK_NOFOLLOW changes the mode of what is not a link, as glibc: a link's own mode
 * cannot change on Linux (EOPNOTSUPP). Without fchmodat2 the file is looked at first,
 * which a rename between the two calls could outrun.
 */
int fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
    struct stat st;
    long r;

    if (flags == 0)
        return (int)__syscall_ret(__syscall3(SYS_fchmodat, dirfd, path, mode));
    if (flags & ~AT_SYMLINK_NOFOLLOW) {
        errno = EINVAL;
        return -1;
    }
    r = __syscall4(SYS_fchmodat2_, dirfd, path, mode, flags);
    if (r != -ENOSYS)
        return (int)__syscall_ret(r);
    if (fstatat(dirfd, path, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return -1;
    if (S_ISLNK(st.st_mode)) {
        errno = EOPNOTSUPP;
        return -1;
    }
    return (int)__syscall_ret(__syscall3(SYS_fchmodat, dirfd, path, mode));
}

int mkdirat(int dirfd, const char *path, mode_t mode)
{
    return (int)__syscall_ret(__syscall3(SYS_mkdirat, dirfd, path, mode));
}

int mknodat(int dirfd, const char *path, mode_t mode, dev_t dev)
{
    return (int)__syscall_ret(__syscall4(SYS_mknodat, dirfd, path, mode, dev));
}

int mknod(const char *path, mode_t mode, dev_t dev)
{
    return mknodat(AT_FDCWD, path, mode, dev);
}

int mkfifoat(int dirfd, const char *path, mode_t mode)
{
    return mknodat(dirfd, path, (mode & 07777) | S_IFIFO, 0);
}

int mkfifo(const char *path, mode_t mode)
{
    return mkfifoat(AT_FDCWD, path, mode);
}

int fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
    return (int)__syscall_ret(__syscall4(SYS_newfstatat, dirfd, path, st, flags));
}

/* Linux 5.8's faccessat2 (439) takes the flags; older kernels (and ours) answer ENOSYS. */
#define SYS_faccessat2_ 439

static int in_group(gid_t gid)
{
    gid_t groups[256];
    int n = getgroups(256, groups);
    for (int i = 0; i < n; i++)
        if (groups[i] == gid)
            return 1;
    return 0;
}

int faccessat(int dirfd, const char *path, int mode, int flags)
{
    if (flags == 0)
        return (int)__syscall_ret(__syscall3(SYS_faccessat, dirfd, path, mode));
    long r = __syscall4(SYS_faccessat2_, dirfd, path, mode, flags);
    if (r != -ENOSYS)
        return (int)__syscall_ret(r);
    if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW)) {
        errno = EINVAL;
        return -1;
    }
    if (mode & ~(R_OK | W_OK | X_OK)) {
        errno = EINVAL;
        return -1;
    }
    uid_t uid = (flags & AT_EACCESS) ? geteuid() : getuid();
    gid_t gid = (flags & AT_EACCESS) ? getegid() : getgid();
    /* Judge the mode bits as the kernel would (without ACLs or capabilities beyond root's). */
    struct stat st;
    if (fstatat(dirfd, path, &st, flags & AT_SYMLINK_NOFOLLOW) != 0)
        return -1;
    if (mode == F_OK)
        return 0;
    unsigned granted;
    if (uid == 0) {
        granted = R_OK | W_OK;
        if ((st.st_mode & 0111) || S_ISDIR(st.st_mode))
            granted |= X_OK;
    } else if (st.st_uid == uid) {
        granted = (st.st_mode >> 6) & 7;
    } else if (st.st_gid == gid || in_group(st.st_gid)) {
        granted = (st.st_mode >> 3) & 7;
    } else {
        granted = st.st_mode & 7;
    }
    if ((mode & granted) == (unsigned)mode)
        return 0;
    errno = EACCES;
    return -1;
}

int eaccess(const char *path, int mode)
{
    return faccessat(AT_FDCWD, path, mode, AT_EACCESS);
}

int euidaccess(const char *path, int mode)
{
    return faccessat(AT_FDCWD, path, mode, AT_EACCESS);
}

int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags)
{
    return (int)__syscall_ret(__syscall6(SYS_linkat, olddirfd, (long)oldpath, newdirfd, (long)newpath, flags, 0));
}

int symlinkat(const char *target, int newdirfd, const char *linkpath)
{
    return (int)__syscall_ret(__syscall3(SYS_symlinkat, target, newdirfd, linkpath));
}

ssize_t readlinkat(int dirfd, const char *path, char *buf, size_t size)
{
    return __syscall_ret(__syscall4(SYS_readlinkat, dirfd, path, buf, size));
}

int unlinkat(int dirfd, const char *path, int flags)
{
    return (int)__syscall_ret(__syscall3(SYS_unlinkat, dirfd, path, flags));
}

int renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath)
{
    return (int)__syscall_ret(__syscall4(SYS_renameat, olddirfd, oldpath, newdirfd, newpath));
}

int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags)
{
    return (int)__syscall_ret(__syscall5(SYS_renameat2, olddirfd, oldpath, newdirfd, newpath, flags));
}

int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags)
{
    return (int)__syscall_ret(__syscall4(SYS_utimensat, dirfd, path, times, flags));
}

/* A NULL path would make utimensat(AT_FDCWD, ...) mean the current directory: EBADF first, as glibc. */
int futimens(int fd, const struct timespec times[2])
{
    if (fd < 0) {
        errno = EBADF;
        return -1;
    }
    return utimensat(fd, NULL, times, 0);
}

int utimes(const char *path, const struct timeval tv[2])
{
    struct timespec ts[2];

    if (tv == NULL)
        return utimensat(AT_FDCWD, path, NULL, 0);
    ts[0].tv_sec = tv[0].tv_sec;
    ts[0].tv_nsec = tv[0].tv_usec * 1000;
    ts[1].tv_sec = tv[1].tv_sec;
    ts[1].tv_nsec = tv[1].tv_usec * 1000;
    return utimensat(AT_FDCWD, path, ts, 0);
}

int utime(const char *path, const struct utimbuf *times)
{
    struct timespec ts[2];

    if (times == NULL)
        return utimensat(AT_FDCWD, path, NULL, 0);
    ts[0].tv_sec = times->actime;
    ts[0].tv_nsec = 0;
    ts[1].tv_sec = times->modtime;
    ts[1].tv_nsec = 0;
    return utimensat(AT_FDCWD, path, ts, 0);
}

/* Limits of the file systems here (Linux's values for ext4 and pipes). */
static long path_limit(int name)
{
    switch (name) {
    case _PC_LINK_MAX: return 65000;
    case _PC_MAX_CANON: return 255;
    case _PC_MAX_INPUT: return 255;
    case _PC_NAME_MAX: return NAME_MAX;
    case _PC_PATH_MAX: return PATH_MAX;
    case _PC_PIPE_BUF: return 4096;
    case _PC_CHOWN_RESTRICTED: return 1;
    case _PC_NO_TRUNC: return 1;
    case _PC_VDISABLE: return 0;
    }
    errno = EINVAL;
    return -1;
}

long pathconf(const char *path, int name)
{
    struct stat st;

    if (stat(path, &st) < 0)
        return -1;
    return path_limit(name);
}

long fpathconf(int fd, int name)
{
    struct stat st;

    if (fstat(fd, &st) < 0)
        return -1;
    return path_limit(name);
}
