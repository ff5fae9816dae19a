/*
 * Synchronization objects with deterministic results: a bounded queue on a
 * mutex and two condition variables, semaphores handing a token around a
 * ring, a barrier, once, a read-write lock, a spin lock, mutex kinds.
 */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <time.h>

/* --- a bounded queue: one producer, three consumers, sums per item --- */
#define QSIZE 4
#define ITEMS 200
#define CONSUMERS 3

static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static int queue[QSIZE], qhead, qcount;
static long consumed_sum;
static int consumed_count;

static void *producer(void *arg)
{
    int i;

    (void)arg;
    for (i = 1; i <= ITEMS + CONSUMERS; i++) {
        pthread_mutex_lock(&qlock);
        while (qcount == QSIZE)
            pthread_cond_wait(&not_full, &qlock);
        queue[(qhead + qcount++) % QSIZE] = i <= ITEMS ? i : 0;   /* 0: stop */
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&qlock);
    }
    return NULL;
}

static void *consumer(void *arg)
{
    long mine = 0;

    (void)arg;
    for (;;) {
        int item;

        pthread_mutex_lock(&qlock);
        while (qcount == 0)
            pthread_cond_wait(&not_empty, &qlock);
        item = queue[qhead];
        qhead = (qhead + 1) % QSIZE;
        qcount--;
        pthread_cond_signal(&not_full);
        if (item != 0) {
            consumed_sum += item;
            consumed_count++;
        }
        pthread_mutex_unlock(&qlock);
        if (item == 0)
            return (void *)mine;
        mine++;
    }
}

static void queue_test(void)
{
    pthread_t p, c[CONSUMERS];
    long total = 0;
    int i;

    pthread_create(&p, NULL, producer, NULL);
    for (i = 0; i < CONSUMERS; i++)
        pthread_create(&c[i], NULL, consumer, NULL);
    pthread_join(p, NULL);
    for (i = 0; i < CONSUMERS; i++) {
        void *n;

        pthread_join(c[i], &n);
        total += (long)n;
    }
    printf("queue: %d items, sum %ld, consumers took %ld\n", consumed_count, consumed_sum, total);
}

/* --- semaphores: a token goes round a ring of threads, each appends its letter --- */
#define RING 4
#define LAPS 5
static sem_t turn[RING];
static char trail[RING * LAPS + 1];
static int trail_len;

static void *ring_member(void *arg)
{
    long me = (long)arg;
    int lap;

    for (lap = 0; lap < LAPS; lap++) {
        sem_wait(&turn[me]);
        trail[trail_len++] = (char)('a' + me);
        sem_post(&turn[(me + 1) % RING]);
    }
    return NULL;
}

static void semaphore_test(void)
{
    pthread_t t[RING];
    struct timespec past = { 0, 0 };
    sem_t empty;
    long i;
    int v;

    for (i = 0; i < RING; i++)
        sem_init(&turn[i], 0, i == 0);
    for (i = 0; i < RING; i++)
        pthread_create(&t[i], NULL, ring_member, (void *)i);
    for (i = 0; i < RING; i++)
        pthread_join(t[i], NULL);
    printf("ring: %s\n", trail);
    sem_init(&empty, 0, 0);
    v = sem_trywait(&empty);
    printf("trywait on 0: %d errno %s\n", v, errno == EAGAIN ? "EAGAIN" : "?");
    v = sem_timedwait(&empty, &past);
    printf("timedwait in the past: %d errno %s\n", v, errno == ETIMEDOUT ? "ETIMEDOUT" : "?");
    sem_post(&empty);
    sem_post(&empty);
    sem_getvalue(&empty, &v);
    printf("after two posts: %d\n", v);
}

/* --- a barrier: nobody passes phase n until all have finished it --- */
#define WORKERS 4
static pthread_barrier_t barrier;
static int phase_done[3];
static int barrier_errors, serials;
static pthread_mutex_t count_lock = PTHREAD_MUTEX_INITIALIZER;

static void *phased(void *arg)
{
    int phase;

    (void)arg;
    for (phase = 0; phase < 3; phase++) {
        pthread_mutex_lock(&count_lock);
        phase_done[phase]++;
        pthread_mutex_unlock(&count_lock);
        if (pthread_barrier_wait(&barrier) == PTHREAD_BARRIER_SERIAL_THREAD) {
            pthread_mutex_lock(&count_lock);
            serials++;
            pthread_mutex_unlock(&count_lock);
        }
        pthread_mutex_lock(&count_lock);
        if (phase_done[phase] != WORKERS)
            barrier_errors++;
        pthread_mutex_unlock(&count_lock);
    }
    return NULL;
}

static void barrier_test(void)
{
    pthread_t t[WORKERS];
    int i;

    pthread_barrier_init(&barrier, NULL, WORKERS);
    for (i = 0; i < WORKERS; i++)
        pthread_create(&t[i], NULL, phased, NULL);
    for (i = 0; i < WORKERS; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&barrier);
    printf("barrier: errors %d, serial threads %d\n", barrier_errors, serials);
}

/* --- once, rwlock, spin --- */
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int init_runs;
static void init_once(void) { init_runs++; }

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static pthread_spinlock_t spin;
static long shared_value, spin_counter;

static void *mixed(void *arg)
{
    long id = (long)arg;
    int i;

    pthread_once(&once, init_once);
    for (i = 0; i < 500; i++) {
        if (i % 10 == (int)id) {
            pthread_rwlock_wrlock(&rw);
            shared_value += 2;
            pthread_rwlock_unlock(&rw);
        } else {
            pthread_rwlock_rdlock(&rw);
            if (shared_value % 2 != 0)
                printf("torn value!\n");
            pthread_rwlock_unlock(&rw);
        }
        pthread_spin_lock(&spin);
        spin_counter++;
        pthread_spin_unlock(&spin);
    }
    return NULL;
}

static void misc_test(void)
{
    pthread_t t[4];
    long i;

    pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE);
    for (i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, mixed, (void *)i);
    for (i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("once ran %d time(s); rwlock value %ld; spin counter %ld\n", init_runs, shared_value, spin_counter);
    printf("rwlock trywrlock free: %d\n", pthread_rwlock_trywrlock(&rw));
    printf("rwlock tryrdlock while written: %s\n", pthread_rwlock_tryrdlock(&rw) == EBUSY ? "EBUSY" : "?");
    pthread_rwlock_unlock(&rw);
}

static void mutex_kinds_test(void)
{
    pthread_mutexattr_t a;
    pthread_mutex_t rec, chk, plain = PTHREAD_MUTEX_INITIALIZER;
    int r[7];

    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&rec, &a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&chk, &a);
    r[0] = pthread_mutex_lock(&rec);
    r[1] = pthread_mutex_lock(&rec);
    r[2] = pthread_mutex_trylock(&rec);
    r[3] = pthread_mutex_unlock(&rec);
    r[4] = pthread_mutex_unlock(&rec);
    r[5] = pthread_mutex_unlock(&rec);
    r[6] = pthread_mutex_unlock(&rec);
    printf("recursive: lock %d %d %d, unlock %d %d %d, extra unlock %s\n", r[0], r[1], r[2], r[3], r[4], r[5],
           r[6] == EPERM ? "EPERM" : "?");
    r[0] = pthread_mutex_lock(&chk);
    r[1] = pthread_mutex_lock(&chk);
    r[2] = pthread_mutex_unlock(&chk);
    r[3] = pthread_mutex_unlock(&chk);
    printf("errorcheck: lock %d, again %s, unlock %d, unlock again %s\n", r[0], r[1] == EDEADLK ? "EDEADLK" : "?",
           r[2], r[3] == EPERM ? "EPERM" : "?");
    pthread_mutex_lock(&plain);
    printf("normal trylock while held: %s\n", pthread_mutex_trylock(&plain) == EBUSY ? "EBUSY" : "?");
    pthread_mutex_unlock(&plain);
}

static void timedwait_test(void)
{
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_t c = PTHREAD_COND_INITIALIZER;
    struct timespec deadline;
    int r;

    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_nsec += 20 * 1000 * 1000;   /* 20 ms from now */
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_nsec -= 1000000000L;
        deadline.tv_sec++;
    }
    pthread_mutex_lock(&m);
    r = pthread_cond_timedwait(&c, &m, &deadline);
    printf("cond_timedwait: %s, ", r == ETIMEDOUT ? "ETIMEDOUT" : "?");
    printf("mutex held again: %s\n", pthread_mutex_trylock(&m) == EBUSY ? "yes" : "no");
    pthread_mutex_unlock(&m);
}

/* The process-shared attribute round-trips and rejects other values. */
static void pshared_test(void)
{
    pthread_mutexattr_t ma;
    pthread_condattr_t ca;
    pthread_rwlockattr_t ra;
    pthread_barrierattr_t ba;
    int v[4];

    pthread_mutexattr_init(&ma);
    pthread_condattr_init(&ca);
    pthread_rwlockattr_init(&ra);
    pthread_barrierattr_init(&ba);
    pthread_mutexattr_getpshared(&ma, &v[0]);
    printf("pshared defaults: %d", v[0]);
    pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED);
    pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED);
    pthread_rwlockattr_setpshared(&ra, PTHREAD_PROCESS_SHARED);
    pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED);
    pthread_mutexattr_getpshared(&ma, &v[0]);
    pthread_condattr_getpshared(&ca, &v[1]);
    pthread_rwlockattr_getpshared(&ra, &v[2]);
    pthread_barrierattr_getpshared(&ba, &v[3]);
    printf(", set shared: %d %d %d %d, bad value: %s\n", v[0], v[1], v[2], v[3],
           pthread_condattr_setpshared(&ca, 7) == EINVAL ? "EINVAL" : "?");
}

int main(void)
{
    pshared_test();
    queue_test();
    semaphore_test();
    barrier_test();
    misc_test();
    mutex_kinds_test();
    timedwait_test();
    return 0;
}
