/* Inline asm operands beyond integer registers: SSE registers ("x", float and double),
 * tied SSE operands, floats in memory ("m"), and local register variables, which asm
 * statements must find in their named register (as syscall wrappers rely on). */
int printf(const char *fmt, ...);

static long read_r10_plus(long a) {
  register long r10 asm("r10") = a;
  long out;
  asm("lea 1(%%r10), %0" : "=r"(out) : "r"(r10));
  return out;
}

int main(void) {
  double d = 1.5, e;
  asm("addsd %1, %0" : "=x"(e) : "x"(d), "0"(d));
  float f = 2.0f, prod;
  asm("movss %1, %0\n\tmulss %2, %0" : "=&x"(prod) : "x"(f), "x"(4.0f));
  double acc = 10.0;
  asm("subsd %1, %0" : "+x"(acc) : "x"(0.25));
  double mem = 0;
  asm("movsd %1, %0" : "=m"(mem) : "x"(7.75));
  register long pinned asm("rbx") = 41;
  asm volatile("add $1, %0" : "+r"(pinned));
  printf("%g %g %g %g %ld %ld\n", e, (double)prod, acc, mem, pinned, read_r10_plus(99));
  return 0;
}
