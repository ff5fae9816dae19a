/*
 * Passing descriptors and credentials over Unix-domain sockets (sendmsg/recvmsg with
 * SCM_RIGHTS and SCM_CREDENTIALS): a parent hands an open file and a pipe to a child,
 * which shares the file's offset; a connected socket is handed over too; a short
 * control buffer truncates (MSG_CTRUNC) and closes what did not fit; a receive without
 * one drops them; MSG_CMSG_CLOEXEC; descriptors end a stream read; SO_PASSCRED tells
 * who sent; and the errors of malformed control messages.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include "cmsg_helpers.h"

static void show(const char *what, long r)
{
    if (r < 0)
        printf("%s: -1 %s\n", what, strerror(errno));
    else
        printf("%s: %ld\n", what, r);
}

/* Receive into buf with room for `room` descriptors; returns the byte count, fills fds and *n. */
static ssize_t recv_fds(int sock, char *buf, size_t len, int *fds, int room, int *n, int flags, int *msg_flags)
{
    union {
        char buf[CMSG_SPACE(8 * sizeof(int))];
        struct cmsghdr align;
    } u;
    struct iovec iov = { buf, len };
    struct msghdr mh;
    struct cmsghdr *c;
    ssize_t r;

    memset(&mh, 0, sizeof(mh));
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    mh.msg_control = room >= 0 ? u.buf : NULL;
    mh.msg_controllen = room >= 0 ? CMSG_SPACE(room * sizeof(int)) : 0;
    *n = 0;
    r = recvmsg(sock, &mh, flags);
    for (c = r >= 0 ? CMSG_FIRSTHDR(&mh) : NULL; c; c = CMSG_NXTHDR(&mh, c))
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
            *n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            memcpy(fds, CMSG_DATA(c), *n * sizeof(int));
        }
    if (msg_flags)
        *msg_flags = mh.msg_flags;
    return r;
}

static void wait_child(void)
{
    int status;

    wait(&status);
    printf("child exited %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status));
}

/* The child gets an open file and a pipe's write end: it reads on from the parent's offset. */
static void hand_over_a_file(const char *path)
{
    int sv[2], p[2], fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600), fds[2];
    char buf[32];
    ssize_t r;

    write(fd, "0123456789", 10);
    lseek(fd, 4, SEEK_SET);
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    pipe(p);
    fflush(stdout);
    if (fork() == 0) {
        int got[4], n;
        char c[4];
        close(sv[0]);
        close(p[1]);
        close(fd);
        if (recv_fds(sv[1], buf, sizeof(buf), got, 4, &n, 0, NULL) != 5 || n != 2)
            _exit(10);
        read(got[0], c, 3); /* the parent's offset: "456" */
        write(got[1], c, 3);
        close(got[0]);
        close(got[1]);
        _exit(0);
    }
    close(sv[1]);
    fds[0] = fd;
    fds[1] = p[1];
    show("sendmsg with a file and a pipe", send_fds(sv[0], "files", 5, fds, 2, 0));
    close(p[1]); /* the child holds the only write end now */
    r = read(p[0], buf, sizeof(buf));
    printf("the child wrote \"%.*s\" into the pipe\n", (int)(r > 0 ? r : 0), buf);
    show("then the pipe ends", read(p[0], buf, sizeof(buf)));
    wait_child();
    printf("the parent's offset moved with the child's read: %ld\n", (long)lseek(fd, 0, SEEK_CUR));
    close(fd);
    close(p[0]);
    close(sv[0]);
    unlink(path);
}

/* A connected socket handed to another process keeps working there. */
static void hand_over_a_socket(void)
{
    int carrier[2], conn[2], got[2], n;
    char buf[16];

    socketpair(AF_UNIX, SOCK_DGRAM, 0, carrier);
    socketpair(AF_UNIX, SOCK_STREAM, 0, conn);
    fflush(stdout);
    if (fork() == 0) {
        close(carrier[0]);
        close(conn[0]);
        close(conn[1]);
        if (recv_fds(carrier[1], buf, sizeof(buf), got, 2, &n, 0, NULL) < 0 || n != 1)
            _exit(10);
        write(got[0], "from the child", 14);
        _exit(0);
    }
    close(carrier[1]);
    show("send a socket", send_fds(carrier[0], "s", 1, &conn[1], 1, 0));
    close(conn[1]);
    wait_child();
    n = read(conn[0], buf, sizeof(buf));
    printf("read \"%.*s\"\n", n > 0 ? n : 0, buf);
    show("then end of file", read(conn[0], buf, sizeof(buf)));
    close(conn[0]);
    close(carrier[0]);
}

/* Descriptors that do not fit, or have no control buffer to go to, are closed. */
static void truncation(void)
{
    int sv[2], p[3][2], fds[3], got[8], n, flags, i;
    char buf[8];

    socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
    for (i = 0; i < 3; i++) {
        pipe(p[i]);
        fds[i] = p[i][1];
    }
    send_fds(sv[0], "3", 1, fds, 3, 0);
    for (i = 0; i < 3; i++)
        close(p[i][1]);
    show("recvmsg with room for 2", recv_fds(sv[1], buf, sizeof(buf), got, 2, &n, 0, &flags));
    printf("  got %d descriptors, MSG_CTRUNC %s\n", n, flags & MSG_CTRUNC ? "set" : "clear");
    for (i = 0; i < 3; i++) {
        fcntl(p[i][0], F_SETFL, O_NONBLOCK);
        show("  read the pipe (end of file if its writer was dropped)", read(p[i][0], buf, 1));
    }
    for (i = 0; i < n; i++)
        close(got[i]);

    send_fds(sv[0], "1", 1, &p[0][0], 1, 0);
    show("recv without a control buffer", recv_fds(sv[1], buf, sizeof(buf), got, -1, &n, 0, &flags));
    printf("  got %d descriptors, MSG_CTRUNC %s\n", n, flags & MSG_CTRUNC ? "set" : "clear");
    send_fds(sv[0], "2", 1, &p[0][0], 1, 0);
    show("plain recv", recv(sv[1], buf, sizeof(buf), 0));

    send_fds(sv[0], "c", 1, &p[0][0], 1, 0);
    {
        struct iovec iov = { buf, sizeof(buf) };
        char cbuf[CMSG_SPACE(sizeof(int))];
        struct msghdr mh = { 0 };
        mh.msg_iov = &iov;
        mh.msg_iovlen = 1;
        mh.msg_control = cbuf;
        mh.msg_controllen = sizeof(cbuf);
        show("recvmsg MSG_CMSG_CLOEXEC", recvmsg(sv[1], &mh, MSG_CMSG_CLOEXEC));
        memcpy(&n, CMSG_DATA(CMSG_FIRSTHDR(&mh)), sizeof(int));
        printf("  FD_CLOEXEC %d, controllen %zu, MSG_CMSG_CLOEXEC in flags %d\n", fcntl(n, F_GETFD) & FD_CLOEXEC,
               mh.msg_controllen, (mh.msg_flags & MSG_CMSG_CLOEXEC) != 0);
        close(n);
    }
    for (i = 0; i < 3; i++)
        close(p[i][0]);
    close(sv[0]);
    close(sv[1]);
}

/* On a stream, a buffer with descriptors ends the read it is part of. */
static void stream_reads(void)
{
    int sv[2], got[2], n, p[2];
    char buf[32];

    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    pipe(p);
    write(sv[0], "ab", 2);
    send_fds(sv[0], "cd", 2, &p[0], 1, 0);
    write(sv[0], "ef", 2);
    show("first read", recv_fds(sv[1], buf, sizeof(buf), got, 2, &n, 0, NULL));
    printf("  \"%.4s\" with %d descriptors\n", buf, n);
    close(got[0]);
    show("second read", recv_fds(sv[1], buf, sizeof(buf), got, 2, &n, 0, NULL));
    printf("  \"%.2s\" with %d descriptors\n", buf, n);
    close(p[0]);
    close(p[1]);
    close(sv[0]);
    close(sv[1]);
}

/* SO_PASSCRED: the receiver learns the sender's pid, uid and gid. */
static void credentials(void)
{
    int sv[2], on = 1;
    pid_t child;
    char buf[8];
    union {
        char buf[CMSG_SPACE(sizeof(struct ucred))];
        struct cmsghdr align;
    } u;
    struct iovec iov = { buf, sizeof(buf) };
    struct msghdr mh;
    struct cmsghdr *c;
    struct ucred cred, self = { getpid(), getuid(), getgid() };

    socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
    setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof(on));
    fflush(stdout);
    child = fork();
    if (child == 0) {
        send(sv[0], "me", 2, 0);
        _exit(0);
    }
    wait_child();
    memset(&mh, 0, sizeof(mh));
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    mh.msg_control = u.buf;
    mh.msg_controllen = sizeof(u.buf);
    show("recvmsg with SO_PASSCRED", recvmsg(sv[1], &mh, 0));
    c = CMSG_FIRSTHDR(&mh);
    memcpy(&cred, CMSG_DATA(c), sizeof(cred));
    printf("  level %d type %d len %zu: pid is the child's %d, uid %d, gid %d\n", c->cmsg_level, c->cmsg_type,
           (size_t)c->cmsg_len, cred.pid == child, cred.uid == getuid(), cred.gid == getgid());

    /* The sender may state its own credentials. */
    {
        char cbuf[CMSG_SPACE(sizeof(struct ucred))];
        struct iovec out = { "ok", 2 };
        struct msghdr smh;

        c = one_cmsg(&smh, &out, cbuf, SCM_CREDENTIALS, &self, sizeof(self));
        show("sendmsg with SCM_CREDENTIALS", sendmsg(sv[0], &smh, 0));
        c->cmsg_len = CMSG_LEN(sizeof(struct ucred) - 1);
        show("  with a short one", sendmsg(sv[0], &smh, 0));
    }
    mh.msg_controllen = sizeof(u.buf);
    recvmsg(sv[1], &mh, 0);
    memcpy(&cred, CMSG_DATA(CMSG_FIRSTHDR(&mh)), sizeof(cred));
    printf("  received pid is ours %d\n", cred.pid == getpid());
    mh.msg_controllen = sizeof(struct cmsghdr) + 4;
    send(sv[0], "x", 1, 0);
    show("recvmsg with a short control buffer", recvmsg(sv[1], &mh, 0));
    printf("  MSG_CTRUNC %s, controllen %zu\n", mh.msg_flags & MSG_CTRUNC ? "set" : "clear", mh.msg_controllen);
    close(sv[0]);
    close(sv[1]);
}

static void errors(void)
{
    int sv[2], bad = 99, ok[1];
    char cbuf[CMSG_SPACE(sizeof(int))];
    struct iovec iov = { "x", 1 };
    struct msghdr mh;
    struct cmsghdr *c;

    socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
    ok[0] = sv[0];
    show("SCM_RIGHTS with a closed descriptor", send_fds(sv[0], "x", 1, &bad, 1, 0));
    c = one_cmsg(&mh, &iov, cbuf, 99, ok, sizeof(int));
    show("an unknown control message type", sendmsg(sv[0], &mh, 0));
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = sizeof(cbuf) + 8;
    show("a control message longer than the buffer", sendmsg(sv[0], &mh, 0));
    c->cmsg_len = 4;
    show("a control message shorter than its header", sendmsg(sv[0], &mh, 0));
    c->cmsg_len = CMSG_LEN(sizeof(int));
    c->cmsg_level = 6;
    show("another level is ignored", sendmsg(sv[0], &mh, 0));
    c->cmsg_level = SOL_SOCKET;
    show("a socket sent over itself", sendmsg(sv[0], &mh, 0));
    close(sv[0]);
    close(sv[1]); /* both ends closed with the socket in flight: the kernel collects it */
    printf("closed\n");
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    hand_over_a_file(argc > 1 ? argv[1] : "/tmp/unix_scm_file");
    hand_over_a_socket();
    truncation();
    stream_reads();
    credentials();
    errors();
    return 0;
}
