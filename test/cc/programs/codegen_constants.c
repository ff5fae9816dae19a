/* Negated constants (folded, widened) and constant loop conditions. */
#include <stdio.h>
long f(int e) { if (e) return -22; return -2147483647 - 1; }
unsigned long g(void) { return -1u; }
long h(void) { return -(-2147483647 - 1); }
unsigned long k(void) { return -(unsigned long)5; }
int main(void) { int n = 0; do { n++; } while (0); while (0) n += 10; printf("%ld %ld %lu %ld %lu %d %d\n", f(1), f(0), g(), h(), k(), n, -(-5)); return 0; }
