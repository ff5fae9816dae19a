/* C11 atomics: the _Atomic qualifier and specifier, and <stdatomic.h>'s operations. */
#include <stdatomic.h>
#include <stdio.h>

static atomic_int counter = ATOMIC_VAR_INIT(10);
static _Atomic(long) total;
static atomic_flag busy = ATOMIC_FLAG_INIT;

struct node { int value; struct node *_Atomic next; };

int main(void)
{
    int expected = 12, seen, ok;
    long old;
    struct node a = { 1, 0 }, b = { 2, &a };
    _Atomic unsigned short small = 65535;

    atomic_init(&total, 100);
    printf("%d\n", atomic_fetch_add(&counter, 2));
    ok = atomic_compare_exchange_strong(&counter, &expected, 50);
    printf("%d %d\n", ok, atomic_load(&counter));
    expected = 7;
    ok = atomic_compare_exchange_weak(&counter, &expected, 1);
    printf("%d %d\n", ok, expected);
    atomic_store_explicit(&total, atomic_load_explicit(&total, memory_order_acquire) * 3, memory_order_release);
    old = atomic_exchange(&total, -1L);
    printf("%ld %ld\n", old, atomic_load(&total));
    atomic_fetch_or(&counter, 0x100);
    atomic_fetch_and(&counter, 0x1f0);
    atomic_fetch_xor(&counter, 3);
    atomic_fetch_sub(&counter, 1);
    printf("%d\n", atomic_load(&counter));
    seen = atomic_flag_test_and_set(&busy);
    ok = atomic_flag_test_and_set(&busy);
    printf("%d %d\n", seen, ok);
    atomic_flag_clear(&busy);
    printf("%d\n", atomic_flag_test_and_set_explicit(&busy, memory_order_relaxed));
    small++;
    printf("%u %d %zu %zu\n", small, b.next->value, sizeof(atomic_llong), sizeof(_Atomic(char)));
    printf("%d %d\n", (int)atomic_is_lock_free(&total), ATOMIC_INT_LOCK_FREE);
    atomic_thread_fence(memory_order_seq_cst);
    return atomic_load(&counter) == 0x132 ? 0 : 1;
}
