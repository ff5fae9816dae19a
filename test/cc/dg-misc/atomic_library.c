/* <stdatomic.h>'s typedefs for every C11 atomic type and its function forms (called with the macro suppressed). */
#include <stdatomic.h>
#include <stdio.h>

atomic_char16_t c16 = 0xfffe;
atomic_char32_t c32;
atomic_wchar_t wc = L'w';
atomic_int_least8_t least8 = -1;
atomic_uint_fast64_t fast64;
atomic_flag flag = ATOMIC_FLAG_INIT;

int main(void)
{
	atomic_fetch_add(&c16, 1);
	atomic_store(&c32, 0x10ffff);
	atomic_fetch_sub(&fast64, 1);
	printf("%x %x %d %d %llx\n", (unsigned)c16, (unsigned)c32, (int)wc, (int)least8, (unsigned long long)fast64);
	printf("%d %d %d\n", ATOMIC_CHAR16_T_LOCK_FREE, ATOMIC_CHAR32_T_LOCK_FREE, ATOMIC_WCHAR_T_LOCK_FREE);
	printf("%d %d %d\n", (int)sizeof c16, (int)sizeof c32, atomic_is_lock_free(&wc));

	(atomic_thread_fence)(memory_order_seq_cst);
	(atomic_signal_fence)(memory_order_acquire);
	void (*fence)(memory_order) = atomic_thread_fence;
	fence(memory_order_release);

	int first = (atomic_flag_test_and_set)(&flag);
	int second = (atomic_flag_test_and_set_explicit)(&flag, memory_order_relaxed);
	(atomic_flag_clear_explicit)(&flag, memory_order_release);
	int third = (atomic_flag_test_and_set)(&flag);
	(atomic_flag_clear)(&flag);
	printf("%d %d %d %d\n", first, second, third, atomic_flag_test_and_set(&flag));
	return 0;
}
