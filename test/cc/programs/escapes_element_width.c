/* A \x or octal escape is one element of the literal, its value cut to the element's width
   (gcc warns "out of range"): u"\x12345" is the unit 0x2345, never a surrogate pair for
   U+12345, and u"\xd800" is that lone unit. \u escapes and source characters are encoded
   (UTF-8, UTF-16, UTF-32). gcc's GNU escapes \e \E and its quiet \( \{ \[ \% too. */
#include <stdio.h>
#include <uchar.h>

static void units16(const char16_t *s, size_t n)
{
  for (size_t i = 0; i < n; i++) printf(" %04x", (unsigned)s[i]);
  printf("\n");
}

int main(void)
{
  static const char16_t u[] = u"\x12345\xd800z\u00e9\U0001F363\400";
  printf("u: %zu units:", sizeof u / sizeof u[0]);
  units16(u, sizeof u / sizeof u[0]);
  printf("u'\\x12345' %04x, u'\\777' %04x\n", (unsigned)u'\x12345', (unsigned)u'\777');
  printf("U'\\x123456789' %08x\n", (unsigned)U'\x123456789');
  const char *s = "\xac5\401\e\E\(\{\[\%";
  for (const char *p = s; *p; p++) printf(" %02x", (unsigned char)*p);
  printf("\n'\\x123' %d\n", '\x123');
  return 0;
}
