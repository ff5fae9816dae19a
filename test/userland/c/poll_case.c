/* poll, ppoll, select and pselect on pipes and files: the same natively and in the emulator. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/select.h>
#include <sys/time.h>
#include <sys/wait.h>

static volatile sig_atomic_t got;

static void on_usr1(int sig)
{
    (void)sig;
    got++;
}

static void pipes(void)
{
    int p[2], r;
    struct pollfd pf[3];
    char buf[16];

    pipe(p);
    pf[0].fd = p[0];
    pf[0].events = POLLIN;
    pf[1].fd = p[1];
    pf[1].events = POLLOUT;
    pf[2].fd = dup(p[0]); /* then closed: a number that is surely not open */
    close(pf[2].fd);
    pf[2].events = POLLIN;
    r = poll(pf, 3, 0);
    printf("empty pipe: %d ready, read end %#x, write end %#x, bad fd %#x\n", r, pf[0].revents, pf[1].revents,
           pf[2].revents);
    write(p[1], "hi", 2);
    r = poll(pf, 2, -1);
    printf("after a write: %d ready, read end %#x\n", r, pf[0].revents);
    read(p[0], buf, sizeof(buf));
    close(p[1]);
    r = poll(pf, 1, 1000);
    printf("writer gone: %d ready, read end %#x\n", r, pf[0].revents);
    close(p[0]);

    /* A child writes later: poll sleeps until then. */
    pipe(p);
    if (fork() == 0) {
        usleep(50000);
        write(p[1], "late", 4);
        _exit(0);
    }
    pf[0].fd = p[0];
    pf[0].events = POLLIN;
    r = poll(pf, 1, 5000);
    printf("waited for the child: %d ready, %#x\n", r, pf[0].revents);
    wait(NULL);
    close(p[0]);
    close(p[1]);
}

static void selects(const char *path)
{
    int p[2], fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600), r, closed;
    fd_set rd, wr;
    struct timeval tv = { 0, 100000 };

    pipe(p);
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    r = select(p[0] + 1, &rd, NULL, NULL, &tv);
    printf("select timed out: %d, set %d, time left %ld.%06ld\n", r, FD_ISSET(p[0], &rd), (long)tv.tv_sec,
           (long)tv.tv_usec);
    write(p[1], "x", 1);
    FD_ZERO(&rd);
    FD_ZERO(&wr);
    FD_SET(p[0], &rd);
    FD_SET(p[1], &wr);
    FD_SET(fd, &rd);
    FD_SET(fd, &wr);
    r = select(fd > p[1] ? fd + 1 : p[1] + 1, &rd, &wr, NULL, NULL);
    printf("select: %d ready: pipe readable %d writable %d, file readable %d writable %d\n", r,
           FD_ISSET(p[0], &rd), FD_ISSET(p[1], &wr), FD_ISSET(fd, &rd), FD_ISSET(fd, &wr));
    /* A descriptor number we just closed: a fixed number could be open in the
       environment that runs the native half (a CI harness keeps some open). */
    closed = dup(fd);
    close(closed);
    FD_ZERO(&rd);
    FD_SET(closed, &rd);
    r = select(closed + 1, &rd, NULL, NULL, &tv);
    printf("select on a closed descriptor: %d ", r);
    printf("%s\n", errno == EBADF ? "EBADF" : "?");
    close(fd);
    unlink(path);
    close(p[0]);
    close(p[1]);
}

static void with_masks(void)
{
    struct sigaction sa;
    sigset_t block, empty;
    struct pollfd pf;
    struct timespec ts = { 5, 0 };
    fd_set rd;
    int p[2], r;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, NULL);
    sigemptyset(&empty);
    pipe(p);
    /* The signal is pending but blocked; ppoll's empty mask lets it in at once. */
    raise(SIGUSR1);
    pf.fd = p[0];
    pf.events = POLLIN;
    r = ppoll(&pf, 1, &ts, &empty);
    printf("ppoll interrupted: %d ", r);
    printf("%s, handled %d\n", errno == EINTR ? "EINTR" : "?", (int)got);
    raise(SIGUSR1);
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    r = pselect(p[0] + 1, &rd, NULL, NULL, &ts, &empty);
    printf("pselect interrupted: %d ", r);
    printf("%s, handled %d\n", errno == EINTR ? "EINTR" : "?", (int)got);
    /* Outside those calls the signal is blocked again. */
    raise(SIGUSR1);
    r = poll(&pf, 1, 10);
    printf("plain poll with it blocked: %d, handled %d\n", r, (int)got);
    sigprocmask(SIG_UNBLOCK, &block, NULL);
    printf("unblocked: handled %d\n", (int)got);
    close(p[0]);
    close(p[1]);
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    pipes();
    selects(argc > 1 ? argv[1] : "/tmp/poll_case.file");
    with_masks();
    return 0;
}
