/*
 * A descriptor closed by one thread while another sleeps in poll or select on it.
 * As Linux, the sleeper holds the open file until it returns: the peer can still
 * write (no EPIPE), the write wakes the sleeper, and then poll reports POLLNVAL for
 * the number that is no longer open while select, which checked its descriptors on
 * entry, just sleeps on until its timeout.  Once the sleeper has returned, the file
 * is gone and the peer's write fails with EPIPE.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

struct sleeper {
    int fd;
    int use_select;
    int result;
    int revents;
};

static void *sleep_in_poll(void *arg)
{
    struct sleeper *s = arg;

    if (s->use_select) {
        fd_set in;
        struct timeval tv = { 0, 300000 };

        FD_ZERO(&in);
        FD_SET(s->fd, &in);
        s->result = select(s->fd + 1, &in, NULL, NULL, &tv);
        s->revents = FD_ISSET(s->fd, &in);
    } else {
        struct pollfd pf = { s->fd, POLLIN, 0 };

        s->result = poll(&pf, 1, 5000);
        s->revents = pf.revents;
    }
    return NULL;
}

static void show_write(const char *when, int fd)
{
    ssize_t n = write(fd, "x", 1);

    printf("  write to the peer %s: %zd%s%s\n", when, n, n < 0 ? " " : "", n < 0 ? strerror(errno) : "");
}

/* ends[0] is polled by a thread, closed by this one; ends[1] is its peer. */
static void close_under(const char *what, int ends[2], int use_select)
{
    struct sleeper s = { ends[0], use_select, 0, 0 };
    pthread_t t;

    printf("%s, %s:\n", what, use_select ? "select" : "poll");
    pthread_create(&t, NULL, sleep_in_poll, &s);
    usleep(100000);
    close(ends[0]);
    show_write("while the sleeper holds the file", ends[1]);
    pthread_join(t, NULL);
    printf("  the sleeper returned %d, revents %#x\n", s.result, s.revents);
    show_write("after it returned", ends[1]);
    close(ends[1]);
}

int main(void)
{
    int ends[2];

    signal(SIGPIPE, SIG_IGN);
    pipe(ends);
    close_under("pipe", ends, 0);
    pipe(ends);
    close_under("pipe", ends, 1);
    socketpair(AF_UNIX, SOCK_STREAM, 0, ends);
    close_under("stream socket pair", ends, 0);
    socketpair(AF_UNIX, SOCK_STREAM, 0, ends);
    close_under("stream socket pair", ends, 1);
    socketpair(AF_UNIX, SOCK_DGRAM, 0, ends);
    close_under("datagram socket pair", ends, 0);
    return 0;
}
