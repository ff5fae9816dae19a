/* Character constants, in C and in #if, as gcc reads them: wide constants keep their
   element type's sign (L'\xffffffff' is -1), plain multi-character ones pack bytes
   big-endian into an int, UTF-8 source characters and \u escapes agree. */
#include <stdio.h>

#if L'\xffffffff' == -1 && u'\xffff' == 65535 && U'\xffffffff' > 0
#define WIDE_IN_IF 1
#else
#define WIDE_IN_IF 0
#endif
#if '\u00e9' == 'é' && 'ab' == 24930 && '\377' < 0 && '\e' == 27
#define NARROW_IN_IF 1
#else
#define NARROW_IN_IF 0
#endif

int main(void) {
  printf("%ld %ld %lu\n", (long)L'\xffffffff', (long)L'\x80000000', (unsigned long)U'\xffffffff');
  printf("%d %d %d\n", u'\xffff', (int)sizeof(u'a'), (int)sizeof(L'a'));
  printf("%d %d %d\n", 'é', '\u00e9', 'ab');
  printf("%d %d\n", '\377', 'abcd');
  printf("%d %d\n", WIDE_IN_IF, NARROW_IN_IF);
  printf("%d\n", ('é' == '\u00e9') == NARROW_IN_IF);
  return 0;
}
