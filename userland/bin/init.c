/*
 * init: the first process. It runs /bin/sh (or the program given as the
 * first argument) on the console, its controlling terminal, reaps every
 * orphan the kernel hands it, and when the shell ends exits with the
 * shell's status; the kernel then powers the machine off.
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/wait.h>

/* Make sure 0, 1 and 2 are the console, whatever the kernel gave us. */
static void open_console(void)
{
    int fd;

    if (fcntl(0, F_GETFD) >= 0 && fcntl(1, F_GETFD) >= 0 && fcntl(2, F_GETFD) >= 0)
        return;
    fd = open("/dev/console", O_RDWR);
    if (fd < 0)
        return;
    dup2(fd, 0);
    dup2(fd, 1);
    dup2(fd, 2);
    if (fd > 2)
        close(fd);
}

int main(int argc, char **argv)
{
    static char *default_argv[] = { "/bin/sh", NULL };
    char **child_argv = argc > 1 ? argv + 1 : default_argv;
    pid_t shell, pid;
    int status;

    open_console();
    shell = fork();
    if (shell < 0) {
        fprintf(stderr, "init: fork: %s\n", strerror(errno));
        return 1;
    }
    if (shell == 0) {
        /* A session of its own with the console as its terminal, as getty gives a login shell. */
        setsid();
        ioctl(0, TIOCSCTTY, 0);
        execv(child_argv[0], child_argv);
        fprintf(stderr, "init: cannot run %s: %s\n", child_argv[0], strerror(errno));
        _exit(127);
    }
    for (;;) {
        pid = wait(&status);
        if (pid < 0) {
            if (errno == EINTR)
                continue;
            return 1;
        }
        if (pid != shell)
            continue;
        if (WIFSIGNALED(status))
            return 128 + WTERMSIG(status);
        return WEXITSTATUS(status);
    }
}
