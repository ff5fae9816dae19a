/*
 * The socket calls: plain system calls. Our kernel has Unix-domain sockets
 * (AF_UNIX) and no other family: socket() of another family fails with
 * EAFNOSUPPORT, as on a Linux built without it.
 */
#define _GNU_SOURCE
#include <sys/socket.h>
#include <sys/syscall.h>
#include "libc.h"

int socket(int domain, int type, int protocol) { return (int)__syscall_ret(__syscall3(SYS_socket, domain, type, protocol)); }
int socketpair(int domain, int type, int protocol, int sv[2]) { return (int)__syscall_ret(__syscall4(SYS_socketpair, domain, type, protocol, sv)); }
int bind(int fd, const struct sockaddr *addr, socklen_t len) { return (int)__syscall_ret(__syscall3(SYS_bind, fd, addr, len)); }
int connect(int fd, const struct sockaddr *addr, socklen_t len) { return (int)__syscall_ret(__syscall_cp3(SYS_connect, fd, addr, len)); }
int listen(int fd, int backlog) { return (int)__syscall_ret(__syscall2(SYS_listen, fd, backlog)); }
int accept(int fd, struct sockaddr *addr, socklen_t *len) { return (int)__syscall_ret(__syscall_cp3(SYS_accept, fd, addr, len)); }
int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags) { return (int)__syscall_ret(__syscall_cp4(SYS_accept4, fd, addr, len, flags)); }
int shutdown(int fd, int how) { return (int)__syscall_ret(__syscall2(SYS_shutdown, fd, how)); }

ssize_t sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *to, socklen_t len)
{
    return __syscall_ret(__syscall_cp(SYS_sendto, fd, (long)buf, n, flags, (long)to, len));
}

ssize_t recvfrom(int fd, void *buf, size_t n, int flags, struct sockaddr *from, socklen_t *len)
{
    return __syscall_ret(__syscall_cp(SYS_recvfrom, fd, (long)buf, n, flags, (long)from, (long)len));
}

ssize_t send(int fd, const void *buf, size_t n, int flags) { return sendto(fd, buf, n, flags, 0, 0); }
ssize_t recv(int fd, void *buf, size_t n, int flags) { return recvfrom(fd, buf, n, flags, 0, 0); }
ssize_t sendmsg(int fd, const struct msghdr *msg, int flags) { return __syscall_ret(__syscall_cp3(SYS_sendmsg, fd, msg, flags)); }
ssize_t recvmsg(int fd, struct msghdr *msg, int flags) { return __syscall_ret(__syscall_cp3(SYS_recvmsg, fd, msg, flags)); }
int sendmmsg(int fd, struct mmsghdr *vec, unsigned int vlen, int flags) { return (int)__syscall_ret(__syscall_cp4(SYS_sendmmsg, fd, vec, vlen, flags)); }

int recvmmsg(int fd, struct mmsghdr *vec, unsigned int vlen, int flags, struct timespec *timeout)
{
    return (int)__syscall_ret(__syscall_cp5(SYS_recvmmsg, fd, vec, vlen, flags, timeout));
}

int getsockopt(int fd, int level, int name, void *value, socklen_t *len)
{
    return (int)__syscall_ret(__syscall6(SYS_getsockopt, fd, level, name, (long)value, (long)len, 0));
}

int setsockopt(int fd, int level, int name, const void *value, socklen_t len)
{
    return (int)__syscall_ret(__syscall6(SYS_setsockopt, fd, level, name, (long)value, len, 0));
}

int getsockname(int fd, struct sockaddr *addr, socklen_t *len) { return (int)__syscall_ret(__syscall3(SYS_getsockname, fd, addr, len)); }
int getpeername(int fd, struct sockaddr *addr, socklen_t *len) { return (int)__syscall_ret(__syscall3(SYS_getpeername, fd, addr, len)); }

/*
 * The ancillary data header after cmsg, or NULL when there is no room for one:
 * cmsg's length is checked before it is trusted (it may be garbage), and the
 * arithmetic never steps past the buffer.
 */
struct cmsghdr *__cmsg_nxthdr(struct msghdr *mhdr, struct cmsghdr *cmsg)
{
    size_t left = (size_t)((char *)mhdr->msg_control + mhdr->msg_controllen - (char *)cmsg);
    size_t padding = (sizeof(size_t) - (cmsg->cmsg_len & (sizeof(size_t) - 1))) & (sizeof(size_t) - 1);
    size_t needed = sizeof(struct cmsghdr) + padding;

    if (cmsg->cmsg_len < sizeof(struct cmsghdr))
        return 0;
    if (left < needed || left - needed < cmsg->cmsg_len)
        return 0;
    return (struct cmsghdr *)((char *)cmsg + CMSG_ALIGN(cmsg->cmsg_len));
}
