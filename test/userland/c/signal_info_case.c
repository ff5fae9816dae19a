/*
 * What siginfo_t says about a signal's sender: kill (SI_USER with the sender's pid and
 * uid), raise (SI_TKILL), sigqueue (SI_QUEUE and its value), a child's kill, SIGCHLD
 * (CLD_EXITED/CLD_KILLED, the child's pid and status), an interval timer (SI_KERNEL);
 * and taking signals synchronously: sigwaitinfo, sigtimedwait (timeout, EAGAIN, lowest
 * signal first), sigwait; real-time signals queue every instance in order, standard
 * ones only one.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile int got_code, got_pid_is_self, got_uid, got_value, got_sig;

static void handler(int sig, siginfo_t *info, void *ctx)
{
    (void)ctx;
    got_sig = sig;
    got_code = info->si_code;
    got_pid_is_self = info->si_pid == getpid();
    got_uid = (int)info->si_uid;
    got_value = info->si_value.sival_int;
}

static const char *code_name(int code)
{
    switch (code) {
    case SI_USER: return "SI_USER";
    case SI_QUEUE: return "SI_QUEUE";
    case SI_TKILL: return "SI_TKILL";
    case SI_KERNEL: return "SI_KERNEL";
    default: return "other";
    }
}

static void handled(void)
{
    struct sigaction sa;
    union sigval v;

    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGUSR2, &sa, NULL);

    kill(getpid(), SIGUSR1);
    printf("kill: sig %d %s self %d uid %d\n", got_sig, code_name(got_code), got_pid_is_self, got_uid == (int)getuid());
    raise(SIGUSR2);
    printf("raise: sig %d %s self %d\n", got_sig, code_name(got_code), got_pid_is_self);
    v.sival_int = 42;
    sigqueue(getpid(), SIGUSR1, v);
    printf("sigqueue: sig %d %s self %d value %d\n", got_sig, code_name(got_code), got_pid_is_self, got_value);
}

static void block(int sig)
{
    sigset_t set;

    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_BLOCK, &set, NULL);
}

static void from_a_child(void)
{
    sigset_t set;
    siginfo_t info;
    pid_t child;
    int sig;

    block(SIGUSR1);
    block(SIGCHLD);
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    fflush(stdout);
    child = fork();
    if (child == 0) {
        kill(getppid(), SIGUSR1);
        _exit(3);
    }
    sig = sigwaitinfo(&set, &info);
    printf("child's kill: sig %d %s from child %d\n", sig, code_name(info.si_code), info.si_pid == child);
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    sig = sigwaitinfo(&set, &info);
    printf("SIGCHLD: sig %d code %d (exited %d) from child %d status %d\n", sig, info.si_code,
           info.si_code == CLD_EXITED, info.si_pid == child, info.si_status);
    waitpid(child, NULL, 0);

    child = fork();
    if (child == 0) {
        pause();
        _exit(0);
    }
    kill(child, SIGTERM);
    sig = sigwaitinfo(&set, &info);
    printf("SIGCHLD: sig %d code %d (killed %d) from child %d status %d\n", sig, info.si_code,
           info.si_code == CLD_KILLED, info.si_pid == child, info.si_status);
    waitpid(child, NULL, 0);
}

static void queueing(void)
{
    struct timespec zero = { 0, 0 }, short_wait = { 0, 50000000 };
    sigset_t set;
    siginfo_t info;
    union sigval v;
    int i, sig, rt = SIGRTMIN + 1;

    block(rt);
    block(SIGUSR1);
    block(SIGUSR2);
    for (i = 1; i <= 3; i++) {
        v.sival_int = i * 100;
        sigqueue(getpid(), rt, v);
    }
    kill(getpid(), SIGUSR2);
    kill(getpid(), SIGUSR1);
    kill(getpid(), SIGUSR1);
    sigemptyset(&set);
    sigaddset(&set, rt);
    sigaddset(&set, SIGUSR1);
    sigaddset(&set, SIGUSR2);
    while ((sig = sigtimedwait(&set, &info, &zero)) > 0)
        printf("took %s: %s value %d\n", sig == rt ? "SIGRTMIN+1" : sig == SIGUSR1 ? "SIGUSR1" : "SIGUSR2",
               code_name(info.si_code), sig == rt ? info.si_value.sival_int : 0);
    printf("then: %d %s\n", sig, errno == EAGAIN ? "EAGAIN" : "?");
    sig = sigtimedwait(&set, &info, &short_wait);
    printf("50 ms wait: %d %s\n", sig, errno == EAGAIN ? "EAGAIN" : "?");
    kill(getpid(), SIGUSR2);
    printf("sigwait: %d", sigwait(&set, &sig));
    printf(" sig %d\n", sig);
}

static void timer(void)
{
    struct itimerval it;
    sigset_t set;
    siginfo_t info;
    int sig;

    block(SIGALRM);
    memset(&it, 0, sizeof it);
    it.it_value.tv_usec = 20000;
    setitimer(ITIMER_REAL, &it, NULL);
    sigemptyset(&set);
    sigaddset(&set, SIGALRM);
    sig = sigwaitinfo(&set, &info);
    printf("timer: sig %d %s\n", sig, code_name(info.si_code));
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    handled();
    from_a_child();
    queueing();
    timer();
    return 0;
}
