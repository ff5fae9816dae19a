/*
 * GNU global register variables: the register itself, no storage. Reading
 * one bound to %rsp gives the stack pointer (the Linux idiom for
 * current_stack_pointer); one bound to a callee-saved register keeps its
 * value across calls and is updated by assignments, ++ and op=.
 */
#include <stdio.h>

register unsigned long stack_pointer asm("rsp");
register long counter asm("r12");

static void bump(void)
{
    counter += 2;
}

static long twice(void)
{
    return counter * 2;
}

int main(void)
{
    long saved = counter; /* r12 belongs to main's caller: give it back */
    char probe;
    unsigned long sp = stack_pointer;

    printf("stack pointer below a local, within a page: %d\n", sp <= (unsigned long)&probe && (unsigned long)&probe - sp < 4096);
    counter = 40;
    bump();
    counter++;
    printf("counter %ld, twice %ld\n", counter, twice());
    counter <<= 1;
    printf("after shift %ld, as an argument %ld\n", counter, counter - 1);
    counter = saved;
    return 0;
}
