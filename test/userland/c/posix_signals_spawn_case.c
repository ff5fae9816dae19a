/*
 * POSIX pieces a program may take for granted: SA_SIGINFO handlers with
 * siginfo_t, sigaltstack, posix_spawn with file actions, record-lock names
 * in <fcntl.h> (and the mode bits POSIX puts there), and the classification
 * of long doubles beyond double's range.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <spawn.h>
#include <fcntl.h>
#include <unistd.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <sys/wait.h>

extern char **environ;

static volatile int info_signo, info_code, info_from_self, on_alt_stack;
/* glibc's SIGSTKSZ is not a constant under _GNU_SOURCE: a fixed size that is surely enough. */
static char alt_stack[1 << 16];

static void with_info(int sig, siginfo_t *info, void *context)
{
    (void)sig;
    (void)context;
    info_signo = info->si_signo;
    info_code = info->si_code;
    info_from_self = info->si_pid == getpid();
}

static void on_alt(int sig)
{
    char here;

    (void)sig;
    on_alt_stack = (uintptr_t)&here >= (uintptr_t)alt_stack && (uintptr_t)&here < (uintptr_t)alt_stack + sizeof alt_stack;
}

static void signals(void)
{
    struct sigaction sa;
    stack_t ss, old;

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = with_info;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, NULL);
    kill(getpid(), SIGUSR1);
    printf("siginfo: signo %d code %d from self %d, size %zu\n", info_signo, info_code, info_from_self, sizeof(siginfo_t));

    ss.ss_sp = alt_stack;
    ss.ss_size = sizeof alt_stack;
    ss.ss_flags = 0;
    printf("sigaltstack %d", sigaltstack(&ss, NULL));
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alt;
    sa.sa_flags = SA_ONSTACK;
    sigaction(SIGUSR2, &sa, NULL);
    raise(SIGUSR2);
    sigaltstack(NULL, &old);
    printf(", handler on it %d, size back %d\n", on_alt_stack, old.ss_size == sizeof alt_stack);
}

static void spawning(const char *scratch)
{
    posix_spawn_file_actions_t fa;
    char *const argv[] = { "sh", "-c", "echo spawned $GREETING; exit 7", NULL };
    char *const env[] = { "GREETING=hello", NULL };
    char line[64] = "";
    pid_t pid;
    int status, r;
    FILE *f;

    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, scratch, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    r = posix_spawn(&pid, "/bin/sh", &fa, NULL, argv, env);
    waitpid(pid, &status, 0);
    posix_spawn_file_actions_destroy(&fa);
    f = fopen(scratch, "r");
    if (f != NULL) {
        fgets(line, sizeof line, f);
        fclose(f);
    }
    printf("spawn %d, exit %d, wrote %s", r, WEXITSTATUS(status), line);
    printf("missing program: %d, missing on PATH: %d\n",
           posix_spawn(&pid, "/no/such/program", NULL, NULL, argv, environ),
           posix_spawnp(&pid, "no-such-program-here", NULL, NULL, argv, environ));
    unlink(scratch);
}

static void file_locks(const char *scratch)
{
    struct flock fl;
    int fd = open(scratch, O_RDWR | O_CREAT | O_TRUNC, S_IRUSR | S_IWUSR);

    memset(&fl, 0, sizeof fl);
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    printf("lock %d", fcntl(fd, F_SETLK, &fl));
    fl.l_type = F_RDLCK;
    printf(", query %d type %d (unlocked %d)", fcntl(fd, F_GETLK, &fl), fl.l_type, F_UNLCK);
    printf(", dup %d\n", fcntl(fd, F_DUPFD_CLOEXEC, 10) >= 10);
    close(fd);
    unlink(scratch);
}

static void long_double_classes(void)
{
    static const long double values[] = { LDBL_MAX, 1e4000L, -1e4000L, 1e-4940L, LDBL_MIN, 0.0L, 1.0L / 0.0L };
    unsigned i;

    for (i = 0; i < sizeof values / sizeof values[0]; i++)
        printf("%Lg: class %d inf %d finite %d normal %d\n", values[i], fpclassify(values[i]),
               isinf(values[i]), isfinite(values[i]) != 0, isnormal(values[i]) != 0);
}

int main(int argc, char **argv)
{
    const char *scratch = argc > 1 ? argv[1] : "posix_signals_spawn.tmp";

    signals();
    spawning(scratch);
    file_locks(scratch);
    long_double_classes();
    return 0;
}
