/*
 * Thread-specific data: a key is an index into every thread's specific[]
 * array; the key table holds each key's destructor.
 */
#include <errno.h>
#include "pthread_impl.h"

/* A key in use without a destructor still needs a non-NULL entry. */
static void no_destructor(void *value)
{
    (void)value;
}

static void (*destructors[PTHREAD_KEYS_MAX])(void *);
static struct __libc_lock keys_lock;

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
{
    unsigned k;

    __libc_lock(&keys_lock);
    for (k = 0; k < PTHREAD_KEYS_MAX; k++) {
        if (destructors[k] == NULL) {
            destructors[k] = destructor != NULL ? destructor : no_destructor;
            __libc_unlock(&keys_lock);
            *key = k;
            return 0;
        }
    }
    __libc_unlock(&keys_lock);
    return EAGAIN;
}

/* POSIX leaves the values in place and runs no destructor for them. */
int pthread_key_delete(pthread_key_t key)
{
    if (key >= PTHREAD_KEYS_MAX || destructors[key] == NULL)
        return EINVAL;
    __libc_lock(&keys_lock);
    destructors[key] = NULL;
    __libc_unlock(&keys_lock);
    return 0;
}

void *pthread_getspecific(pthread_key_t key)
{
    return key < PTHREAD_KEYS_MAX ? __pthread_self()->specific[key] : NULL;
}

int pthread_setspecific(pthread_key_t key, const void *value)
{
    struct pthread *self = __pthread_self();

    if (key >= PTHREAD_KEYS_MAX || destructors[key] == NULL)
        return EINVAL;
    self->specific[key] = (void *)value;
    self->specific_used = 1;
    return 0;
}

/*
 * At thread exit: call each destructor whose key has a value, the value
 * cleared first.  Destructors may set values again, so repeat (a bounded
 * number of times, as POSIX allows).
 */
void __pthread_run_destructors(struct pthread *self)
{
    int round, again = self->specific_used;
    unsigned k;

    for (round = 0; again && round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
        again = 0;
        for (k = 0; k < PTHREAD_KEYS_MAX; k++) {
            void (*destructor)(void *) = destructors[k];
            void *value = self->specific[k];

            if (value == NULL || destructor == NULL)
                continue;
            self->specific[k] = NULL;
            destructor(value);
            again = 1;
        }
    }
}
