/*
 * The kernel's side directly: clone's flag rules, futex's answers, and
 * wait4 seeing a process end only when its last thread has ended (its
 * main thread left first with pthread_exit).
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#define FUTEX_PRIVATE_FLAG 128

static int pipe_fd[2];

static void *outliver(void *arg)
{
    struct timespec pause = { 0, 30 * 1000 * 1000 };

    (void)arg;
    nanosleep(&pause, NULL);            /* main has exited by now */
    write(pipe_fd[1], "late", 4);
    return (void *)7;                   /* the last thread: the process exits 0 */
}

static void leader_exits_first(void)
{
    pid_t child;
    int status;
    char buf[8] = "";
    ssize_t n;

    pipe(pipe_fd);
    child = fork();
    if (child == 0) {
        pthread_t t;

        pthread_create(&t, NULL, outliver, NULL);
        pthread_exit(NULL);
    }
    close(pipe_fd[1]);
    if (waitpid(child, &status, 0) != child)
        printf("waitpid failed\n");
    /* The thread wrote before the process ended: the data is already in the pipe. */
    n = read(pipe_fd[0], buf, sizeof(buf) - 1);
    printf("after wait: read %ld bytes \"%s\", exited %d status %d\n", (long)n, buf, WIFEXITED(status),
           WEXITSTATUS(status));
    close(pipe_fd[0]);
}

static void futex_answers(void)
{
    int word = 5;
    struct timespec short_wait = { 0, 1000 * 1000 };
    long r;

    r = syscall(SYS_futex, &word, FUTEX_WAIT | FUTEX_PRIVATE_FLAG, 4, NULL, NULL, 0);
    printf("futex wait on a changed value: %ld %s\n", r, errno == EAGAIN ? "EAGAIN" : "?");
    r = syscall(SYS_futex, &word, FUTEX_WAIT | FUTEX_PRIVATE_FLAG, 5, &short_wait, NULL, 0);
    printf("futex wait with a timeout: %ld %s\n", r, errno == ETIMEDOUT ? "ETIMEDOUT" : "?");
    r = syscall(SYS_futex, &word, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, 1, NULL, NULL, 0);
    printf("futex wake with nobody waiting: %ld\n", r);
    r = syscall(SYS_futex, (char *)&word + 1, FUTEX_WAKE, 1, NULL, NULL, 0);
    printf("futex on a misaligned word: %ld %s\n", r, errno == EINVAL ? "EINVAL" : "?");
}

static void clone_rules(void)
{
    long r;

    /* A thread must share the signal handlers, and shared handlers need a shared mm. */
    r = syscall(SYS_clone, 0x10000 /* CLONE_THREAD */, 0, NULL, NULL, 0);
    printf("clone(CLONE_THREAD) alone: %ld %s\n", r, errno == EINVAL ? "EINVAL" : "?");
    r = syscall(SYS_clone, 0x800 /* CLONE_SIGHAND */, 0, NULL, NULL, 0);
    printf("clone(CLONE_SIGHAND) alone: %ld %s\n", r, errno == EINVAL ? "EINVAL" : "?");
    printf("set_tid_address returns the tid: %d\n", syscall(SYS_set_tid_address, NULL) == syscall(SYS_gettid));
    r = syscall(SYS_tgkill, getpid() + 1000, getpid(), 0);
    printf("tgkill with the wrong process: %ld %s\n", r, errno == ESRCH ? "ESRCH" : "?");
}

/* A fork-like clone with CLONE_CHILD_SETTID: the tid lands in the child's copy only (glibc's fork). */
static void child_settid(void)
{
    static volatile int child_tid;
    int status;
    long pid = syscall(SYS_clone, 0x01000000 /* CLONE_CHILD_SETTID */ | SIGCHLD, 0, NULL, &child_tid, 0);

    if (pid == 0)
        _exit(child_tid == getpid() ? 0 : 1);
    waitpid((pid_t)pid, &status, 0);
    printf("CLONE_CHILD_SETTID: the child saw its tid %d, the parent's word untouched %d\n",
           WIFEXITED(status) && WEXITSTATUS(status) == 0, child_tid == 0);
}

/* Threads share the working directory and umask (CLONE_FS). */
static void *change_dir(void *arg)
{
    (void)arg;
    chdir("/tmp");
    umask(027);
    return NULL;
}

static void shared_fs(void)
{
    pthread_t t;
    char cwd[64];
    mode_t old = umask(022);

    pthread_create(&t, NULL, change_dir, NULL);
    pthread_join(t, NULL);
    getcwd(cwd, sizeof(cwd));
    printf("a thread's chdir and umask apply to the process: %s %03o\n", cwd, (unsigned)umask(old));
}

int main(void)
{
    leader_exits_first();
    futex_answers();
    clone_rules();
    child_settid();
    shared_fs();
    return 0;
}
