/*
 * Unix-domain socket pairs, as OS courses use them between a parent and a child:
 * a stream echo, datagram and seqpacket message boundaries, end of file after close
 * and shutdown, ECONNRESET, EPIPE and SIGPIPE, nonblocking EAGAIN, poll and select
 * readiness, socket options and the errors of misuse.  Only what Linux makes
 * deterministic is printed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>

static volatile sig_atomic_t sigpipes;

static void on_sigpipe(int sig)
{
    (void)sig;
    sigpipes++;
}

static void show(const char *what, long r)
{
    if (r < 0)
        printf("%s: -1 %s\n", what, strerror(errno));
    else
        printf("%s: %ld\n", what, r);
}

/* poll's answer for one descriptor, as names. */
static void show_poll(const char *what, int fd, short events)
{
    struct pollfd pf = { fd, events, 0 };
    int r = poll(&pf, 1, 0);

    printf("%s: %d [%s%s%s%s%s]\n", what, r, pf.revents & POLLIN ? " IN" : "", pf.revents & POLLOUT ? " OUT" : "",
           pf.revents & POLLHUP ? " HUP" : "", pf.revents & POLLERR ? " ERR" : "",
           pf.revents & POLLRDHUP ? " RDHUP" : "");
}

static void wait_child(void)
{
    int status;

    wait(&status);
    printf("child exited %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status));
}

/* The parent sends lines, the child upper-cases them back; a stream has no boundaries, so read whole lines. */
static void stream_echo(void)
{
    const char *lines[] = { "hello\n", "unix domain\n", "sockets\n" };
    char buf[64];
    int sv[2], i;

    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    fflush(stdout);
    if (fork() == 0) {
        char c;
        close(sv[0]);
        while (read(sv[1], &c, 1) == 1) {
            if (c >= 'a' && c <= 'z')
                c -= 32;
            write(sv[1], &c, 1);
        }
        _exit(0);
    }
    close(sv[1]);
    for (i = 0; i < 3; i++) {
        size_t n = strlen(lines[i]), got = 0;
        write(sv[0], lines[i], n);
        while (got < n) {
            ssize_t r = read(sv[0], buf + got, n - got);
            if (r <= 0)
                break;
            got += r;
        }
        buf[got] = 0;
        printf("echo: %s", buf);
    }
    shutdown(sv[0], SHUT_WR);
    show("read after the child saw EOF and exited", read(sv[0], buf, sizeof(buf)));
    wait_child();
    close(sv[0]);
}

/* One write much larger than the send buffer: the writer sleeps until the child reads. */
static void big_transfer(void)
{
    static char big[600000];
    unsigned long sum = 0, total = 0;
    int sv[2], i;

    for (i = 0; i < (int)sizeof(big); i++)
        big[i] = (char)(i * 7 + i / 1000);
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    fflush(stdout);
    if (fork() == 0) {
        char buf[5000];
        ssize_t r;
        close(sv[0]);
        while ((r = read(sv[1], buf, sizeof(buf))) > 0)
            for (i = 0; i < r; i++, total++)
                sum = sum * 31 + (unsigned char)buf[i];
        printf("the child read %lu bytes, checksum %lx\n", total, sum);
        _exit(0);
    }
    close(sv[1]);
    show("one write of 600000 bytes", write(sv[0], big, sizeof(big)));
    close(sv[0]);
    wait_child();
}

/* Datagrams and seqpackets keep their boundaries; a short buffer truncates one message. */
static void boundaries(int type, const char *name)
{
    struct msghdr mh;
    struct iovec iov;
    char buf[64];
    int sv[2];

    printf("-- %s\n", name);
    socketpair(AF_UNIX, type, 0, sv);
    send(sv[0], "one", 3, 0);
    send(sv[0], "", 0, 0);
    send(sv[0], "three333", 8, 0);
    send(sv[0], "four4444", 8, 0);
    send(sv[0], "five", 4, 0);
    show("recv 1", recv(sv[1], buf, sizeof(buf), 0));
    show("recv empty", recv(sv[1], buf, sizeof(buf), 0));
    show("recv into 5 bytes", recv(sv[1], buf, 5, 0));
    printf("  got \"%.5s\"\n", buf);
    memset(&mh, 0, sizeof(mh));
    iov.iov_base = buf;
    iov.iov_len = 4;
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    show("recvmsg into 4 bytes", recvmsg(sv[1], &mh, 0));
    printf("  MSG_TRUNC %s\n", mh.msg_flags & MSG_TRUNC ? "set" : "clear");
    show("peek with MSG_TRUNC", recv(sv[1], buf, 1, MSG_PEEK | MSG_TRUNC));
    show("recv", recv(sv[1], buf, sizeof(buf), 0));
    show("empty queue, MSG_DONTWAIT", recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT));
    close(sv[0]);
    show("after the peer closed, MSG_DONTWAIT", recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT));
    show("send to the closed peer", send(sv[1], "x", 1, MSG_NOSIGNAL));
    close(sv[1]);
}

/* End of file, ECONNRESET and broken pipes on a stream. */
static void closing(void)
{
    char buf[16];
    int sv[2];

    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    write(sv[0], "bye", 3);
    close(sv[0]);
    show("queued data survives the close", read(sv[1], buf, sizeof(buf)));
    show("then end of file", read(sv[1], buf, sizeof(buf)));
    show("and again", read(sv[1], buf, sizeof(buf)));
    show_poll("poll after the peer closed", sv[1], POLLIN | POLLOUT | POLLRDHUP);
    sigpipes = 0;
    show("write to a closed peer", write(sv[1], "x", 1));
    printf("SIGPIPE caught %d times\n", (int)sigpipes);
    show("send MSG_NOSIGNAL", send(sv[1], "x", 1, MSG_NOSIGNAL));
    printf("SIGPIPE caught %d times\n", (int)sigpipes);
    close(sv[1]);

    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    write(sv[0], "unread", 6);
    write(sv[1], "pending", 7);
    close(sv[1]); /* it never read "unread" */
    show("read the pending data", read(sv[0], buf, sizeof(buf)));
    show("then the reset", read(sv[0], buf, sizeof(buf)));
    show("then end of file", read(sv[0], buf, sizeof(buf)));
    close(sv[0]);

    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    show("shutdown SHUT_WR", shutdown(sv[0], SHUT_WR));
    show("the peer reads end of file", read(sv[1], buf, sizeof(buf)));
    show_poll("poll on the peer", sv[1], POLLIN | POLLOUT | POLLRDHUP);
    show_poll("poll on the shut end", sv[0], POLLIN | POLLOUT | POLLRDHUP);
    show("the peer can still write", write(sv[1], "back", 4));
    show("the shut end reads it", read(sv[0], buf, sizeof(buf)));
    sigpipes = 0;
    show("the shut end writes", write(sv[0], "x", 1));
    printf("SIGPIPE caught %d times\n", (int)sigpipes);
    show("shutdown SHUT_RD on the peer", shutdown(sv[1], SHUT_RD));
    show_poll("poll on the peer", sv[1], POLLIN | POLLOUT | POLLRDHUP);
    show("shutdown 7", shutdown(sv[1], 7));
    close(sv[0]);
    close(sv[1]);
}

/* Nonblocking sockets: EAGAIN, and a full send buffer. */
static void nonblocking(void)
{
    char buf[4096];
    int sv[2], n = 0, flags;
    ssize_t r;

    socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv);
    flags = fcntl(sv[0], F_GETFL);
    printf("SOCK_NONBLOCK gives O_NONBLOCK: %s, O_RDWR: %s\n", flags & O_NONBLOCK ? "yes" : "no",
           (flags & O_ACCMODE) == O_RDWR ? "yes" : "no");
    show("read an empty socket", read(sv[0], buf, sizeof(buf)));
    memset(buf, 'x', sizeof(buf));
    while ((r = write(sv[0], buf, sizeof(buf))) > 0)
        n++;
    printf("filled after more than 8 writes: %s; the last one: %s\n", n > 8 ? "yes" : "no", strerror(errno));
    show_poll("poll on the full writer", sv[0], POLLOUT);
    show_poll("poll on the reader", sv[1], POLLIN);
    close(sv[0]);
    close(sv[1]);

    socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
    show("recv MSG_DONTWAIT", recv(sv[0], buf, 10, MSG_DONTWAIT));
    fcntl(sv[0], F_SETFL, O_NONBLOCK);
    show("recv after F_SETFL O_NONBLOCK", recv(sv[0], buf, 10, 0));
    close(sv[0]);
    close(sv[1]);
}

/* poll and select wait for a child's write; a fresh pair is writable, not readable. */
static void readiness(void)
{
    struct timeval tv = { 5, 0 };
    fd_set rd, wr;
    char buf[8];
    int sv[2], r;

    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    show_poll("fresh stream", sv[0], POLLIN | POLLOUT);
    FD_ZERO(&rd);
    FD_ZERO(&wr);
    FD_SET(sv[0], &rd);
    FD_SET(sv[0], &wr);
    r = select(sv[0] + 1, &rd, &wr, NULL, &tv);
    printf("select on a fresh stream: %d, readable %d, writable %d\n", r, FD_ISSET(sv[0], &rd) != 0,
           FD_ISSET(sv[0], &wr) != 0);
    fflush(stdout);
    if (fork() == 0) {
        usleep(20000);
        write(sv[1], "late", 4);
        _exit(0);
    }
    FD_ZERO(&rd);
    FD_SET(sv[0], &rd);
    r = select(sv[0] + 1, &rd, NULL, NULL, &tv);
    printf("select waited for the child: %d, readable %d\n", r, FD_ISSET(sv[0], &rd) != 0);
    show_poll("then poll", sv[0], POLLIN | POLLOUT);
    show("read", read(sv[0], buf, sizeof(buf)));
    wait_child();
    show_poll("the child's end is still open (inherited)", sv[0], POLLIN);
    close(sv[1]);
    show_poll("last copy closed", sv[0], POLLIN);
    close(sv[0]);

    socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
    show_poll("fresh datagram pair", sv[0], POLLIN | POLLOUT);
    close(sv[1]);
    show_poll("datagram peer closed", sv[0], POLLIN | POLLOUT);
    close(sv[0]);
}

static void options(void)
{
    struct sockaddr_un sun;
    socklen_t len;
    int sv[2], v;
    char c;

    socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv);
#define GET(name) (len = sizeof(v), v = -1, getsockopt(sv[0], SOL_SOCKET, name, &v, &len) < 0 ? -1 : v)
    printf("SO_TYPE %d, SO_DOMAIN %d, SO_PROTOCOL %d, SO_ACCEPTCONN %d, SO_ERROR %d\n", GET(SO_TYPE),
           GET(SO_DOMAIN), GET(SO_PROTOCOL), GET(SO_ACCEPTCONN), GET(SO_ERROR));
    v = 10000;
    show("set SO_SNDBUF 10000", setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &v, sizeof(v)));
    printf("SO_SNDBUF now %d\n", GET(SO_SNDBUF));
    v = 1;
    show("set SO_RCVBUF 1", setsockopt(sv[0], SOL_SOCKET, SO_RCVBUF, &v, sizeof(v)));
    printf("SO_RCVBUF now %d\n", GET(SO_RCVBUF));
    v = 1;
    setsockopt(sv[0], SOL_SOCKET, SO_REUSEADDR, &v, sizeof(v));
    setsockopt(sv[0], SOL_SOCKET, SO_KEEPALIVE, &v, sizeof(v));
    printf("SO_REUSEADDR %d, SO_KEEPALIVE %d\n", GET(SO_REUSEADDR), GET(SO_KEEPALIVE));
    show("set with a short length", setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &v, 2));
    show("unknown option", setsockopt(sv[0], SOL_SOCKET, 12345, &v, sizeof(v)));
    len = sizeof(v);
    show("get unknown option", getsockopt(sv[0], SOL_SOCKET, 12345, &v, &len));
    len = sizeof(v);
    show("get at level 6 (TCP)", getsockopt(sv[0], 6, 1, &v, &len));
    len = 1;
    c = 0;
    show("get SO_TYPE into one byte", getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &c, &len));
    printf("  byte %d, len %u\n", c, (unsigned)len);
    len = sizeof(sun);
    memset(&sun, 'x', sizeof(sun));
    show("getsockname of a pair", getsockname(sv[0], (struct sockaddr *)&sun, &len));
    printf("  len %u family %d\n", (unsigned)len, sun.sun_family);
    len = sizeof(sun);
    show("getpeername of a pair", getpeername(sv[0], (struct sockaddr *)&sun, &len));
    printf("  len %u family %d\n", (unsigned)len, sun.sun_family);
    close(sv[0]);
    close(sv[1]);
}

static void misuse(void)
{
    struct stat st;
    char buf[8];
    int p[2], fd, sv[2];

    show("socket of family 100", socket(100, SOCK_STREAM, 0));
    show("socket of family -1", socket(-1, SOCK_STREAM, 0));
    show("AF_UNIX protocol 7", socket(AF_UNIX, SOCK_STREAM, 7));
    show("AF_UNIX SOCK_RDM", socket(AF_UNIX, 4, 0));
    show("AF_UNIX type 99", socket(AF_UNIX, 99, 0));
    show("AF_UNIX unknown flag", socket(AF_UNIX, SOCK_STREAM | 0x100, 0));
    fd = socket(AF_UNIX, SOCK_RAW, 0);
    {
        int v;
        socklen_t len = sizeof(v);
        getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, &len);
        printf("SOCK_RAW is a datagram socket: %s\n", v == SOCK_DGRAM ? "yes" : "no");
    }
    close(fd);
    pipe(p);
    show("send on a pipe", send(p[1], "x", 1, 0));
    show("getsockname of a pipe", getsockname(p[0], NULL, NULL));
    show("listen on a closed fd", listen(99, 1));
    close(p[0]);
    close(p[1]);

    fd = socket(AF_UNIX, SOCK_STREAM, 0);
    show("send on an unconnected stream", send(fd, "x", 1, MSG_NOSIGNAL));
    show("recv on an unconnected stream", recv(fd, buf, 1, 0));
    show("listen on an unbound stream", listen(fd, 5));
    show("getpeername unconnected", getpeername(fd, (struct sockaddr *)buf, (socklen_t[]){ 8 }));
    show("accept on an unbound stream", accept(fd, NULL, NULL));
    show_poll("poll an unconnected stream", fd, POLLIN | POLLOUT);
    fstat(fd, &st);
    printf("fstat: S_ISSOCK %d, permissions %o\n", S_ISSOCK(st.st_mode), st.st_mode & 0777);
    show("lseek", lseek(fd, 0, SEEK_SET));
    close(fd);

    fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    show("listen on a datagram socket", listen(fd, 5));
    show("accept on a datagram socket", accept(fd, NULL, NULL));
    show("send on an unconnected datagram socket", send(fd, "x", 1, 0));
    close(fd);

    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    show("sendto with an address on a connected stream",
         sendto(sv[0], "x", 1, 0, (struct sockaddr *)&(struct sockaddr_un){ AF_UNIX, "/x" }, sizeof(struct sockaddr_un)));
    show("connect a connected stream", connect(sv[0], (struct sockaddr *)&(struct sockaddr_un){ AF_UNIX, "/nonexistent" }, sizeof(struct sockaddr_un)));
    show("socketpair flags", socketpair(AF_UNIX, SOCK_STREAM | 0x100, 0, p));
    show("socketpair family 100", socketpair(100, SOCK_STREAM, 0, p));
    close(sv[0]);
    close(sv[1]);
}

static int thread_fd;
static char thread_buf[16];

static void *blocked_reader(void *arg)
{
    (void)arg;
    return (void *)(long)recv(thread_fd, thread_buf, sizeof(thread_buf), 0);
}

/* A thread blocked in recv keeps its socket when another thread closes the descriptor (as Linux). */
static void close_under_a_thread(void)
{
    pthread_t t;
    void *r;
    int sv[2];

    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    thread_fd = sv[0];
    pthread_create(&t, NULL, blocked_reader, NULL);
    usleep(20000);
    show("close the descriptor the thread reads", close(sv[0]));
    usleep(20000);
    show("write to the peer", write(sv[1], "still", 5));
    pthread_join(t, &r);
    printf("the thread's recv returned %ld: \"%.5s\"\n", (long)r, thread_buf);
    show("the peer writes again", send(sv[1], "x", 1, MSG_NOSIGNAL));
    close(sv[1]);
}

/* Scatter and gather: sendmsg's and recvmsg's iovecs act as one buffer. */
static void vectors(void)
{
    char a[4], b[16], c[2];
    struct iovec out[3] = { { "gath", 4 }, { "er-", 3 }, { "ed!", 3 } };
    struct iovec in[3] = { { a, sizeof(a) }, { c, 0 }, { b, sizeof(b) } };
    struct msghdr mh;
    int sv[2];
    ssize_t r;

    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    memset(&mh, 0, sizeof(mh));
    mh.msg_iov = out;
    mh.msg_iovlen = 3;
    show("sendmsg of 3 vectors", sendmsg(sv[0], &mh, 0));
    mh.msg_iov = in;
    mh.msg_iovlen = 3;
    r = recvmsg(sv[1], &mh, 0);
    show("recvmsg into 3 vectors", r);
    printf("  \"%.4s\" + \"%.*s\", flags %d, controllen %zu\n", a, (int)(r - 4), b, mh.msg_flags, mh.msg_controllen);
    writev(sv[0], out, 3);
    show("readv", readv(sv[1], in, 3));
    mh.msg_iovlen = 1025;
    show("sendmsg of 1025 vectors", sendmsg(sv[0], &mh, 0));
    close(sv[0]);
    close(sv[1]);
}

int main(void)
{
    signal(SIGPIPE, on_sigpipe);
    setvbuf(stdout, NULL, _IOLBF, 0);
    stream_echo();
    big_transfer();
    boundaries(SOCK_DGRAM, "SOCK_DGRAM");
    boundaries(SOCK_SEQPACKET, "SOCK_SEQPACKET");
    closing();
    nonblocking();
    readiness();
    options();
    misuse();
    vectors();
    close_under_a_thread();
    return 0;
}
