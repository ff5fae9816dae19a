/* ++, --, += and friends on an _Atomic integer are single locked operations (gcc makes
   them so): four threads hammering shared counters lose no update. */
#include <stdio.h>
#include <pthread.h>

static _Atomic int hits;
static _Atomic(long) weight = 100;
static _Atomic unsigned char wraps;
static _Atomic unsigned flips;
enum { THREADS = 4, ROUNDS = 100000 };

static void *worker(void *arg) {
  long step = (long)arg;
  for (int i = 0; i < ROUNDS; i++) {
    hits++;
    weight += step;
    --weight;
    wraps += 3;
    flips ^= 1u << (i & 7);
  }
  return 0;
}

int main(void) {
  pthread_t t[THREADS];
  for (long k = 0; k < THREADS; k++) pthread_create(&t[k], 0, worker, (void *)(k + 2));
  for (int k = 0; k < THREADS; k++) pthread_join(t[k], 0);
  int before = hits++;
  printf("%d %d %ld %u %u\n", before, hits, weight, (unsigned)wraps, flips);
  return 0;
}
