/* Plain char's sign follows -funsigned-char / -fsigned-char: values, character constants
   (in C and in #if), CHAR_MIN/CHAR_MAX, __CHAR_UNSIGNED__; plain char stays a type of its
   own, compatible with neither signed nor unsigned char. */
#include <stdio.h>
#include <limits.h>
#if '\xff' > 0
#define PP "unsigned in #if"
#else
#define PP "signed in #if"
#endif
int main(void)
{
  char c = (char)200; const char k = (char)200; volatile char v = '\xff';
  char s[] = "\xf0";
  int sum = c + k + v + s[0];
#ifdef __CHAR_UNSIGNED__
  const char *m = "__CHAR_UNSIGNED__";
#else
  const char *m = "no __CHAR_UNSIGNED__";
#endif
  printf("%d %d %d %d %d %d %d %s %s %d\n", c, k, v, s[0], sum, CHAR_MIN, CHAR_MAX, PP, m, '\x80' < 0);
  printf("%d %d\n", __builtin_types_compatible_p(char, unsigned char), __builtin_types_compatible_p(char, signed char));
  return 0;
}
