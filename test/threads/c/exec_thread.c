/*
 * execve from a thread that is not the main one: the other threads end,
 * the new program starts with one thread and keeps the process id, and
 * the parent's wait sees the new program's exit status.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/wait.h>

static char *self_path;
static char pid_text[16];

static void *execer(void *arg)
{
    char *args[] = { self_path, "after", pid_text, NULL };

    (void)arg;
    execv(self_path, args);
    return NULL;
}

static void *sleeper(void *arg)
{
    (void)arg;
    for (;;)
        sleep(1);
}

int main(int argc, char **argv)
{
    pid_t child;
    int status;

    if (argc == 3 && strcmp(argv[1], "after") == 0) {
        printf("new program: same pid %d, one thread (tid == pid) %d\n", atoi(argv[2]) == getpid(),
               (int)syscall(SYS_gettid) == getpid());
        return 5;
    }
    self_path = argv[0];
    fflush(stdout);
    child = fork();
    if (child == 0) {
        pthread_t s, e;

        snprintf(pid_text, sizeof(pid_text), "%d", getpid());
        pthread_create(&s, NULL, sleeper, NULL);
        pthread_create(&e, NULL, execer, NULL);
        pthread_join(s, NULL);
        printf("not reached\n");
        return 1;
    }
    waitpid(child, &status, 0);
    printf("parent: the child exited %d with status %d\n", WIFEXITED(status), WEXITSTATUS(status));
    return 0;
}
