/*
 * The exec family over execve: the current environment (execv), a PATH search
 * (execvp, execvpe), argument lists (execl, execle, execlp); execveat and
 * fexecve run a file named from a directory descriptor, or an open one.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <unistd.h>
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include "libc.h"

int execv(const char *path, char *const argv[])
{
    return execve(path, argv, environ);
}

/*
 * A file execve refused as ENOEXEC (a script without "#!") is run by the
 * shell, as POSIX asks of execvp: sh FILE ARGS...
 */
static void exec_as_script(const char *path, char *const argv[], char *const envp[])
{
    int argc = 0, i;
    char **sh_argv;

    while (argv[argc] != NULL)
        argc++;
    sh_argv = malloc((size_t)(argc + 2) * sizeof(char *));
    if (sh_argv == NULL)
        return;
    sh_argv[0] = "sh";
    sh_argv[1] = (char *)path;
    for (i = 1; i <= argc; i++)
        sh_argv[i + 1] = argv[i];
    execve("/bin/sh", sh_argv, envp);
    free(sh_argv);
    errno = ENOEXEC;
}

int execvp(const char *file, char *const argv[])
{
    return execvpe(file, argv, environ);
}

int execvpe(const char *file, char *const argv[], char *const envp[])
{
    const char *path, *p, *end;
    char full[PATH_MAX];
    size_t dirlen, namelen;
    int saw_eacces = 0;

    /* A name with a slash is a path already. */
    if (strchr(file, '/') != NULL) {
        execve(file, argv, envp);
        if (errno == ENOEXEC)
            exec_as_script(file, argv, envp);
        return -1;
    }
    if (*file == '\0') {
        errno = ENOENT;
        return -1;
    }
    path = getenv("PATH");
    if (path == NULL)
        path = "/bin:/usr/bin";
    namelen = strlen(file);
    for (p = path;; p = end + 1) {
        end = strchr(p, ':');
        if (end == NULL)
            end = p + strlen(p);
        dirlen = (size_t)(end - p);
        /* An empty PATH element means the current directory. */
        if (dirlen == 0) {
            full[0] = '.';
            dirlen = 1;
        } else if (dirlen + namelen + 2 <= sizeof(full)) {
            memcpy(full, p, dirlen);
        } else {
            dirlen = 0;
        }
        if (dirlen != 0 && dirlen + namelen + 2 <= sizeof(full)) {
            full[dirlen] = '/';
            memcpy(full + dirlen + 1, file, namelen + 1);
            execve(full, argv, envp);
            if (errno == ENOEXEC) {
                exec_as_script(full, argv, envp);
                return -1;
            }
            /* Keep searching past missing files; remember a permission problem. */
            if (errno == EACCES)
                saw_eacces = 1;
            else if (errno != ENOENT && errno != ENOTDIR)
                return -1;
        }
        if (*end == '\0')
            break;
    }
    errno = saw_eacces ? EACCES : ENOENT;
    return -1;
}

/* The list forms: the arguments after `arg`, up to the NULL (execle's environment follows it). */
static int count_args(va_list *ap)
{
    int n = 0;

    while (va_arg(*ap, const char *) != NULL)
        n++;
    return n;
}

/* argv gets arg, the rest of the list and the NULL; ap is left just past the NULL. */
static void fill_args(char **argv, const char *arg, va_list *ap)
{
    int i = 0;

    argv[i++] = (char *)arg;
    while ((argv[i++] = va_arg(*ap, char *)) != NULL)
        ;
}

/*
 * Gather the list into an argv array on this frame, then exec: by path or by a PATH
 * search, with the environment after the list (execle) or the current one.
 */
static int exec_list(const char *file, const char *arg, va_list ap, int search, int env_follows)
{
    va_list args, count;
    char **envp;

    /* Local copies: a va_list parameter is a pointer, which count_args cannot take the address of. */
    va_copy(args, ap);
    va_copy(count, ap);
    char *argv[count_args(&count) + 2];
    va_end(count);
    fill_args(argv, arg, &args);
    envp = env_follows ? va_arg(args, char **) : environ;
    va_end(args);
    return search ? execvpe(file, argv, envp) : execve(file, argv, envp);
}

int execl(const char *path, const char *arg, ...)
{
    va_list ap;
    int r;

    va_start(ap, arg);
    r = exec_list(path, arg, ap, 0, 0);
    va_end(ap);
    return r;
}

int execlp(const char *file, const char *arg, ...)
{
    va_list ap;
    int r;

    va_start(ap, arg);
    r = exec_list(file, arg, ap, 1, 0);
    va_end(ap);
    return r;
}

int execle(const char *path, const char *arg, ...)
{
    va_list ap;
    int r;

    va_start(ap, arg);
    r = exec_list(path, arg, ap, 0, 1);
    va_end(ap);
    return r;
}

void __exec_shell(const char *command)
{
    char *argv[4];

    argv[0] = "sh";
    argv[1] = "-c";
    argv[2] = (char *)command;
    argv[3] = NULL;
    execve("/bin/sh", argv, environ);
    _exit(127);
}

int execveat(int dirfd, const char *path, char *const argv[], char *const envp[], int flags)
{
    return (int)__syscall_ret(__syscall5(SYS_execveat, dirfd, path, argv, envp, flags));
}

/* The program an open file holds (the kernel's AT_EMPTY_PATH), as glibc's. */
int fexecve(int fd, char *const argv[], char *const envp[])
{
    if (fd < 0 || !argv || !envp) {
        errno = EINVAL;
        return -1;
    }
    return execveat(fd, "", argv, envp, AT_EMPTY_PATH);
}
