/* gcc's __atomic_* and __sync_* builtins: values, widths, and atomicity under two threads. */
#include <pthread.h>
#include <stdio.h>

#define SHOW(e) printf("%s = %ld\n", #e, (long)(e))

static long counter;
static unsigned char flags;

static void *worker(void *arg) {
  for (int i = 0; i < 200000; i++) {
    __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED);
    __sync_fetch_and_xor(&flags, 1);
  }
  return arg;
}

int main(void) {
  signed char sc = -5;
  short s = 1000;
  unsigned u = 7;
  long l = 1;
  int *ptr = 0, target = 3;
  /* One result per statement: argument evaluation order is unspecified. */
  SHOW(__atomic_fetch_add(&sc, -3, __ATOMIC_SEQ_CST));
  SHOW(__atomic_add_fetch(&sc, 1, __ATOMIC_SEQ_CST));
  SHOW(__atomic_fetch_sub(&s, 1, 0));
  SHOW(__atomic_sub_fetch(&s, 1, 0));
  SHOW(__atomic_load_n(&s, 2));
  SHOW(__atomic_fetch_or(&u, 8, 5));
  SHOW(__atomic_and_fetch(&u, 6, 5));
  SHOW(__atomic_xor_fetch(&u, 3, 5));
  SHOW(__atomic_fetch_nand(&u, 12, 5));
  SHOW(u);
  __atomic_store_n(&l, -42, __ATOMIC_RELEASE);
  SHOW(__atomic_exchange_n(&l, 9, 5));
  SHOW(__sync_lock_test_and_set(&l, 10));
  SHOW(l);
  long expect = 3;
  SHOW(__atomic_compare_exchange_n(&l, &expect, 11, 0, 5, 5));
  SHOW(expect);
  SHOW(__atomic_compare_exchange_n(&l, &expect, 12, 1, 5, 5));
  SHOW(expect);
  SHOW(__sync_bool_compare_and_swap(&l, 12, 13));
  SHOW(__sync_val_compare_and_swap(&l, 99, 14));
  SHOW(__sync_add_and_fetch(&l, 2));
  SHOW(__sync_fetch_and_sub(&l, 5));
  SHOW(__sync_fetch_and_and(&l, 3));
  __atomic_store_n(&ptr, &target, 5);
  SHOW(*__atomic_load_n(&ptr, 5));
  SHOW(__atomic_exchange_n(&ptr, 0, 5) == &target);
  unsigned char lock = 0;
  SHOW(__atomic_test_and_set(&lock, 5));
  SHOW(__atomic_test_and_set(&lock, 5));
  __atomic_clear(&lock, 5);
  __sync_lock_release(&flags);
  SHOW(lock);
  __atomic_thread_fence(__ATOMIC_SEQ_CST);
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  __sync_synchronize();
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  printf("%ld %d\n", counter, flags);
  return 0;
}
