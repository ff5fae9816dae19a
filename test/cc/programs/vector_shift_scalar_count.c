/* A vector shifted by a scalar count of any integer type shifts every lane by it:
   gcc accepts an int (or long) count even for 8- and 16-bit lanes, which SSE-style
   helpers rely on ((v8hu)a >> n). */
#include <stdio.h>

typedef unsigned short v8hu __attribute__((vector_size(16)));
typedef short v8hi __attribute__((vector_size(16)));
typedef signed char v16qi __attribute__((vector_size(16)));
typedef int v4si __attribute__((vector_size(16)));

static v8hu right16(v8hu a, int n) { return a >> n; }
static v8hi left16(v8hi a, long n) { return a << n; }
static v16qi arith8(v16qi a, unsigned n) { return a >> n; }

int main(void) {
  v8hu ones = { 0xffff, 0x8000, 0x1234, 1, 2, 3, 4, 0xff00 };
  v8hu r = right16(ones, 8);
  v8hi l = left16((v8hi)ones, 4L);
  v16qi q = arith8((v16qi){ -128, -1, 64, 7 }, 2u);
  v4si w = { 1, 2, 3, 4 };
  short count = 3;
  w <<= count;
  r >>= (char)1;
  for (int i = 0; i < 8; i++) printf("%x %x\n", r[i], (unsigned short)l[i]);
  for (int i = 0; i < 4; i++) printf("%d %d\n", q[i], w[i]);
  return 0;
}
