/*
 * execv and execvp: execve with the current environment, and a PATH search; system.
 */
#include <unistd.h>
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <sys/wait.h>
#include "libc.h"

int execv(const char *path, char *const argv[])
{
    return execve(path, argv, environ);
}

int execvp(const char *file, char *const argv[])
{
    const char *path, *p, *end;
    char full[PATH_MAX];
    size_t dirlen, namelen;
    int saw_eacces = 0;

    /* A name with a slash is a path already. */
    if (strchr(file, '/') != NULL)
        return execve(file, argv, environ);
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
            execve(full, argv, environ);
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

/* system: run a command line with /bin/sh -c and wait for it (signals are left alone). */
int system(const char *command)
{
    pid_t pid;
    int status;

    if (command == NULL)
        return 1;   /* a shell is available */
    fflush(NULL);
    pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0)
        __exec_shell(command);
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    return status;
}
