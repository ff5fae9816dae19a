/* __builtin_alloca_with_align(size, bits): stack memory aligned as asked, usable, and freed
   only when the function returns, like alloca. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int check(size_t size, unsigned align_bytes) {
  unsigned char *blocks[4];
  for (int i = 0; i < 4; i++) {
    blocks[i] = align_bytes == 8 ? __builtin_alloca_with_align(size, 64)
              : align_bytes == 16 ? __builtin_alloca_with_align(size, 128)
              : align_bytes == 64 ? __builtin_alloca_with_align(size, 512)
              : __builtin_alloca_with_align_and_max(size, 32768, 1 << 20);
    memset(blocks[i], 0x40 + i, size);
  }
  int ok = 1;
  for (int i = 0; i < 4; i++) {
    ok &= ((uintptr_t)blocks[i] % align_bytes) == 0;
    for (size_t k = 0; k < size; k++) ok &= blocks[i][k] == 0x40 + i;
  }
  return ok;
}

int main(void) {
  unsigned aligns[] = { 8, 16, 64, 4096 };
  size_t sizes[] = { 1, 15, 16, 100, 5000 };
  for (int a = 0; a < 4; a++)
    for (int s = 0; s < 5; s++)
      printf("align %u size %zu: %s\n", aligns[a], sizes[s], check(sizes[s], aligns[a]) ? "ok" : "BAD");
  return 0;
}
