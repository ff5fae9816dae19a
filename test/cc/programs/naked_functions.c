/*
 * __attribute__((naked)): the asm is the whole function. A coroutine switch as OS courses
 * write it (save the callee-saved registers on the old stack, switch stacks, restore from
 * the new one), an int function whose asm computes and returns the value itself, and an
 * empty naked function (it must not be called: its end traps).
 */
#include <stdio.h>

struct context { void *rsp; };

__attribute__((naked)) void switch_to(struct context *from, struct context *to)
{
  __asm__ volatile("push %rbp\n\tpush %rbx\n\tpush %r12\n\tpush %r13\n\tpush %r14\n\tpush %r15\n\t"
                   "mov %rsp, (%rdi)\n\tmov (%rsi), %rsp\n\t"
                   "pop %r15\n\tpop %r14\n\tpop %r13\n\tpop %r12\n\tpop %rbx\n\tpop %rbp\n\tret");
}

__attribute__((naked)) int add3(int a, int b, int c)
{
  __asm__("lea (%rdi,%rsi), %eax");
  __asm__("add %edx, %eax\n\tret");
}

static __attribute__((naked, used)) void never_called(void)
{
}

static struct context main_context, coroutine_context;
static long coroutine_stack[4096] __attribute__((aligned(16)));
static int turns;

static void coroutine(void)
{
  for (;;) {
    printf("coroutine: turn %d\n", ++turns);
    switch_to(&coroutine_context, &main_context);
  }
}

int main(void)
{
  long *sp = coroutine_stack + 4096;
  int i;

  *--sp = 0;                 /* coroutine is entered as if called: rsp = 8 (mod 16) */
  *--sp = (long)coroutine;   /* where switch_to's ret goes the first time */
  for (i = 0; i < 6; i++)
    *--sp = 0;               /* rbp, rbx, r12-r15 */
  coroutine_context.rsp = sp;
  for (i = 0; i < 3; i++) {
    switch_to(&main_context, &coroutine_context);
    printf("main: after turn %d\n", turns);
  }
  printf("add3: %d\n", add3(1, 20, 300));
  /* Its code is just gcc's trap at the end: nop (0x90), ud2. */
  printf("never_called starts with %#x\n", *(unsigned char *)never_called);
  return 0;
}
