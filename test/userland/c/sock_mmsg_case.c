/*
 * sendmmsg and recvmmsg on Unix-domain sockets: many messages per call, each one's
 * length in msg_len; MSG_WAITFORONE; recvmmsg's timeout, looked at only between
 * messages; vlen capped at UIO_MAXIOV (1024) by sendmmsg only; partial results when
 * a later message fails, the error kept for the next call; bad arguments.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAXV 1500

static struct mmsghdr vec[MAXV];
static struct iovec iov[MAXV];
static char bufs[MAXV][16];

static void show(const char *what, long r)
{
    printf("%s: %ld%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
}

/* vec[0..n) over bufs, each of len bytes (for sending, holding text[i]). */
static void setup(int n, size_t len, const char *const *text)
{
    int i;

    memset(vec, 0, sizeof(vec));
    for (i = 0; i < n; i++) {
        memset(bufs[i], 0, sizeof(bufs[i]));
        if (text)
            strcpy(bufs[i], text[i]);
        iov[i].iov_base = bufs[i];
        iov[i].iov_len = text ? strlen(text[i]) : len;
        vec[i].msg_hdr.msg_iov = &iov[i];
        vec[i].msg_hdr.msg_iovlen = 1;
        vec[i].msg_len = 12345;
    }
}

static void show_received(int n)
{
    int i;

    for (i = 0; i < n; i++)
        printf("  [%d] msg_len %u \"%.*s\"%s\n", i, vec[i].msg_len, (int)vec[i].msg_len, bufs[i],
               vec[i].msg_hdr.msg_flags & MSG_TRUNC ? " MSG_TRUNC" : "");
}

static void basics(void)
{
    static const char *const text[] = { "one", "two", "three", "four" };
    int ds[2], r;

    printf("sizeof(struct mmsghdr) %d, msg_len at %d\n", (int)sizeof(struct mmsghdr),
           (int)offsetof(struct mmsghdr, msg_len));
    socketpair(AF_UNIX, SOCK_DGRAM, 0, ds);
    setup(3, 0, text);
    r = sendmmsg(ds[0], vec, 3, 0);
    printf("sendmmsg of 3 datagrams: %d, lengths %u %u %u\n", r, vec[0].msg_len, vec[1].msg_len, vec[2].msg_len);
    setup(5, 4, NULL);
    show("recvmmsg of up to 5 into 4-byte buffers, MSG_DONTWAIT", recvmmsg(ds[1], vec, 5, MSG_DONTWAIT, NULL));
    show_received(3);
    printf("  [3] untouched: %d\n", vec[3].msg_len == 12345);
    show("recvmmsg with nothing queued, MSG_DONTWAIT", recvmmsg(ds[1], vec, 5, MSG_DONTWAIT, NULL));
    show("recvmmsg, vlen 0", recvmmsg(ds[1], vec, 0, 0, NULL));
    show("sendmmsg, vlen 0", sendmmsg(ds[0], vec, 0, 0));

    setup(2, 0, text + 2);
    sendmmsg(ds[0], vec, 2, 0);
    setup(5, 8, NULL);
    show("MSG_WAITFORONE with 2 queued, vlen 5", recvmmsg(ds[1], vec, 5, MSG_WAITFORONE, NULL));
    show_received(2);
    if (fork() == 0) {
        usleep(100000);
        send(ds[0], "late", 4, 0);
        _exit(0);
    }
    setup(4, 8, NULL);
    show("MSG_WAITFORONE waiting for a child's datagram, vlen 4", recvmmsg(ds[1], vec, 4, MSG_WAITFORONE, NULL));
    show_received(1);
    wait(NULL);
    close(ds[0]);
    close(ds[1]);
}

static void timeouts(void)
{
    static const char *const text[] = { "a", "b", "c" };
    struct timespec ts = { 0, 0 };
    int ds[2];

    socketpair(AF_UNIX, SOCK_DGRAM, 0, ds);
    setup(3, 0, text);
    sendmmsg(ds[0], vec, 3, 0);
    setup(3, 8, NULL);
    show("3 queued, timeout {0, 0}: one, then the time is up", recvmmsg(ds[1], vec, 3, 0, &ts));
    printf("  timeout now {%ld, %ld}\n", (long)ts.tv_sec, ts.tv_nsec);
    ts.tv_sec = 5;
    show("2 queued, vlen 2, timeout {5, 0}", recvmmsg(ds[1], vec, 2, 0, &ts));
    printf("  the rest written back, at most 5 s: %d\n", ts.tv_sec < 5 || (ts.tv_sec == 5 && ts.tv_nsec == 0));
    ts.tv_sec = 0;
    ts.tv_nsec = -1;
    show("timeout {0, -1}", recvmmsg(ds[1], vec, 2, MSG_DONTWAIT, &ts));
    ts.tv_nsec = 1000000000;
    show("timeout {0, 1000000000}", recvmmsg(ds[1], vec, 2, MSG_DONTWAIT, &ts));
    ts.tv_sec = -1;
    ts.tv_nsec = 0;
    show("timeout {-1, 0}", recvmmsg(ds[1], vec, 2, MSG_DONTWAIT, &ts));
    close(ds[0]);
    close(ds[1]);
}

static void limits_and_errors(void)
{
    static char data[MAXV];
    static const char *const text[] = { "first", "second" };
    int sv[2], ds[2], pfd[2], err;
    socklen_t len = sizeof(err);
    char c;

    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    setup(MAXV, 0, NULL);
    show("sendmmsg of 1500 empty messages (capped at 1024)", sendmmsg(sv[0], vec, MAXV, 0));
    send(sv[0], data, sizeof(data), 0);
    setup(MAXV, 1, NULL);
    show("recvmmsg of 1500 one-byte messages from a stream (no cap)", recvmmsg(sv[1], vec, MAXV, MSG_DONTWAIT, NULL));
    close(sv[0]);
    setup(3, 4, NULL);
    show("recvmmsg at end of file, vlen 3", recvmmsg(sv[1], vec, 3, 0, NULL));
    close(sv[1]);

    socketpair(AF_UNIX, SOCK_DGRAM, 0, ds);
    setup(2, 0, text);
    iov[1].iov_base = (void *)8;
    show("sendmmsg, the second message's buffer bad", sendmmsg(ds[0], vec, 2, 0));
    vec[0].msg_hdr.msg_iov = (void *)8;
    show("sendmmsg, the first message's iovec bad", sendmmsg(ds[0], vec, 2, 0));
    send(ds[0], "again", 5, 0);
    setup(3, 8, NULL);
    vec[1].msg_hdr.msg_iov = (void *)8;
    show("recvmmsg, the second header's iovec bad", recvmmsg(ds[1], vec, 3, MSG_DONTWAIT, NULL));
    show_received(1);
    getsockopt(ds[1], SOL_SOCKET, SO_ERROR, &err, &len);
    printf("  SO_ERROR then: %s\n", strerror(err));
    vec[0].msg_hdr.msg_iov = (void *)8;
    show("recvmmsg, the first header's iovec bad", recvmmsg(ds[1], vec, 3, MSG_DONTWAIT, NULL));
    show("recv gets the datagram still queued", recv(ds[1], &c, 1, MSG_DONTWAIT));
    show("recvmmsg on a bad descriptor", recvmmsg(-1, vec, 1, 0, NULL));
    pipe(pfd);
    show("sendmmsg on a pipe", sendmmsg(pfd[1], vec, 1, 0));
    close(pfd[0]);
    close(pfd[1]);
    close(ds[0]);
    close(ds[1]);
}

int main(void)
{
    basics();
    timeouts();
    limits_and_errors();
    return 0;
}
