/*
 * Process calls beyond the basic ones in unistd.c: process groups and
 * sessions, user and group ids, timers and waiting for signals, priority,
 * and the terminal and login names.
 */
#define _GNU_SOURCE     /* setresuid */
#define _GNU_SOURCE
#include <unistd.h>
#include <signal.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/time.h>
#include <sys/resource.h>
#include <sys/fsuid.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include "libc.h"

pid_t getpgrp(void)
{
    return (pid_t)__syscall_ret(__syscall0(SYS_getpgrp));
}

pid_t getpgid(pid_t pid)
{
    return (pid_t)__syscall_ret(__syscall1(SYS_getpgid, pid));
}

pid_t getsid(pid_t pid)
{
    return (pid_t)__syscall_ret(__syscall1(SYS_getsid, pid));
}

int setpgrp(void)
{
    return setpgid(0, 0);
}

int killpg(pid_t pgrp, int sig)
{
    if (pgrp < 0) {
        errno = EINVAL;
        return -1;
    }
    return kill(-pgrp, sig);
}

int setuid(uid_t uid)
{
    return (int)__syscall_ret(__syscall1(SYS_setuid, uid));
}

int setgid(gid_t gid)
{
    return (int)__syscall_ret(__syscall1(SYS_setgid, gid));
}

int setreuid(uid_t ruid, uid_t euid)
{
    return (int)__syscall_ret(__syscall2(SYS_setreuid, ruid, euid));
}

int setregid(gid_t rgid, gid_t egid)
{
    return (int)__syscall_ret(__syscall2(SYS_setregid, rgid, egid));
}

/* Only the effective id changes (not the saved one, as setreuid would make it): glibc's way. */
int seteuid(uid_t uid)
{
    if (uid == (uid_t)-1) {
        errno = EINVAL;
        return -1;
    }
    return setresuid((uid_t)-1, uid, (uid_t)-1);
}

int setegid(gid_t gid)
{
    if (gid == (gid_t)-1) {
        errno = EINVAL;
        return -1;
    }
    return setresgid((gid_t)-1, gid, (gid_t)-1);
}

int getresuid(uid_t *ruid, uid_t *euid, uid_t *suid)
{
    return (int)__syscall_ret(__syscall3(SYS_getresuid, ruid, euid, suid));
}

int getresgid(gid_t *rgid, gid_t *egid, gid_t *sgid)
{
    return (int)__syscall_ret(__syscall3(SYS_getresgid, rgid, egid, sgid));
}

int setresuid(uid_t ruid, uid_t euid, uid_t suid)
{
    return (int)__syscall_ret(__syscall3(SYS_setresuid, ruid, euid, suid));
}

int setresgid(gid_t rgid, gid_t egid, gid_t sgid)
{
    return (int)__syscall_ret(__syscall3(SYS_setresgid, rgid, egid, sgid));
}

/* setfsuid and setfsgid answer the old id, never an error (sys/fsuid.h). */
int setfsuid(uid_t uid)
{
    return (int)__syscall1(SYS_setfsuid, uid);
}

int setfsgid(gid_t gid)
{
    return (int)__syscall1(SYS_setfsgid, gid);
}

int setgroups(size_t size, const gid_t *list)
{
    return (int)__syscall_ret(__syscall2(SYS_setgroups, size, list));
}

int getgroups(int size, gid_t list[])
{
    return (int)__syscall_ret(__syscall2(SYS_getgroups, size, list));
}

int sigpending(sigset_t *set)
{
    return (int)__syscall_ret(__syscall2(SYS_rt_sigpending, set, sizeof(sigset_t)));
}

int sigsuspend(const sigset_t *mask)
{
    return (int)__syscall_ret(__syscall_cp2(SYS_rt_sigsuspend, mask, sizeof(sigset_t)));
}

int pause(void)
{
    return (int)__syscall_ret(__syscall_cp0(SYS_pause));
}

int getitimer(int which, struct itimerval *value)
{
    return (int)__syscall_ret(__syscall2(SYS_getitimer, which, value));
}

int setitimer(int which, const struct itimerval *value, struct itimerval *old)
{
    return (int)__syscall_ret(__syscall3(SYS_setitimer, which, value, old));
}

/*
 * alarm is setitimer(ITIMER_REAL) in whole seconds; the time left on the old one
 * is rounded to the nearest second, but never to 0 while it runs (as glibc).
 */
unsigned int alarm(unsigned int seconds)
{
    struct itimerval value = { { 0, 0 }, { (time_t)seconds, 0 } }, old;
    unsigned int left;

    if (setitimer(ITIMER_REAL, &value, &old) < 0)
        return 0;
    left = (unsigned int)old.it_value.tv_sec;
    if (old.it_value.tv_usec >= 500000 || (left == 0 && old.it_value.tv_usec > 0))
        left++;
    return left;
}

/* The kernel's getpriority answers 20 - nice, so that a success is never negative. */
int getpriority(int which, id_t who)
{
    long r = __syscall2(SYS_getpriority, which, who);

    return r < 0 ? (int)__syscall_ret(r) : (int)(20 - r);
}

int setpriority(int which, id_t who, int prio)
{
    return (int)__syscall_ret(__syscall3(SYS_setpriority, which, who, prio));
}

/* nice returns the new nice value, so -1 is ambiguous: errno tells (POSIX). */
int nice(int inc)
{
    int prio;

    errno = 0;
    prio = getpriority(PRIO_PROCESS, 0);
    if (prio == -1 && errno != 0)
        return -1;
    if (setpriority(PRIO_PROCESS, 0, prio + inc) < 0) {
        if (errno == EACCES)
            errno = EPERM;
        return -1;
    }
    return getpriority(PRIO_PROCESS, 0);
}

/* Detach from the terminal: a new session in a child; stdio to /dev/null unless noclose. */
int daemon(int nochdir, int noclose)
{
    int fd;

    switch (fork()) {
    case -1:
        return -1;
    case 0:
        break;
    default:
        _exit(0);
    }
    if (setsid() < 0)
        return -1;
    if (!nochdir && chdir("/") < 0)
        return -1;
    if (!noclose && (fd = open("/dev/null", O_RDWR)) >= 0) {
        dup2(fd, 0);
        dup2(fd, 1);
        dup2(fd, 2);
        if (fd > 2)
            close(fd);
    }
    return 0;
}

/* The terminal's name: the link /proc/self/fd/N, or the console when there is no /proc. */
int ttyname_r(int fd, char *buf, size_t size)
{
    char link[32];
    ssize_t n;

    if (!isatty(fd))
        return errno == EBADF ? EBADF : ENOTTY;
    snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
    n = readlink(link, buf, size > 0 ? size - 1 : 0);
    if (n < 0) {
        if (size < sizeof("/dev/console"))
            return ERANGE;
        strcpy(buf, "/dev/console");
        return 0;
    }
    if ((size_t)n >= size - 1)
        return ERANGE;
    buf[n] = '\0';
    return 0;
}

char *ttyname(int fd)
{
    static char name[128];
    int r = ttyname_r(fd, name, sizeof(name));

    if (r != 0) {
        errno = r;
        return NULL;
    }
    return name;
}

/* There is no utmp here, so no login name: as glibc without a login session. */
int getlogin_r(char *buf, size_t size)
{
    (void)buf;
    (void)size;
    return ENXIO;
}

char *getlogin(void)
{
    errno = ENXIO;
    return NULL;
}

/* Exchange adjacent bytes (n rounded down to even), for old byte-order conversions. */
void swab(const void *from, void *to, ssize_t n)
{
    const unsigned char *src = from;
    unsigned char *dst = to, t;
    ssize_t i;

    for (i = 0; i + 1 < n; i += 2) {
        t = src[i];
        dst[i] = src[i + 1];
        dst[i + 1] = t;
    }
}

size_t confstr(int name, char *buf, size_t len)
{
    const char *value;

    if (name != _CS_PATH) {
        errno = EINVAL;
        return 0;
    }
    value = "/bin:/usr/bin";
    if (len > 0) {
        strncpy(buf, value, len - 1);
        buf[len - 1] = '\0';
    }
    return strlen(value) + 1;
}
