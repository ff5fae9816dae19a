/*
 * fcntl record locks (F_GETLK, F_SETLK, F_SETLKW) and lockf between a parent and its
 * children: a process never conflicts with itself, others see its locks (type, range,
 * pid); locks split, merge, are not inherited, and go when the holder closes any
 * descriptor of the file or exits; F_SETLKW waits; the errors.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *path;
static int fd;

static int lock(int f, int cmd, int type, int whence, long start, long len)
{
    struct flock fl;

    memset(&fl, 0, sizeof fl);
    fl.l_type = (short)type;
    fl.l_whence = (short)whence;
    fl.l_start = start;
    fl.l_len = len;
    return fcntl(f, cmd, &fl);
}

static const char *type_name(int t)
{
    return t == F_RDLCK ? "read" : t == F_WRLCK ? "write" : t == F_UNLCK ? "unlocked" : "?";
}

/* What another process sees for a lock of `type` on [start, start+len). */
static void probe(const char *what, int type, long start, long len)
{
    struct flock fl;

    memset(&fl, 0, sizeof fl);
    fl.l_type = (short)type;
    fl.l_start = start;
    fl.l_len = len;
    if (fcntl(fd, F_GETLK, &fl) < 0) {
        printf("  %s: error %d\n", what, errno);
        return;
    }
    if (fl.l_type == F_UNLCK)
        printf("  %s: %s\n", what, type_name(fl.l_type));
    else
        printf("  %s: %s start %ld len %ld by %s\n", what, type_name(fl.l_type), (long)fl.l_start,
               (long)fl.l_len, fl.l_pid == getppid() ? "parent" : "someone else");
}

/* Run fn in a child process and wait for it. */
static void in_child(void (*fn)(void))
{
    pid_t pid;
    int status;

    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        fn();
        fflush(stdout);
        _exit(0);
    }
    waitpid(pid, &status, 0);
}

static void child_sees_write_lock(void)
{
    int r;

    probe("write at 5", F_WRLCK, 5, 1);
    probe("read at 9", F_RDLCK, 9, 1);
    probe("write at 10", F_WRLCK, 10, 5);
    r = lock(fd, F_SETLK, F_RDLCK, SEEK_SET, 0, 1);
    printf("  child read lock at 0: %d %s\n", r, r < 0 && (errno == EAGAIN || errno == EACCES) ? "busy" : "");
    printf("  child write lock at 20: %d\n", lock(fd, F_SETLK, F_WRLCK, SEEK_SET, 20, 10));
    printf("  lockf test at 0: %d\n", lockf(fd, F_TEST, 5));
}

static void child_sees_split(void)
{
    probe("write at 50", F_WRLCK, 50, 1);
    probe("write at 150", F_WRLCK, 150, 10);
    probe("write at 300", F_WRLCK, 300, 1);
    probe("read at 300", F_RDLCK, 300, 1);
}

static void child_sees_merge(void)
{
    probe("write at 0", F_WRLCK, 0, 1);
    probe("write at 32", F_WRLCK, 32, 1);
    probe("write at 36", F_WRLCK, 36, 1);
    probe("write at 40", F_WRLCK, 40, 1);
}

static void child_probes_all(void)
{
    probe("write anywhere", F_WRLCK, 0, 0);
}

static void child_waits(void)
{
    int r = lock(fd, F_SETLKW, F_WRLCK, SEEK_SET, 0, 1);

    printf("  child waited for the lock: %d\n", r);
}

static void errors(void)
{
    int ro = open(path, O_RDONLY), wo = open(path, O_WRONLY);
    int r;

    r = lock(fd, F_SETLK, 7, SEEK_SET, 0, 1);
    printf("bad type: %d %s\n", r, errno == EINVAL ? "EINVAL" : "?");
    r = lock(fd, F_SETLK, F_RDLCK, 5, 0, 1);
    printf("bad whence: %d %s\n", r, errno == EINVAL ? "EINVAL" : "?");
    r = lock(fd, F_SETLK, F_RDLCK, SEEK_SET, -5, 1);
    printf("negative start: %d %s\n", r, errno == EINVAL ? "EINVAL" : "?");
    r = lock(wo, F_SETLK, F_RDLCK, SEEK_SET, 0, 1);
    printf("read lock on write-only: %d %s\n", r, errno == EBADF ? "EBADF" : "?");
    r = lock(ro, F_SETLK, F_WRLCK, SEEK_SET, 0, 1);
    printf("write lock on read-only: %d %s\n", r, errno == EBADF ? "EBADF" : "?");
    r = lock(fd, F_GETLK, F_UNLCK, SEEK_SET, 0, 1);
    printf("F_GETLK of F_UNLCK: %d %s\n", r, errno == EINVAL ? "EINVAL" : "?");
    r = lockf(fd, 9, 0);
    printf("lockf bad command: %d %s\n", r, errno == EINVAL ? "EINVAL" : "?");
    close(ro);
    close(wo);
}

int main(int argc, char **argv)
{
    char scratch[256];
    int again;

    snprintf(scratch, sizeof scratch, "%s.lock", argc > 1 ? argv[1] : "/tmp/record_lock_case");
    path = scratch;
    fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    write(fd, "0123456789abcdefghij", 20);

    printf("no locks:\n");
    in_child(child_probes_all);
    printf("write lock on [0,10): %d\n", lock(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10));
    printf("own view:\n");
    probe("write at 5", F_WRLCK, 5, 1);
    in_child(child_sees_write_lock);
    printf("after the child exited:\n");
    in_child(child_probes_all);

    printf("read lock on everything, then a hole [100,200):\n");
    lock(fd, F_SETLK, F_RDLCK, SEEK_SET, 0, 0);
    lock(fd, F_SETLK, F_UNLCK, SEEK_SET, 100, 100);
    in_child(child_sees_split);

    printf("unlock all; write [0,10) and [10,20); read [30,40) then write [30,35) relative to position 30:\n");
    lock(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0);
    lock(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10);
    lock(fd, F_SETLK, F_WRLCK, SEEK_SET, 10, 10);
    lock(fd, F_SETLK, F_RDLCK, SEEK_SET, 30, 10);
    lseek(fd, 30, SEEK_SET);
    lock(fd, F_SETLK, F_WRLCK, SEEK_CUR, 0, 5);
    in_child(child_sees_merge);
    printf("negative length: the 10 bytes before 50:\n");
    lock(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0);
    lock(fd, F_SETLK, F_WRLCK, SEEK_SET, 50, -10);
    in_child(child_probes_all);

    printf("closing another descriptor of the file drops them:\n");
    again = open(path, O_RDONLY);
    close(again);
    in_child(child_probes_all);

    printf("lockf from position 0 for 4 bytes:\n");
    lseek(fd, 0, SEEK_SET);
    printf("  F_TLOCK %d, own F_TEST %d\n", lockf(fd, F_TLOCK, 4), lockf(fd, F_TEST, 4));
    in_child(child_probes_all);

    printf("F_SETLKW waits until the holder unlocks:\n");
    fflush(stdout);
    if (fork() == 0) {
        child_waits();
        fflush(stdout);
        _exit(0);
    }
    usleep(100000);
    printf("  parent unlocks\n");
    fflush(stdout);
    lockf(fd, F_ULOCK, 4);
    wait(NULL);

    errors();
    close(fd);
    unlink(path);
    return 0;
}
