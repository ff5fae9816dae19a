/*
 * <mqueue.h>: POSIX message queues are system calls.  As glibc, mq_open and
 * mq_unlink want a name that starts with '/' and give the kernel the rest.
 * mq_notify's SIGEV_THREAD is the library's (mq_notify_thread.c).
 */
#include <errno.h>
#include <mqueue.h>
#include <stdarg.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "libc.h"
#include "mq_notify_thread.h"

mqd_t mq_open(const char *name, int oflag, ...)
{
    mode_t mode = 0;
    struct mq_attr *attr = NULL;

    if (name[0] != '/')
        return (mqd_t)__syscall_ret(-EINVAL);
    if (oflag & O_CREAT) {
        va_list ap;

        va_start(ap, oflag);
        mode = va_arg(ap, mode_t);
        attr = va_arg(ap, struct mq_attr *);
        va_end(ap);
    }
    return (mqd_t)__syscall_ret(__syscall4(SYS_mq_open, name + 1, oflag, mode, attr));
}

int mq_close(mqd_t mqdes)
{
    return close(mqdes);
}

int mq_unlink(const char *name)
{
    long r;

    if (name[0] != '/')
        return (int)__syscall_ret(-EINVAL);
    r = __syscall1(SYS_mq_unlink, name + 1);
    return (int)__syscall_ret(r == -EPERM ? -EACCES : r);   /* as glibc: EACCES only */
}

int mq_setattr(mqd_t mqdes, const struct mq_attr *mqstat, struct mq_attr *omqstat)
{
    return (int)__syscall_ret(__syscall3(SYS_mq_getsetattr, mqdes, mqstat, omqstat));
}

int mq_getattr(mqd_t mqdes, struct mq_attr *mqstat)
{
    return mq_setattr(mqdes, NULL, mqstat);
}

int mq_notify(mqd_t mqdes, const struct sigevent *notification)
{
    if (notification != NULL && notification->sigev_notify == SIGEV_THREAD)
        return __mq_notify_thread(mqdes, notification);
    if (notification == NULL)
        __mq_notify_thread_end(mqdes);
    return (int)__syscall_ret(__syscall2(SYS_mq_notify, mqdes, notification));
}

int mq_timedsend(mqd_t mqdes, const char *msg_ptr, size_t msg_len, unsigned int msg_prio,
                 const struct timespec *abs_timeout)
{
    return (int)__syscall_ret(__syscall_cp5(SYS_mq_timedsend, mqdes, msg_ptr, msg_len, msg_prio, abs_timeout));
}

ssize_t mq_timedreceive(mqd_t mqdes, char *msg_ptr, size_t msg_len, unsigned int *msg_prio,
                        const struct timespec *abs_timeout)
{
    return __syscall_ret(__syscall_cp5(SYS_mq_timedreceive, mqdes, msg_ptr, msg_len, msg_prio, abs_timeout));
}

int mq_send(mqd_t mqdes, const char *msg_ptr, size_t msg_len, unsigned int msg_prio)
{
    return mq_timedsend(mqdes, msg_ptr, msg_len, msg_prio, NULL);
}

ssize_t mq_receive(mqd_t mqdes, char *msg_ptr, size_t msg_len, unsigned int *msg_prio)
{
    return mq_timedreceive(mqdes, msg_ptr, msg_len, msg_prio, NULL);
}
