/* __atomic_test_and_set and __atomic_clear take any object pointer and work on its first byte. */
#include <stdio.h>

struct flag { _Bool set; char other; };

int main(void)
{
	struct flag f = { 0, 'x' };
	void *anything = &f;
	int first = __atomic_test_and_set(&f, __ATOMIC_SEQ_CST);
	int second = __atomic_test_and_set(anything, __ATOMIC_RELAXED);
	printf("%d %d %d %c\n", first, second, f.set, f.other);
	__atomic_clear(&f, __ATOMIC_RELEASE);
	char byte = 0;
	int third = __atomic_test_and_set(&byte, __ATOMIC_ACQUIRE);
	printf("%d %c %d %d\n", f.set, f.other, third, byte != 0);
	return 0;
}
