/* `#pragma weak`: a weak undefined reference is null, and `alias = target` names target's object. */
#include <stdio.h>

#pragma weak never_defined
extern int never_defined(void);

static unsigned long counter = 0xfeedUL;
#pragma weak counter_alias = counter
extern unsigned long counter_alias;

static int answer(void) { return 42; }
#pragma weak answer_alias = answer
extern int answer_alias(void);

/* The pragma may come before or after the declaration it applies to. */
extern int late_weak(void);
#pragma weak late_weak

int main(void)
{
	printf("%d %d\n", &never_defined == 0, &late_weak == 0);
	counter_alias++;
	printf("%lx %d %d\n", counter, answer_alias(), &counter_alias == &counter);
	return 0;
}
