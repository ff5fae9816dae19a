/* GNU vectors of integers: every operator lane by lane, scalars broadcast, lvalue lanes. */
#include <stdio.h>

typedef int i4 __attribute__((vector_size(16)));
typedef unsigned u4 __attribute__((vector_size(16)));
typedef short s8 __attribute__((vector_size(16)));
typedef unsigned char b8 __attribute__((vector_size(8)));
typedef signed char c16 __attribute__((vector_size(16)));
typedef long long l2 __attribute__((vector_size(16)));
typedef unsigned long long ul4 __attribute__((vector_size(32)));

#define SHOW(tag, v, n, fmt, cast) do { \
    printf("%-6s", tag); \
    for (int i_ = 0; i_ < (n); i_++) printf(" " fmt, (cast)(v)[i_]); \
    printf("\n"); \
  } while (0)
#define SHOWI(tag, v) SHOW(tag, v, 4, "%d", int)

static i4 twice(i4 v) { return v + v; }

int main(void) {
  i4 a = { 7, -9, 100, -2147483647 - 1 }, b = { 2, 4, -7, 3 };
  SHOWI("add", a + b); SHOWI("sub", a - b); SHOWI("mul", a * b);
  SHOWI("div", a / b); SHOWI("mod", a % b); SHOWI("and", a & b);
  SHOWI("or", a | b); SHOWI("xor", a ^ b); SHOWI("shl", b << 3);
  SHOWI("shr", a >> 2); i4 counts = { 0, 1, 2, 31 };
  SHOWI("shrv", a >> counts);
  SHOWI("neg", -b); SHOWI("cpl", ~a); SHOWI("plus", +a);
  SHOWI("lt", a < b); SHOWI("le", a <= 7); SHOWI("gt", a > b);
  SHOWI("ge", 3 >= b); i4 probe = { 2, 0, -7, 0 };
  SHOWI("eq", b == probe); SHOWI("ne", a != a);
  SHOWI("bcast", 1000 - b * 3); SHOWI("call", twice(b));

  u4 u = { 1, 0x80000000u, 0xffffffffu, 12 };
  SHOW("ushr", u >> 4, 4, "%u", unsigned);
  SHOW("udiv", u / 3, 4, "%u", unsigned);
  SHOW("ult", u < 0x80000001u, 4, "%d", int);

  s8 s = { 1, -2, 300, -400, 32767, -32768, 5, 6 };
  s = s * 3 + 1;
  SHOW("short", s, 8, "%d", int);
  b8 w = { 250, 251, 252, 253, 254, 255, 0, 1 };
  w += 10;
  w >>= 1;
  SHOW("bytes", w, 8, "%d", int);
  c16 c = { -128, 127, 1, -1 };
  c = -c;
  SHOW("chars", c, 4, "%d", int);

  l2 big = { 1LL << 40, -5 };
  big *= big;
  SHOW("long", big, 2, "%lld", long long);
  ul4 wide = { ~0ULL, 1, 2, 3 };
  wide = wide + wide;
  SHOW("wide", wide, 4, "%llu", unsigned long long);

  /* Compound assignment, increments and lanes as lvalues. */
  i4 v = { 1, 2, 3, 4 };
  v *= v;
  v++;
  ++v;
  v--;
  i4 old = v++;
  SHOWI("incdec", old);
  SHOWI("after", v);
  v[1] = 42;
  v[3] += v[1];
  int *lane = &v[2];
  *lane = -1;
  SHOWI("lanes", v);
  int k = 3;
  printf("index %d %d\n", v[k - 1], (v + 1)[k]);

  i4 partial = { 5, 6 };
  SHOWI("zfill", partial);
  i4 arr[2] = { { 1, 2, 3, 4 }, { 5 } };
  SHOWI("arr", arr[1] + arr[0]);
  printf("sizes %zu %zu %zu %zu\n", sizeof(i4), sizeof(b8), sizeof(ul4), sizeof(a < b));
  return 0;
}
