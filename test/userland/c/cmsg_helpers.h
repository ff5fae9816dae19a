/*
 * Helpers for the tests that pass ancillary data over Unix sockets
 * (unix_scm_case.c, test/kernel/fixtures/sock_pages.c): a message of one
 * buffer with one SOL_SOCKET control message.
 */
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

/* Set up mh over iov with one control message of type carrying len bytes of data (control must hold CMSG_SPACE(len)). */
static struct cmsghdr *one_cmsg(struct msghdr *mh, struct iovec *iov, void *control, int type, const void *data,
                                size_t len)
{
    struct cmsghdr *c;

    memset(mh, 0, sizeof(*mh));
    mh->msg_iov = iov;
    mh->msg_iovlen = 1;
    mh->msg_control = control;
    mh->msg_controllen = CMSG_SPACE(len);
    c = CMSG_FIRSTHDR(mh);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = type;
    c->cmsg_len = CMSG_LEN(len);
    memcpy(CMSG_DATA(c), data, len);
    return c;
}

/* Send len bytes with n (at most 8) descriptors in one SCM_RIGHTS message. */
static ssize_t send_fds(int sock, const char *data, size_t len, const int *fds, int n, int flags)
{
    union {
        char buf[CMSG_SPACE(8 * sizeof(int))];
        struct cmsghdr align;
    } u;
    struct iovec iov = { (void *)data, len };
    struct msghdr mh;

    one_cmsg(&mh, &iov, u.buf, SCM_RIGHTS, fds, n * sizeof(int));
    return sendmsg(sock, &mh, flags);
}
