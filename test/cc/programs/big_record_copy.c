/* Records bigger than a few words are copied in a loop: by value to a function, by
   assignment and by return. The odd size leaves a tail of 4 and 1 bytes after the words. */
#include <stdio.h>

struct big { char bytes[4096 + 13]; };
struct huge { long words[1 << 17]; }; /* 1 MiB: one move per word would be 256K instructions */

static struct big global_big;
static struct huge global_huge;

static unsigned sum_big(struct big b) {
  unsigned s = 0;
  for (unsigned i = 0; i < sizeof b.bytes; i++) s = s * 31 + (unsigned char)b.bytes[i];
  return s;
}

static long sum_huge(struct huge h) {
  long s = 0;
  for (long i = 0; i < (long)(sizeof h.words / sizeof h.words[0]); i += 4099) s += h.words[i];
  return s + h.words[(1 << 17) - 1];
}

static struct big make_big(int seed) {
  struct big b;
  for (unsigned i = 0; i < sizeof b.bytes; i++) b.bytes[i] = (char)(i * seed + 7);
  return b;
}

int main(void) {
  struct big copy;
  global_big = make_big(3);
  copy = global_big;
  copy.bytes[sizeof copy.bytes - 1] ^= 1;
  for (long i = 0; i < (1 << 17); i++) global_huge.words[i] = i * 3 - 5;
  printf("%u %u %ld\n", sum_big(global_big), sum_big(copy), sum_huge(global_huge));
  return 0;
}
