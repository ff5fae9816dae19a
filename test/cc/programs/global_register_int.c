/*
 * A 32-bit global register variable lives in the register's low half (%r14d): reads
 * widen it as a load of its type would, writes set the low half (gcc zero-extends).
 */
#include <stdio.h>

register unsigned int flags asm("r14");
register int level asm("r13");

static void lower(void) { level -= 3; }

int main(void) {
  unsigned long saved_flags;
  long saved_level;
  __asm__("mov %%r14, %0\n\tmov %%r13, %1" : "=r"(saved_flags), "=r"(saved_level));
  flags = 0xfffffff0u;
  level = 1;
  lower();
  flags = (flags & 0xffff0000u) | 0x1234u;
  long wide_level = level;
  unsigned long wide_flags = flags;
  level++;
  printf("%lx %ld %d %u\n", wide_flags, wide_level, level, flags >> 28);
  __asm__ volatile("mov %0, %%r14\n\tmov %1, %%r13" : : "r"(saved_flags), "r"(saved_level) : "r13", "r14");
  return 0;
}
