/*
 * Named Unix-domain sockets: a server binds a path in a fresh directory, listens
 * and accepts; fork()ed clients connect and are echoed.  Also: what bind leaves in
 * the file system, the errors of connect and bind, accept's blocking, nonblocking
 * and interrupted forms, the listener's backlog and its readiness in poll,
 * datagrams sent to a bound path, and the abstract namespace.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <sys/wait.h>

static char dir[64];

static void show(const char *what, long r)
{
    if (r < 0)
        printf("%s: -1 %s\n", what, strerror(errno));
    else
        printf("%s: %ld\n", what, r);
}

/* An address for name inside the scratch directory (name NULL: the directory itself). */
static socklen_t path_addr(struct sockaddr_un *sun, const char *name)
{
    memset(sun, 0, sizeof(*sun));
    sun->sun_family = AF_UNIX;
    snprintf(sun->sun_path, sizeof(sun->sun_path), "%s%s%s", dir, name ? "/" : "", name ? name : "");
    return sizeof(*sun);
}

/* An address as a program would print it: the path relative to the scratch directory. */
static void show_addr(const char *what, struct sockaddr_un *sun, socklen_t len)
{
    size_t dirlen = strlen(dir);

    if (len <= sizeof(sa_family_t))
        printf("%s: unnamed (len %u)\n", what, (unsigned)len);
    else if (sun->sun_path[0] == 0)
        printf("%s: abstract \"%.*s\" (len %u)\n", what, (int)(len - 3), sun->sun_path + 1, (unsigned)len);
    else if (!strncmp(sun->sun_path, dir, dirlen))
        printf("%s: DIR%s (len = path + %d)\n", what, sun->sun_path + dirlen, (int)(len - strlen(sun->sun_path)));
    else
        printf("%s: %s\n", what, sun->sun_path);
}

static void show_name(const char *what, int fd, int peer)
{
    struct sockaddr_un sun;
    socklen_t len = sizeof(sun);
    int r = peer ? getpeername(fd, (struct sockaddr *)&sun, &len) : getsockname(fd, (struct sockaddr *)&sun, &len);

    if (r < 0)
        show(what, r);
    else
        show_addr(what, &sun, len);
}

static int connect_to(int type, const char *name)
{
    struct sockaddr_un sun;
    socklen_t len = path_addr(&sun, name);
    int fd = socket(AF_UNIX, type, 0);

    if (connect(fd, (struct sockaddr *)&sun, len) < 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

static void wait_child(void)
{
    int status;

    wait(&status);
    printf("child exited %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status));
}

/* Each client sends its number, the server answers with it doubled. */
static void echo_server(void)
{
    struct sockaddr_un sun;
    socklen_t len = path_addr(&sun, "server");
    int srv = socket(AF_UNIX, SOCK_STREAM, 0), i;
    struct stat st;

    show("bind", bind(srv, (struct sockaddr *)&sun, len));
    show("stat", stat(sun.sun_path, &st));
    printf("  S_ISSOCK %d, mode %o, size %ld\n", S_ISSOCK(st.st_mode), st.st_mode & 0777, (long)st.st_size);
    show("listen", listen(srv, 5));
    show_name("server name", srv, 0);
    fflush(stdout);
    for (i = 1; i <= 3; i++) {
        if (fork() == 0) {
            int fd = connect_to(SOCK_STREAM, "server"), answer = 0;
            if (fd < 0)
                _exit(10);
            write(fd, &i, sizeof(i));
            if (read(fd, &answer, sizeof(answer)) != sizeof(answer) || answer != 2 * i)
                _exit(11);
            _exit(0);
        }
        {
            struct sockaddr_un peer;
            socklen_t plen = sizeof(peer);
            int c = accept(srv, (struct sockaddr *)&peer, &plen), n = 0;

            show_addr("accepted a client", &peer, plen);
            show_name("  its socket's name", c, 0);
            show_name("  its peer", c, 1);
            read(c, &n, sizeof(n));
            printf("  got %d\n", n);
            n *= 2;
            write(c, &n, sizeof(n));
            wait_child();
            close(c);
        }
    }
    close(srv);
    show("connect after the server closed", connect_to(SOCK_STREAM, "server"));
    show("open the socket file", open(sun.sun_path, O_RDWR));
    show("unlink", unlink(sun.sun_path));
    show("connect after unlink", connect_to(SOCK_STREAM, "server"));
}

/* A client that binds its own name; the client writes before the server accepts. */
static void named_client(void)
{
    struct sockaddr_un sun, me;
    socklen_t len = path_addr(&sun, "srv2");
    int srv = socket(AF_UNIX, SOCK_SEQPACKET, 0), cl, c;
    char buf[32];

    bind(srv, (struct sockaddr *)&sun, len);
    listen(srv, 1);
    cl = socket(AF_UNIX, SOCK_SEQPACKET, 0);
    bind(cl, (struct sockaddr *)&me, path_addr(&me, "client"));
    show("connect", connect(cl, (struct sockaddr *)&sun, len));
    show("send before accept", send(cl, "early", 5, 0));
    show("send another", send(cl, "bird", 4, 0));
    show_name("client's peer (before accept)", cl, 1);
    c = accept(srv, NULL, NULL);
    show_name("accepted socket's peer", c, 1);
    show("recv", recv(c, buf, sizeof(buf), 0));
    show("recv", recv(c, buf, sizeof(buf), 0));
    show("connect again", connect(cl, (struct sockaddr *)&sun, len));
    close(c);
    show("recv after the server's end closed", recv(cl, buf, sizeof(buf), 0));
    close(cl);
    close(srv);
    unlink(sun.sun_path);
    unlink(me.sun_path);
}

static void errors(void)
{
    struct sockaddr_un sun;
    socklen_t len;
    int a = socket(AF_UNIX, SOCK_STREAM, 0), b = socket(AF_UNIX, SOCK_STREAM, 0), d, fd;

    len = path_addr(&sun, "taken");
    show("bind", bind(a, (struct sockaddr *)&sun, len));
    show("bind the same path again", bind(b, (struct sockaddr *)&sun, len));
    show("bind a bound socket elsewhere", bind(a, (struct sockaddr *)&sun, path_addr(&sun, "other")));
    show("connect to a socket that is not listening", connect_to(SOCK_STREAM, "taken"));
    show("connect to nothing", connect_to(SOCK_STREAM, "nothing"));
    show("bind in a missing directory", bind(b, (struct sockaddr *)&sun, path_addr(&sun, "no/such")));
    fd = open(path_addr(&sun, "file") ? sun.sun_path : "", O_CREAT | O_WRONLY, 0600);
    close(fd);
    show("bind over a regular file", bind(b, (struct sockaddr *)&sun, len));
    show("connect to a regular file", connect_to(SOCK_STREAM, "file"));
    show("connect through a regular file", connect_to(SOCK_STREAM, "file/x"));
    unlink(sun.sun_path);
    show("bind with a short length", bind(b, (struct sockaddr *)&sun, 1));
    sun.sun_family = AF_INET;
    show("bind with family AF_INET", bind(b, (struct sockaddr *)&sun, len));
    show("connect with family AF_INET", connect(b, (struct sockaddr *)&sun, len));
    show("bind with a length over 110", bind(b, (struct sockaddr *)&sun, 111));
    d = socket(AF_UNIX, SOCK_DGRAM, 0);
    bind(d, (struct sockaddr *)&sun, path_addr(&sun, "dgram"));
    show("connect a stream to a datagram socket", connect_to(SOCK_STREAM, "dgram"));
    listen(a, 1);
    show("connect a datagram socket to a listener", connect_to(SOCK_DGRAM, "taken"));
    show("listen on a connected socket", (connect(b, (struct sockaddr *)&sun, path_addr(&sun, "taken")), listen(b, 1)));
    show("connect a listening socket", connect(a, (struct sockaddr *)&sun, len));
    close(a);
    close(b);
    close(d);
    unlink(path_addr(&sun, "taken") ? sun.sun_path : "");
    unlink(path_addr(&sun, "dgram") ? sun.sun_path : "");
}

static void on_alarm(int sig)
{
    (void)sig;
}

/* accept: nonblocking, interrupted by a signal, readiness in poll, the backlog, pending connections reset. */
static void accepting(void)
{
    struct sockaddr_un sun;
    struct sigaction sa;
    struct itimerval it = { { 0, 0 }, { 0, 50000 } };
    struct pollfd pf;
    socklen_t len = path_addr(&sun, "acc");
    int srv = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0), cl[4], i, c;
    char buf[8];

    bind(srv, (struct sockaddr *)&sun, len);
    listen(srv, 1);
    show("accept with nothing pending (nonblocking)", accept(srv, NULL, NULL));
    pf.fd = srv;
    pf.events = POLLIN | POLLOUT;
    show("poll an idle listener", poll(&pf, 1, 0));
    cl[0] = connect_to(SOCK_STREAM, "acc");
    show("poll with a connection pending", poll(&pf, 1, 0));
    printf("  revents IN %d OUT %d\n", (pf.revents & POLLIN) != 0, (pf.revents & POLLOUT) != 0);
    cl[1] = connect_to(SOCK_STREAM, "acc");
    cl[2] = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
    show("a third client, nonblocking, backlog 1", connect(cl[2], (struct sockaddr *)&sun, len));
    c = accept4(srv, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
    printf("accept4: FD_CLOEXEC %d, O_NONBLOCK %d\n", fcntl(c, F_GETFD) & FD_CLOEXEC,
           (fcntl(c, F_GETFL) & O_NONBLOCK) != 0);
    show("the third client tries again", connect(cl[2], (struct sockaddr *)&sun, len));
    close(c);
    show("accept4 with bad flags", accept4(srv, NULL, NULL, 1));

    /* Closing the listener resets the connections it never accepted. */
    close(srv);
    for (i = 0; i < 3; i++)
        show("a client of the closed listener reads", read(cl[i], buf, sizeof(buf)));
    for (i = 0; i < 3; i++)
        close(cl[i]);
    unlink(sun.sun_path);

    /* A blocking accept is interrupted by a signal whose handler has no SA_RESTART. */
    srv = socket(AF_UNIX, SOCK_STREAM, 0);
    bind(srv, (struct sockaddr *)&sun, len);
    listen(srv, 1);
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    setitimer(ITIMER_REAL, &it, NULL);
    show("accept interrupted", accept(srv, NULL, NULL));
    /* A blocked accept wakes for a child's connect. */
    fflush(stdout);
    if (fork() == 0) {
        usleep(20000);
        _exit(connect_to(SOCK_STREAM, "acc") < 0);
    }
    c = accept(srv, NULL, NULL);
    show("accept waited for the child", c >= 0 ? 0 : -1);
    wait_child();
    show("read from the child's closed end", read(c, buf, sizeof(buf)));
    close(c);
    close(srv);
    unlink(sun.sun_path);
}

/* Datagrams to a bound path: recvfrom names the sender, connect sets a default receiver. */
static void datagrams(void)
{
    struct sockaddr_un srv_addr, from, cl_addr;
    socklen_t len = path_addr(&srv_addr, "dsrv"), flen;
    int srv = socket(AF_UNIX, SOCK_DGRAM, 0), cl = socket(AF_UNIX, SOCK_DGRAM, 0), other, i;
    char buf[32];

    bind(srv, (struct sockaddr *)&srv_addr, len);
    show("sendto from an unbound socket", sendto(cl, "anon", 4, 0, (struct sockaddr *)&srv_addr, len));
    flen = sizeof(from);
    show("recvfrom", recvfrom(srv, buf, sizeof(buf), 0, (struct sockaddr *)&from, &flen));
    show_addr("  sender", &from, flen);
    bind(cl, (struct sockaddr *)&cl_addr, path_addr(&cl_addr, "dcl"));
    show("sendto from a bound socket", sendto(cl, "named", 5, 0, (struct sockaddr *)&srv_addr, len));
    flen = sizeof(from);
    show("recvfrom", recvfrom(srv, buf, sizeof(buf), 0, (struct sockaddr *)&from, &flen));
    show_addr("  sender", &from, flen);
    show("reply with sendto the sender", sendto(srv, "reply", 5, 0, (struct sockaddr *)&from, flen));
    show("recv", recv(cl, buf, sizeof(buf), 0));
    {
        struct iovec iov = { buf, sizeof(buf) };
        struct msghdr mh;

        memset(&mh, 0, sizeof(mh));
        mh.msg_iov = &iov;
        mh.msg_iovlen = 1;
        mh.msg_namelen = 99;
        sendto(cl, "a", 1, 0, (struct sockaddr *)&srv_addr, len);
        show("recvmsg without msg_name", recvmsg(srv, &mh, 0));
        printf("  msg_namelen left at %u\n", (unsigned)mh.msg_namelen);
        mh.msg_name = &from;
        mh.msg_namelen = 0;
        sendto(cl, "b", 1, 0, (struct sockaddr *)&srv_addr, len);
        show("recvmsg with msg_namelen 0", recvmsg(srv, &mh, 0));
        printf("  msg_namelen set to path + %d\n", (int)(mh.msg_namelen - strlen(cl_addr.sun_path)));
    }
    show("connect to the server", connect(cl, (struct sockaddr *)&srv_addr, len));
    show("send", send(cl, "connected", 9, 0));
    show("recv", recv(srv, buf, sizeof(buf), 0));
    show_name("client's peer", cl, 1);
    show("connect the server to the client", connect(srv, (struct sockaddr *)&cl_addr, sizeof(cl_addr)));
    other = socket(AF_UNIX, SOCK_DGRAM, 0);
    show("a third socket sends to the connected server", sendto(other, "x", 1, 0, (struct sockaddr *)&srv_addr, len));
    show("disconnect with AF_UNSPEC", connect(srv, (struct sockaddr *)&(struct sockaddr){ AF_UNSPEC }, sizeof(struct sockaddr)));
    show_name("server's peer now", srv, 1);
    for (i = 0; i < 12; i++)
        if (sendto(other, "fill", 4, MSG_DONTWAIT, (struct sockaddr *)&srv_addr, len) < 0)
            break;
    printf("the server's queue took %d datagrams from a stranger: %s\n", i, i < 12 ? strerror(errno) : "no limit");
    close(srv);
    show("send to the closed server (connected)", send(cl, "x", 1, 0));
    show("send again", send(cl, "x", 1, 0));
    show("sendto its path", sendto(other, "x", 1, 0, (struct sockaddr *)&srv_addr, len));
    close(cl);
    close(other);
    unlink(srv_addr.sun_path);
    unlink(cl_addr.sun_path);
}

/* Names that start with a zero byte: no file, gone with the socket. */
static void abstract(void)
{
    struct sockaddr_un sun;
    socklen_t len = sizeof(sa_family_t) + 1 + 11;
    int a = socket(AF_UNIX, SOCK_STREAM, 0), b = socket(AF_UNIX, SOCK_STREAM, 0), c, s;
    char buf[8];

    memset(&sun, 0, sizeof(sun));
    sun.sun_family = AF_UNIX;
    memcpy(sun.sun_path + 1, "tcc-lite-ab", 11);
    show("bind abstract", bind(a, (struct sockaddr *)&sun, len));
    show_name("its name", a, 0);
    show("bind the same name", bind(b, (struct sockaddr *)&sun, len));
    listen(a, 1);
    show("connect", connect(b, (struct sockaddr *)&sun, len));
    c = accept(a, NULL, NULL);
    write(b, "abs", 3);
    show("read", read(c, buf, sizeof(buf)));
    show_name("client's peer", b, 1);
    close(a);
    close(b);
    close(c);
    s = socket(AF_UNIX, SOCK_STREAM, 0);
    show("connect after the listener closed", connect(s, (struct sockaddr *)&sun, len));
    show("bind the name again", bind(s, (struct sockaddr *)&sun, len));
    close(s);
    s = socket(AF_UNIX, SOCK_DGRAM, 0);
    show("autobind (length 2)", bind(s, (struct sockaddr *)&sun, sizeof(sa_family_t)));
    {
        struct sockaddr_un me;
        socklen_t mlen = sizeof(me);
        getsockname(s, (struct sockaddr *)&me, &mlen);
        printf("  autobound: len %u, abstract %d\n", (unsigned)mlen, me.sun_path[0] == 0);
    }
    close(s);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    setvbuf(stdout, NULL, _IOLBF, 0);
    signal(SIGPIPE, SIG_IGN);
    strcpy(dir, "/tmp/unixsockXXXXXX");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    echo_server();
    named_client();
    errors();
    accepting();
    datagrams();
    abstract();
    if (rmdir(dir) < 0)
        perror("rmdir");
    return 0;
}
