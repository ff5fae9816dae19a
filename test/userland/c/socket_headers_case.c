/*
 * sys/socket.h and sys/un.h against glibc's: the sizes and member offsets of the
 * address and message structures, the constants, and the CMSG_* macros that walk
 * ancillary data.
 */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#define SIZE(type) printf("sizeof(" #type ") %zu\n", sizeof(type))
#define OFFSET(type, member) printf("  offsetof(" #type ", " #member ") %zu\n", offsetof(type, member))
#define CONSTANT(name) printf(#name " %ld\n", (long)(name))

static void layouts(void)
{
    SIZE(struct sockaddr);
    OFFSET(struct sockaddr, sa_data);
    SIZE(struct sockaddr_un);
    OFFSET(struct sockaddr_un, sun_path);
    SIZE(struct sockaddr_storage);
    printf("  alignment %zu\n", __alignof__(struct sockaddr_storage));
    SIZE(struct msghdr);
    OFFSET(struct msghdr, msg_namelen);
    OFFSET(struct msghdr, msg_iov);
    OFFSET(struct msghdr, msg_iovlen);
    OFFSET(struct msghdr, msg_control);
    OFFSET(struct msghdr, msg_controllen);
    OFFSET(struct msghdr, msg_flags);
    SIZE(struct cmsghdr);
    OFFSET(struct cmsghdr, cmsg_level);
    OFFSET(struct cmsghdr, cmsg_type);
    SIZE(struct ucred);
    OFFSET(struct ucred, uid);
    OFFSET(struct ucred, gid);
    SIZE(struct linger);
    SIZE(socklen_t);
    SIZE(sa_family_t);
}

static void constants(void)
{
    CONSTANT(AF_UNSPEC);
    CONSTANT(AF_UNIX);
    CONSTANT(AF_LOCAL);
    CONSTANT(PF_UNIX);
    CONSTANT(SOCK_STREAM);
    CONSTANT(SOCK_DGRAM);
    CONSTANT(SOCK_RAW);
    CONSTANT(SOCK_SEQPACKET);
    CONSTANT(SOCK_NONBLOCK);
    CONSTANT(SOCK_CLOEXEC);
    CONSTANT(SOL_SOCKET);
    CONSTANT(SO_REUSEADDR);
    CONSTANT(SO_TYPE);
    CONSTANT(SO_ERROR);
    CONSTANT(SO_SNDBUF);
    CONSTANT(SO_RCVBUF);
    CONSTANT(SO_KEEPALIVE);
    CONSTANT(SO_LINGER);
    CONSTANT(SO_PASSCRED);
    CONSTANT(SO_PEERCRED);
    CONSTANT(SO_RCVLOWAT);
    CONSTANT(SO_SNDLOWAT);
    CONSTANT(SO_ACCEPTCONN);
    CONSTANT(SO_PROTOCOL);
    CONSTANT(SO_DOMAIN);
    CONSTANT(SCM_RIGHTS);
    CONSTANT(SCM_CREDENTIALS);
    CONSTANT(MSG_OOB);
    CONSTANT(MSG_PEEK);
    CONSTANT(MSG_DONTROUTE);
    CONSTANT(MSG_CTRUNC);
    CONSTANT(MSG_TRUNC);
    CONSTANT(MSG_DONTWAIT);
    CONSTANT(MSG_EOR);
    CONSTANT(MSG_WAITALL);
    CONSTANT(MSG_NOSIGNAL);
    CONSTANT(MSG_CMSG_CLOEXEC);
    CONSTANT(SHUT_RD);
    CONSTANT(SHUT_WR);
    CONSTANT(SHUT_RDWR);
}

/* Ancillary data: the sizes, and a walk over three headers in one buffer. */
static void cmsg_macros(void)
{
    union {
        char buf[CMSG_SPACE(3 * sizeof(int)) + CMSG_SPACE(sizeof(struct ucred)) + CMSG_SPACE(1)];
        struct cmsghdr align;
    } u;
    struct msghdr mh;
    struct cmsghdr *c;
    struct sockaddr_un sun = { AF_UNIX, "/tmp/x.sock" };
    int n = 0;

    printf("CMSG_LEN(4) %zu CMSG_SPACE(4) %zu CMSG_LEN(12) %zu CMSG_SPACE(12) %zu CMSG_SPACE(0) %zu\n",
           (size_t)CMSG_LEN(4), (size_t)CMSG_SPACE(4), (size_t)CMSG_LEN(12), (size_t)CMSG_SPACE(12),
           (size_t)CMSG_SPACE(0));
    printf("CMSG_ALIGN(13) %zu\n", (size_t)CMSG_ALIGN(13));
    printf("SUN_LEN %zu\n", (size_t)SUN_LEN(&sun));
    memset(&u, 0, sizeof(u));
    memset(&mh, 0, sizeof(mh));
    mh.msg_control = u.buf;
    mh.msg_controllen = sizeof(u.buf);
    c = CMSG_FIRSTHDR(&mh);
    c->cmsg_len = CMSG_LEN(3 * sizeof(int));
    c = CMSG_NXTHDR(&mh, c);
    c->cmsg_len = CMSG_LEN(sizeof(struct ucred));
    c = CMSG_NXTHDR(&mh, c);
    c->cmsg_len = CMSG_LEN(1);
    for (c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c))
        printf("header %d at offset %td, data at %td, len %zu\n", n++, (char *)c - u.buf,
               (char *)CMSG_DATA(c) - u.buf, (size_t)c->cmsg_len);
    mh.msg_controllen = sizeof(struct cmsghdr) - 1;
    printf("first header of a short buffer: %s\n", CMSG_FIRSTHDR(&mh) ? "found" : "none");
    mh.msg_controllen = sizeof(u.buf);
    c = CMSG_FIRSTHDR(&mh);
    c->cmsg_len = 3;
    printf("next after a malformed header: %s\n", CMSG_NXTHDR(&mh, c) ? "found" : "none");
    c->cmsg_len = (size_t)-1;
    printf("next after a huge header: %s\n", CMSG_NXTHDR(&mh, c) ? "found" : "none");
}

int main(void)
{
    layouts();
    constants();
    cmsg_macros();
    return 0;
}
