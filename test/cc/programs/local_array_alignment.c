/* The x86-64 ABI gives every array variable of 16 bytes or more 16-byte alignment, on
 * the stack too (gcc relies on it for SSE copies). Odd-sized neighbours must not shift them. */
#include <stdio.h>

static int aligned16(const void *p) { return ((unsigned long)p & 15) == 0; }

static int frame(int depth) {
  char one;
  char text[22];
  short pad[3];
  char rows[10][3];
  unsigned char small[15]; /* under 16 bytes: its element alignment is enough */
  int ok = aligned16(text) + aligned16(rows) * 2;
  one = (char)depth;
  pad[0] = one;
  small[0] = (unsigned char)pad[0];
  if (depth > 0) {
    double inner[2];
    ok += aligned16(inner) * 4;
    ok += frame(depth - 1) * 8;
  }
  return ok + small[0] * 0;
}

int main(void) {
  printf("%d\n", frame(2));
  return 0;
}
