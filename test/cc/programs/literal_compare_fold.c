/* gcc evaluates strcmp and memcmp of two string literals while compiling, even at -O0,
   giving -1/0/1 where the C library returns the byte difference. Other calls are left to
   the library. */
#include <stdio.h>
#include <string.h>

int main(void) {
  const char *word = "xyz";
  printf("%d %d %d %d\n", strcmp("bar", "xyz"), strcmp("xyz", "bar"), strcmp("same", "same"), strcmp("a", ""));
  printf("%d %d\n", memcmp("bar", "xyz", 3), memcmp("abc", "abd", 2));
  printf("%d %d\n", strcmp(word, "bar") > 0, strncmp("abcd", "abce", 4) < 0);
  return 0;
}
