/* C11 <threads.h> against glibc: threads with results, a mutex-protected counter, a condition, tss, call_once. */
#include <threads.h>
#include <stdio.h>

static mtx_t lock;
static cnd_t ready;
static int counter, turn;
static once_flag once = ONCE_FLAG_INIT;
static int once_runs;
static tss_t slot;
static thread_local int mine;

static void init_once(void)
{
    once_runs++;
}

static int worker(void *arg)
{
    int id = (int)(long)arg, i;

    call_once(&once, init_once);
    mine = id * 100;
    tss_set(slot, arg);
    for (i = 0; i < 1000; i++) {
        mtx_lock(&lock);
        counter++;
        mtx_unlock(&lock);
    }
    /* Finish in order: each waits for its turn. */
    mtx_lock(&lock);
    while (turn != id)
        cnd_wait(&ready, &lock);
    printf("worker %d: tls %d, tss %ld\n", id, mine, (long)tss_get(slot));
    turn++;
    cnd_broadcast(&ready);
    mtx_unlock(&lock);
    return id * 10;
}

int main(void)
{
    thrd_t threads[4];
    int i, result, sum = 0;
    struct timespec nap = { 0, 1000000 };

    mtx_init(&lock, mtx_plain);
    cnd_init(&ready);
    tss_create(&slot, NULL);
    for (i = 0; i < 4; i++)
        if (thrd_create(&threads[i], worker, (void *)(long)i) != thrd_success)
            printf("create failed\n");
    for (i = 0; i < 4; i++) {
        thrd_join(threads[i], &result);
        sum += result;
    }
    printf("counter %d, results %d, once %d, main tls %d\n", counter, sum, once_runs, mine);
    printf("equal self %d, sleep %d\n", thrd_equal(thrd_current(), thrd_current()), thrd_sleep(&nap, NULL));
    printf("trylock free %d, ", mtx_trylock(&lock));
    printf("trylock held %s\n", mtx_trylock(&lock) == thrd_busy ? "busy" : "?");
    mtx_unlock(&lock);
    mtx_init(&lock, mtx_plain | mtx_recursive);
    printf("recursive %d %d\n", mtx_lock(&lock), mtx_lock(&lock));
    mtx_unlock(&lock);
    mtx_unlock(&lock);
    mtx_destroy(&lock);
    cnd_destroy(&ready);
    tss_delete(slot);
    return 0;
}
