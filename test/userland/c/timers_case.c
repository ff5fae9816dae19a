/*
 * Interval timers and waiting for signals (alarm, setitimer, getitimer,
 * pause, sigsuspend), flock between processes, and nice values: the same
 * output natively under Linux and in the emulator under our kernel.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>

static volatile sig_atomic_t alarms, vtalarms;

static void on_alarm(int sig)
{
    (void)sig;
    alarms++;
}

static void on_vtalarm(int sig)
{
    (void)sig;
    vtalarms++;
}

static void handle(int sig, void (*fn)(int))
{
    struct sigaction sa;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = fn;
    sigaction(sig, &sa, NULL);
}

static void timers(void)
{
    struct itimerval every = { { 0, 50000 }, { 0, 50000 } }, off = { { 0, 0 }, { 0, 0 } }, now;
    sigset_t block, old;
    volatile unsigned long spin = 0;
    int status;

    handle(SIGALRM, on_alarm);
    alarm(1);
    pause();
    printf("pause returned after alarm: %d\n", (int)alarms);

    printf("alarm(10) then alarm(0) gives %u\n", (alarm(10), alarm(0)));

    /* A periodic timer, waited for with the signal blocked in between (no lost wake-ups). */
    sigemptyset(&block);
    sigaddset(&block, SIGALRM);
    sigprocmask(SIG_BLOCK, &block, &old);
    alarms = 0;
    setitimer(ITIMER_REAL, &every, NULL);
    while (alarms < 3)
        sigsuspend(&old);
    setitimer(ITIMER_REAL, &off, &now);
    printf("periodic: %d alarms, interval was %ld us\n", (int)alarms, (long)now.it_interval.tv_usec);
    getitimer(ITIMER_REAL, &now);
    printf("disarmed: %ld.%06ld left\n", (long)now.it_value.tv_sec, (long)now.it_value.tv_usec);
    sigprocmask(SIG_SETMASK, &old, NULL);

    /* CPU time in user mode: the virtual timer fires during a busy loop. */
    handle(SIGVTALRM, on_vtalarm);
    every.it_interval.tv_usec = 0;
    every.it_value.tv_usec = 20000;
    setitimer(ITIMER_VIRTUAL, &every, NULL);
    while (!vtalarms)
        spin++;
    printf("virtual timer fired once: %d\n", (int)vtalarms);

    /* A child does not inherit timers. */
    alarm(100);
    if (fork() == 0) {
        getitimer(ITIMER_REAL, &now);
        printf("child's timer: %ld s\n", (long)now.it_value.tv_sec);
        fflush(stdout);
        _exit(0);
    }
    wait(&status);
    printf("parent still has %u s\n", alarm(0) > 90 ? 100 : 0);
    printf("bad which: %d ", setitimer(7, &every, NULL));
    printf("%s\n", errno == EINVAL ? "EINVAL" : "?");
}

static void locks(const char *path)
{
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600), status, unlocked;
    int p[2];
    char c;

    pipe(p);
    printf("flock EX %d\n", flock(fd, LOCK_EX));
    if (fork() == 0) {
        int other = open(path, O_RDWR);

        printf("child: EX|NB %d ", flock(other, LOCK_EX | LOCK_NB));
        printf("%s\n", errno == EWOULDBLOCK ? "EWOULDBLOCK" : "?");
        fflush(stdout);
        write(p[1], "x", 1);
        /* Blocks until the parent unlocks. */
        printf("child: EX after wait %d\n", flock(other, LOCK_EX));
        printf("child: SH %d\n", flock(other, LOCK_SH));
        fflush(stdout);
        _exit(0);
    }
    read(p[0], &c, 1);
    /* Printed before unlocking: the child's next lines can only come after. */
    printf("parent unlocks\n");
    unlocked = flock(fd, LOCK_UN);
    wait(&status);
    printf("parent's unlock returned %d\n", unlocked);
    printf("shared twice %d %d\n", flock(fd, LOCK_SH), flock(open(path, O_RDONLY), LOCK_SH | LOCK_NB));
    printf("bad op: %d ", flock(fd, 77));
    printf("%s\n", errno == EINVAL ? "EINVAL" : "?");
    close(fd);
    unlink(path);
}

static void priorities(void)
{
    int status;

    printf("nice(3) = %d, ", nice(3));
    printf("getpriority = %d\n", getpriority(PRIO_PROCESS, 0));
    setpriority(PRIO_PROCESS, 0, 7);
    if (fork() == 0) {
        printf("child inherits %d\n", getpriority(PRIO_PROCESS, 0));
        fflush(stdout);
        _exit(0);
    }
    wait(&status);
    printf("raised past the limit: %d\n", (setpriority(PRIO_PROCESS, 0, 50), getpriority(PRIO_PROCESS, 0)));
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    timers();
    locks(argc > 1 ? argv[1] : "/tmp/timers_case.lock");
    priorities();
    return 0;
}
