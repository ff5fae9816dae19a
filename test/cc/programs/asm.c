int printf(const char *fmt, ...);
static inline unsigned long add3(unsigned long a, unsigned long b) {
  asm("add %1, %0" : "+r"(a) : "r"(b));
  return a;
}
static inline int bsr(int x) { int r; __asm__ __volatile__("bsrl %1, %0" : "=r"(r) : "rm"(x)); return r; }
struct cpuid { unsigned a, b, c, d; };
static void cpuid(unsigned leaf, struct cpuid *r) {
  asm volatile("cpuid" : "=a"(r->a), "=b"(r->b), "=c"(r->c), "=d"(r->d) : "a"(leaf), "c"(0));
}
static int tied(int x) { int y; asm("lea 1(%1), %0" : "=r"(y) : "0"(x)); return y; }
static long named(long a, long b) { long out; asm("mov %[x], %[o]\n\tadd %[y], %[o]" : [o] "=&r"(out) : [x] "r"(a), [y] "r"(b)); return out; }
static int memop(void) { int v = 5; asm("addl $10, %0" : "+m"(v)); return v; }
static int imm(void) { int v; asm("movl %1, %0" : "=r"(v) : "i"(42)); return v; }
static int bytes(void) { unsigned v = 0x1234; unsigned char lo; asm("movb %b1, %0" : "=q"(lo) : "q"(v)); return lo; }
static int agoto(int x) {
  asm goto("cmp $0, %0\n\tje %l1" : : "r"(x) : "cc" : zero);
  return 1;
zero:
  return 0;
}
int main(void) {
  struct cpuid r;
  cpuid(0, &r);
  printf("%lu %d %d %ld %d %d %d\n", add3(40, 2), bsr(1024), tied(9), named(30, 12), memop(), imm(), bytes());
  printf("agoto %d %d\n", agoto(0), agoto(5));
  printf("cpuid-ok %d\n", r.b != 0);
  return 0;
}
