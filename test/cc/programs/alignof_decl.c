/* __alignof__ of a variable is its declared alignment, not just its type's. */
int printf(const char *fmt, ...);

_Alignas(16) int wide;
int _Alignas(double) as_double;
int plain;
char big_char __attribute__((aligned(32)));
struct pair { int a, b; } pairs[2] __attribute__((aligned(64)));

int main(void) {
  _Alignas(8) short local;
  long ordinary;
  printf("%d %d %d %d %d\n", (int)__alignof__(wide), (int)__alignof__(as_double), (int)__alignof__(plain),
         (int)__alignof__(big_char), (int)__alignof__(pairs));
  printf("%d %d %d %d\n", (int)_Alignof(local), (int)__alignof__(ordinary), (int)__alignof__(pairs[1]),
         (int)__alignof__(wide + 1));
  return 0;
}
