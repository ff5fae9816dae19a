/*
 * Thin wrappers over file and process system calls.
 */
#include <stdarg.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <signal.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sys/klog.h>
#include <stdlib.h>
#include <limits.h>
#include "libc.h"
#include "pthread_impl.h"

ssize_t read(int fd, void *buf, size_t count)
{
    return __syscall_ret(__syscall_cp3(SYS_read, fd, buf, count));
}

ssize_t write(int fd, const void *buf, size_t count)
{
    return __syscall_ret(__syscall_cp3(SYS_write, fd, buf, count));
}

int open(const char *path, int flags, ...)
{
    va_list ap;
    int mode = 0;

    /* The mode argument exists only when a file may be created. */
    if (flags & O_CREAT) {
        va_start(ap, flags);
        mode = va_arg(ap, int);
        va_end(ap);
    }
    return (int)__syscall_ret(__syscall_cp3(SYS_open, path, flags, mode));
}

int openat(int dirfd, const char *path, int flags, ...)
{
    va_list ap;
    int mode = 0;

    if (flags & O_CREAT) {
        va_start(ap, flags);
        mode = va_arg(ap, int);
        va_end(ap);
    }
    return (int)__syscall_ret(__syscall_cp4(SYS_openat, dirfd, path, flags, mode));
}

int creat(const char *path, mode_t mode)
{
    return open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

int fcntl(int fd, int cmd, ...)
{
    va_list ap;
    long arg;

    va_start(ap, cmd);
    arg = va_arg(ap, long);
    va_end(ap);
    /* Waiting for a record lock is a cancellation point; the other commands do not sleep. */
    if (cmd == F_SETLKW)
        return (int)__syscall_ret(__syscall_cp3(SYS_fcntl, fd, cmd, arg));
    return (int)__syscall_ret(__syscall3(SYS_fcntl, fd, cmd, arg));
}

int close(int fd)
{
    return (int)__syscall_ret(__syscall_cp1(SYS_close, fd));
}

off_t lseek(int fd, off_t offset, int whence)
{
    return __syscall_ret(__syscall3(SYS_lseek, fd, offset, whence));
}

int stat(const char *path, struct stat *st)
{
    return (int)__syscall_ret(__syscall2(SYS_stat, path, st));
}

int fstat(int fd, struct stat *st)
{
    return (int)__syscall_ret(__syscall2(SYS_fstat, fd, st));
}

int lstat(const char *path, struct stat *st)
{
    return (int)__syscall_ret(__syscall2(SYS_lstat, path, st));
}

int pipe(int fds[2])
{
    return (int)__syscall_ret(__syscall1(SYS_pipe, fds));
}

int dup(int fd)
{
    return (int)__syscall_ret(__syscall1(SYS_dup, fd));
}

int dup2(int oldfd, int newfd)
{
    return (int)__syscall_ret(__syscall2(SYS_dup2, oldfd, newfd));
}

int ioctl(int fd, unsigned long request, ...)
{
    va_list ap;
    long arg;

    va_start(ap, request);
    arg = va_arg(ap, long);
    va_end(ap);
    return (int)__syscall_ret(__syscall3(SYS_ioctl, fd, request, arg));
}

int tcgetattr(int fd, struct termios *t)
{
    return ioctl(fd, TCGETS, t);
}

int tcsetattr(int fd, int action, const struct termios *t)
{
    if (action < TCSANOW || action > TCSAFLUSH) {
        errno = EINVAL;
        return -1;
    }
    return ioctl(fd, TCSETS + action, t);
}

int isatty(int fd)
{
    struct termios t;

    /* Only a terminal answers TCGETS; everything else says ENOTTY. */
    return tcgetattr(fd, &t) == 0;
}

int chdir(const char *path)
{
    return (int)__syscall_ret(__syscall1(SYS_chdir, path));
}

int fchdir(int fd)
{
    return (int)__syscall_ret(__syscall1(SYS_fchdir, fd));
}

int chroot(const char *path)
{
    return (int)__syscall_ret(__syscall1(SYS_chroot, path));
}

char *getcwd(char *buf, size_t size)
{
    char *own = NULL;
    long r;

    /* A caller's buffer of no size is an error (POSIX: EINVAL), not a request to allocate. */
    if (buf != NULL && size == 0) {
        errno = EINVAL;
        return NULL;
    }
    /* getcwd(NULL, ...) allocates the buffer, as glibc's does. */
    if (buf == NULL) {
        if (size == 0)
            size = PATH_MAX;
        own = buf = malloc(size);
        if (buf == NULL)
            return NULL;
    }
    r = __syscall_ret(__syscall2(SYS_getcwd, buf, size));
    /* A directory outside a chroot comes back as "(unreachable)/...": no path to it. */
    if (r >= 0 && buf[0] != '/') {
        errno = ENOENT;
        r = -1;
    }
    if (r < 0) {
        free(own);
        return NULL;
    }
    return buf;
}

int mkdir(const char *path, mode_t mode)
{
    return (int)__syscall_ret(__syscall2(SYS_mkdir, path, mode));
}

int rmdir(const char *path)
{
    return (int)__syscall_ret(__syscall1(SYS_rmdir, path));
}

int unlink(const char *path)
{
    return (int)__syscall_ret(__syscall1(SYS_unlink, path));
}

int remove(const char *path)
{
    if (unlink(path) == 0)
        return 0;
    if (errno == EISDIR)
        return rmdir(path);
    return -1;
}

int rename(const char *oldpath, const char *newpath)
{
    return (int)__syscall_ret(__syscall2(SYS_rename, oldpath, newpath));
}

int link(const char *oldpath, const char *newpath)
{
    return (int)__syscall_ret(__syscall2(SYS_link, oldpath, newpath));
}

int symlink(const char *target, const char *linkpath)
{
    return (int)__syscall_ret(__syscall2(SYS_symlink, target, linkpath));
}

ssize_t readlink(const char *path, char *buf, size_t size)
{
    return __syscall_ret(__syscall3(SYS_readlink, path, buf, size));
}

int access(const char *path, int mode)
{
    return (int)__syscall_ret(__syscall2(SYS_access, path, mode));
}

int chmod(const char *path, mode_t mode)
{
    return (int)__syscall_ret(__syscall2(SYS_chmod, path, mode));
}

mode_t umask(mode_t mask)
{
    return (mode_t)__syscall1(SYS_umask, mask);
}

int ftruncate(int fd, off_t length)
{
    return (int)__syscall_ret(__syscall2(SYS_ftruncate, fd, length));
}

int fsync(int fd)
{
    return (int)__syscall_ret(__syscall_cp1(SYS_fsync, fd));
}


int execve(const char *path, char *const argv[], char *const envp[])
{
    return (int)__syscall_ret(__syscall3(SYS_execve, path, argv, envp));
}

pid_t wait4(pid_t pid, int *status, int options, struct rusage *usage)
{
    return (pid_t)__syscall_ret(__syscall_cp4(SYS_wait4, pid, status, options, usage));
}

/* The kernel's fifth argument, a struct rusage, is glibc's NULL. */
int waitid(idtype_t idtype, id_t id, siginfo_t *infop, int options)
{
    return (int)__syscall_ret(__syscall_cp5(SYS_waitid, idtype, id, infop, options, NULL));
}

pid_t wait3(int *status, int options, struct rusage *usage)
{
    return wait4(-1, status, options, usage);
}

pid_t waitpid(pid_t pid, int *status, int options)
{
    return wait4(pid, status, options, NULL);
}

pid_t wait(int *status)
{
    return wait4(-1, status, 0, NULL);
}

pid_t getpid(void)
{
    return (pid_t)__syscall0(SYS_getpid);
}

pid_t getppid(void)
{
    return (pid_t)__syscall0(SYS_getppid);
}

uid_t getuid(void)
{
    return (uid_t)__syscall0(SYS_getuid);
}

uid_t geteuid(void)
{
    return (uid_t)__syscall0(SYS_geteuid);
}

gid_t getgid(void)
{
    return (gid_t)__syscall0(SYS_getgid);
}

gid_t getegid(void)
{
    return (gid_t)__syscall0(SYS_getegid);
}

pid_t setsid(void)
{
    return (pid_t)__syscall_ret(__syscall0(SYS_setsid));
}

int setpgid(pid_t pid, pid_t pgid)
{
    return (int)__syscall_ret(__syscall2(SYS_setpgid, pid, pgid));
}

int kill(pid_t pid, int sig)
{
    return (int)__syscall_ret(__syscall2(SYS_kill, pid, sig));
}

/* The calling thread gets the signal (kill would let any thread of the process take it). */
int raise(int sig)
{
    return (int)__syscall_ret(__syscall3(SYS_tgkill, getpid(), __syscall0(SYS_gettid), sig));
}

int uname(struct utsname *buf)
{
    return (int)__syscall_ret(__syscall1(SYS_uname, buf));
}

int gethostname(char *name, size_t len)
{
    struct utsname u;
    size_t i;

    if (uname(&u) < 0)
        return -1;
    for (i = 0; i < len; i++) {
        name[i] = u.nodename[i];
        if (u.nodename[i] == '\0')
            return 0;
    }
    errno = ENAMETOOLONG;
    return -1;
}

int klogctl(int type, char *buf, int len)
{
    return (int)__syscall_ret(__syscall3(SYS_syslog, type, buf, len));
}
