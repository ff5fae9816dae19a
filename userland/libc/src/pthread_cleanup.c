/*
 * pthread_cleanup_push and _pop (macros in pthread.h) keep a thread's cleanup
 * handlers as a list of frames on its stack; pthread_exit runs what is left.
 * A file of its own: stdio and the semaphores push handlers around their
 * cancellation points, and must not bring thread creation into every program.
 */
#include "pthread_impl.h"

void __pthread_cleanup_push(struct __pthread_cleanup_frame *f, void (*routine)(void *), void *arg)
{
    struct pthread *self = __pthread_self();

    f->routine = routine;
    f->arg = arg;
    f->next = self->cleanup;
    self->cleanup = f;
}

void __pthread_cleanup_pop(struct __pthread_cleanup_frame *f, int execute)
{
    __pthread_self()->cleanup = f->next;
    if (execute)
        f->routine(f->arg);
}
