/*
 * posix_spawn: fork, then in the child apply the attributes and the file
 * actions in order and exec. The child reports a failure (of an action or
 * of the exec) through a close-on-exec pipe, so posix_spawn returns that
 * error number as glibc does; a successful exec closes the pipe unseen.
 */
#define _GNU_SOURCE /* pipe2, execvpe */
#include <spawn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "libc.h"

enum spawn_action_kind { ACTION_OPEN, ACTION_CLOSE, ACTION_DUP2 };

struct __spawn_action {
    enum spawn_action_kind kind;
    int fd;
    int newfd;          /* dup2's target */
    char *path;         /* open's path (a copy), flags and mode */
    int flags;
    mode_t mode;
};

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *actions)
{
    memset(actions, 0, sizeof *actions);
    return 0;
}

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *actions)
{
    int i;

    for (i = 0; i < actions->__used; i++)
        free(actions->__actions[i].path);
    free(actions->__actions);
    memset(actions, 0, sizeof *actions);
    return 0;
}

/* A new action at the end of the list, or NULL (ENOMEM). */
static struct __spawn_action *add_action(posix_spawn_file_actions_t *actions, enum spawn_action_kind kind, int fd)
{
    struct __spawn_action *grown;
    int cap;

    if (actions->__used == actions->__allocated) {
        cap = actions->__allocated ? actions->__allocated * 2 : 8;
        grown = realloc(actions->__actions, (size_t)cap * sizeof *grown);
        if (grown == NULL)
            return NULL;
        actions->__actions = grown;
        actions->__allocated = cap;
    }
    grown = &actions->__actions[actions->__used++];
    memset(grown, 0, sizeof *grown);
    grown->kind = kind;
    grown->fd = fd;
    return grown;
}

int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *actions, int fd,
                                     const char *path, int flags, mode_t mode)
{
    struct __spawn_action *a;
    char *copy;

    if (fd < 0)
        return EBADF;
    copy = strdup(path);
    if (copy == NULL || (a = add_action(actions, ACTION_OPEN, fd)) == NULL) {
        free(copy);
        return ENOMEM;
    }
    a->path = copy;
    a->flags = flags;
    a->mode = mode;
    return 0;
}

int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *actions, int fd)
{
    if (fd < 0)
        return EBADF;
    return add_action(actions, ACTION_CLOSE, fd) != NULL ? 0 : ENOMEM;
}

int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *actions, int fd, int newfd)
{
    struct __spawn_action *a;

    if (fd < 0 || newfd < 0)
        return EBADF;
    a = add_action(actions, ACTION_DUP2, fd);
    if (a == NULL)
        return ENOMEM;
    a->newfd = newfd;
    return 0;
}

int posix_spawnattr_init(posix_spawnattr_t *attr)
{
    memset(attr, 0, sizeof *attr);
    return 0;
}

int posix_spawnattr_destroy(posix_spawnattr_t *attr)
{
    (void)attr;
    return 0;
}

int posix_spawnattr_getflags(const posix_spawnattr_t *attr, short *flags) { *flags = attr->__flags; return 0; }
int posix_spawnattr_getpgroup(const posix_spawnattr_t *attr, pid_t *pgroup) { *pgroup = attr->__pgroup; return 0; }
int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t pgroup) { attr->__pgroup = pgroup; return 0; }
int posix_spawnattr_getsigdefault(const posix_spawnattr_t *attr, sigset_t *set) { *set = attr->__sigdefault; return 0; }
int posix_spawnattr_setsigdefault(posix_spawnattr_t *attr, const sigset_t *set) { attr->__sigdefault = *set; return 0; }
int posix_spawnattr_getsigmask(const posix_spawnattr_t *attr, sigset_t *set) { *set = attr->__sigmask; return 0; }
int posix_spawnattr_setsigmask(posix_spawnattr_t *attr, const sigset_t *set) { attr->__sigmask = *set; return 0; }
int posix_spawnattr_getschedpolicy(const posix_spawnattr_t *attr, int *policy) { *policy = attr->__policy; return 0; }
int posix_spawnattr_setschedpolicy(posix_spawnattr_t *attr, int policy) { attr->__policy = policy; return 0; }
int posix_spawnattr_getschedparam(const posix_spawnattr_t *attr, struct sched_param *param) { *param = attr->__param; return 0; }
int posix_spawnattr_setschedparam(posix_spawnattr_t *attr, const struct sched_param *param) { attr->__param = *param; return 0; }

int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags)
{
    const short known = POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF |
                        POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSCHEDPARAM | POSIX_SPAWN_SETSCHEDULER |
                        POSIX_SPAWN_USEVFORK | POSIX_SPAWN_SETSID;

    if (flags & ~known)
        return EINVAL;
    attr->__flags = flags;
    return 0;
}

/* In the child: the attributes, then the file actions; 0 or an error number. */
static int prepare_child(const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *attr)
{
    struct sigaction dfl;
    const struct __spawn_action *a;
    int i, sig, fd;

    if (attr != NULL) {
        if ((attr->__flags & POSIX_SPAWN_SETSID) && setsid() < 0)
            return errno;
        if ((attr->__flags & POSIX_SPAWN_SETPGROUP) && setpgid(0, attr->__pgroup) < 0)
            return errno;
        if ((attr->__flags & POSIX_SPAWN_RESETIDS) && (setgid(getgid()) < 0 || setuid(getuid()) < 0))
            return errno;
        if (attr->__flags & POSIX_SPAWN_SETSIGDEF) {
            memset(&dfl, 0, sizeof dfl);
            dfl.sa_handler = SIG_DFL;
            for (sig = 1; sig < NSIG; sig++)
                if (sigismember(&attr->__sigdefault, sig) == 1)
                    sigaction(sig, &dfl, NULL);
        }
    }
    for (i = 0; actions != NULL && i < actions->__used; i++) {
        a = &actions->__actions[i];
        if (a->kind == ACTION_CLOSE) {
            close(a->fd);   /* closing a closed descriptor is not an error (glibc) */
        } else if (a->kind == ACTION_DUP2) {
            if (dup2(a->fd, a->newfd) < 0)
                return errno;
            /* dup2 onto itself keeps close-on-exec; the descriptor must survive exec. */
            if (a->fd == a->newfd && fcntl(a->fd, F_SETFD, 0) < 0)
                return errno;
        } else {
            fd = open(a->path, a->flags, a->mode);
            if (fd < 0)
                return errno;
            if (fd != a->fd) {
                if (dup2(fd, a->fd) < 0)
                    return errno;
                close(fd);
            }
        }
    }
    /* The mask last: the parent's mask stays until here. */
    if (attr != NULL && (attr->__flags & POSIX_SPAWN_SETSIGMASK))
        sigprocmask(SIG_SETMASK, &attr->__sigmask, NULL);
    return 0;
}

static int spawn(pid_t *pid, const char *file, int search, const posix_spawn_file_actions_t *actions,
                 const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
{
    static char *const no_environment[] = { NULL };
    int report[2], err = 0, status;
    ssize_t n;
    pid_t child;

    if (pipe2(report, O_CLOEXEC) < 0)
        return errno;
    child = __libc_fork();
    if (child < 0) {
        err = errno;
        close(report[0]);
        close(report[1]);
        return err;
    }
    if (child == 0) {
        close(report[0]);
        err = prepare_child(actions, attr);
        if (err == 0) {
            if (envp == NULL)
                envp = no_environment;
            if (search)
                execvpe(file, argv, envp);
            else
                execve(file, argv, envp);
            err = errno;
        }
        while (write(report[1], &err, sizeof err) < 0 && errno == EINTR)
            ;
        _exit(127);
    }
    close(report[1]);
    do
        n = read(report[0], &err, sizeof err);
    while (n < 0 && errno == EINTR);
    close(report[0]);
    if (n == (ssize_t)sizeof err) {
        /* The child never ran the program: collect it and report why. */
        while (waitpid(child, &status, 0) < 0 && errno == EINTR)
            ;
        return err;
    }
    if (pid != NULL)
        *pid = child;
    return 0;
}

int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *actions,
                const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
{
    return spawn(pid, path, 0, actions, attr, argv, envp);
}

int posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *actions,
                 const posix_spawnattr_t *attr, char *const argv[], char *const envp[])
{
    return spawn(pid, file, 1, actions, attr, argv, envp);
}
