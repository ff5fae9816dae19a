/* Packed bit-fields of 58+ bits that start inside a byte straddle nine bytes. */
int printf(const char *fmt, ...);
void *memset(void *p, int c, unsigned long n);

#pragma pack(push, 1)
struct wide { int x : 12; char y : 6; long long z : 63; char a : 4; unsigned long long u : 60; };
#pragma pack(pop)
struct wide_attr { char c : 3; unsigned long long v : 64; short t : 5; } __attribute__((packed));

static void dump(const void *p, int n) {
  for (int i = n - 1; i >= 0; i--) printf("%02x", ((const unsigned char *)p)[i]);
  printf("\n");
}

int main(void) {
  struct wide w;
  memset(&w, 0xff, sizeof w);
  w.x = 3, w.y = 30, w.z = 0x123456789abcdef0LL, w.a = 5, w.u = 0xfedcba987654321ULL;
  dump(&w, sizeof w);
  printf("%d %d %llx %d %llx\n", w.x, w.y, w.z, w.a, w.u);
  w.z = -2;
  w.z += 1;
  w.u++;
  printf("%lld %llx %d\n", w.z, w.u, w.a);
  struct wide_attr v = { 5, 0x8000000000000001ULL, -3 };
  dump(&v, sizeof v);
  printf("%d %llx %d %d\n", v.c, v.v, v.t, (int)sizeof v);
  static struct wide s = { 1, 2, -0x1000000000000000LL, 3, 0xabcdef };
  printf("%lld %llx\n", s.z, s.u);
  return 0;
}
