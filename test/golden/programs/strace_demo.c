/*
 * What `strace -f` is shown in test/golden/strace.test.ts: a fork whose child
 * writes and exits 3, a wait, a failed open, data through a pipe (a string
 * longer than strace's 32 bytes), and a signal the program handles.
 */
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void on_usr1(int sig)
{
    (void)sig;
}

int main(void)
{
    static const char line[] = "a line longer than strace shows by default\n";
    char buf[64];
    int fds[2], status;

    if (fork() == 0) {
        write(1, "child\n", 6);
        _exit(3);
    }
    wait(&status);
    open("/no/such/file", O_RDONLY);
    pipe(fds);
    write(fds[1], line, strlen(line));
    read(fds[0], buf, sizeof(buf));
    signal(SIGUSR1, on_usr1);
    kill(getpid(), SIGUSR1);
    return WEXITSTATUS(status);
}
