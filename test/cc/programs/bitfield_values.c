/* The values of bit-field expressions: promotion to int (even for `unsigned x:8` and
 * long long bases), post-increment and -decrement giving the old value despite the
 * field's wrap-around, and gcc's N-bit arithmetic for bit-fields wider than int. */
int printf(const char *fmt, ...);

struct narrow { unsigned a:8; int b:4; unsigned long long c:8; unsigned d:32; };
struct wide { unsigned long long u33:33; unsigned long long u40:40; unsigned long long u41:41; long long s36:36; };

int main(void) {
  struct narrow n = {0, 7, 0, 0};
  printf("%d %d %d %d\n", n.a - 1 < 0, n.c - 1 < 0, n.d - 1 < 0, (int)sizeof(n.c + 0));
  int old_a = n.a--, old_b = n.b++;
  printf("%d %d | %d %d\n", old_a, old_b, n.a, n.b);
  n.a = 255;
  old_a = n.a++;
  printf("%d %d %d\n", old_a, n.a, (n.b = 5) + 0);
  struct wide a = {0x100000, 0x100000, 0x100000, -1};
  struct wide b = {0x100000000ULL, 0x100000000ULL, 0x100000000ULL, 0};
  printf("%llx %llx %llx\n", (unsigned long long)(a.u33 * a.u33), (unsigned long long)(a.u33 * a.u41),
         (unsigned long long)(a.u40 * a.u40));
  printf("%llx %llx %llx\n", (unsigned long long)(b.u33 + b.u33), (unsigned long long)(b.u33 + b.u40),
         (unsigned long long)(a.u33 - b.u41));
  printf("%lld %llx\n", (long long)(a.s36 + 0), (unsigned long long)(a.u33 * 1ULL * a.u33));
  struct wide c = {0x1FFFFFFFFULL, 0, 0, 0};
  printf("%d %d %d\n", ++c.u33 != 0, --c.u40 != 0xFFFFFFFFFFULL, c.u41-- != 0);
  return 0;
}
