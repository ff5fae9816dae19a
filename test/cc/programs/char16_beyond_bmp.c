/* A char16_t constant naming a character beyond the BMP needs two UTF-16 units; gcc keeps
   the last one (the low surrogate) and warns. Strings keep the whole pair. */
#include <stdio.h>

int main(void) {
  unsigned sushi = u'\U0001F363', emoji = u'\U0001F914', bmp = u'\u03B2';
  const unsigned short *s = u"\U0001F363";
  printf("%u %u %u | %u %u %u\n", sushi, emoji, bmp, s[0], s[1], s[2]);
  printf("%u %ld\n", (unsigned)U'\U0001F363', (long)L'\U0001F363');
  return 0;
}
