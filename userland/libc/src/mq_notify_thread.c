/*
 * mq_notify's SIGEV_THREAD: the function runs in a new thread when a message
 * arrives in the empty queue.
 *
 * glibc does it over a netlink socket, which our kernel lacks. Here the kernel
 * is asked for an ordinary SIGEV_SIGNAL notification with signal 33
 * (SIGSETXID: glibc keeps it, this libc has no other use for it, and no
 * program can handle, block or send it), whose si_value names the
 * registration. Whichever thread the signal reaches writes that name into a
 * pipe (write is async-signal-safe); a dispatcher thread reads it and starts
 * the function in a detached thread with the attributes asked for, as glibc.
 * mq_notify(q, NULL) forgets the registration, so a notification already on
 * its way finds nothing to run. It works on Linux as on our kernel.
 */
#define _GNU_SOURCE     /* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "libc.h"
#include "mq_notify_thread.h"
#include "pthread_impl.h"

struct thread_notification {
    unsigned long id;           /* what the signal's si_value carries */
    mqd_t q;
    void (*function)(union sigval);
    union sigval value;
    pthread_attr_t attr;        /* the caller's, copied; detached */
    struct thread_notification *next;
};

static struct thread_notification *registered;
static struct __libc_lock registered_lock;
static unsigned long next_id = 1;
static int notify_pipe[2];
static pid_t dispatcher_pid;    /* the process whose dispatcher runs (a fork child starts its own) */

/* Takes the registration with this id (or, id 0, for queue q) out of the list. Lock held. */
static struct thread_notification *take(unsigned long id, mqd_t q)
{
    struct thread_notification **link, *n;

    for (link = &registered; (n = *link) != NULL; link = &n->next) {
        if (id != 0 ? n->id == id : n->q == q) {
            *link = n->next;
            return n;
        }
    }
    return NULL;
}

static void *run_function(void *arg)
{
    struct thread_notification *n = arg;
    void (*function)(union sigval) = n->function;
    union sigval value = n->value;

    free(n);
    function(value);
    return NULL;
}

static void *dispatcher(void *arg)
{
    unsigned long id;
    pthread_t t;

    (void)arg;
    for (;;) {
        struct thread_notification *n;

        if (read(notify_pipe[0], &id, sizeof id) != sizeof id)
            continue;
        __libc_lock(&registered_lock);
        n = take(id, 0);
        __libc_unlock(&registered_lock);
        if (n != NULL && pthread_create(&t, &n->attr, run_function, n) != 0)
            free(n);
    }
    return NULL;
}

static void on_notification(int sig, siginfo_t *info, void *context)
{
    unsigned long id = (unsigned long)info->si_value.sival_ptr;
    int saved = errno;

    (void)sig;
    (void)context;
    write(notify_pipe[1], &id, sizeof id);
    errno = saved;
}

/* The pipe, the handler and the dispatcher, once per process. Lock held. */
static int start_dispatcher(void)
{
    struct sigaction sa;
    pthread_attr_t attr;
    pthread_t t;

    if (dispatcher_pid == getpid())
        return 0;
    if (pipe2(notify_pipe, O_CLOEXEC) < 0)
        return -1;
    sa.sa_sigaction = on_notification;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sa.sa_mask = 0;
    __sigaction_internal(SIGSETXID, &sa, NULL);
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&t, &attr, dispatcher, NULL) != 0) {
        close(notify_pipe[0]);
        close(notify_pipe[1]);
        errno = EAGAIN;
        return -1;
    }
    dispatcher_pid = getpid();
    return 0;
}

int __mq_notify_thread(mqd_t q, const struct sigevent *notification)
{
    struct thread_notification *n = malloc(sizeof(*n));
    struct sigevent kernel_event;
    long r;

    if (n == NULL) {
        errno = ENOMEM;
        return -1;
    }
    n->q = q;
    n->function = notification->sigev_notify_function;
    n->value = notification->sigev_value;
    if (notification->sigev_notify_attributes != NULL)
        n->attr = *(const pthread_attr_t *)notification->sigev_notify_attributes;
    else
        pthread_attr_init(&n->attr);
    pthread_attr_setdetachstate(&n->attr, PTHREAD_CREATE_DETACHED);
    __libc_lock(&registered_lock);
    if (start_dispatcher() < 0) {
        __libc_unlock(&registered_lock);
        free(n);
        return -1;
    }
    n->id = next_id++;
    kernel_event.sigev_notify = SIGEV_SIGNAL;
    kernel_event.sigev_signo = SIGSETXID;
    kernel_event.sigev_value.sival_ptr = (void *)n->id;
    r = __syscall2(SYS_mq_notify, q, &kernel_event);
    if (r == 0) {
        n->next = registered;
        registered = n;
    } else {
        free(n);
    }
    __libc_unlock(&registered_lock);
    return (int)__syscall_ret(r);
}

void __mq_notify_thread_end(mqd_t q)
{
    struct thread_notification *n;

    __libc_lock(&registered_lock);
    n = take(0, q);
    __libc_unlock(&registered_lock);
    free(n);
}
