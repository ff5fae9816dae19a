/*
 * long and long long, char and signed char share a format but are distinct types: _Generic,
 * __builtin_types_compatible_p and the usual arithmetic conversions tell them apart. And a
 * const inside a pointer typedef does not make the pointer variable itself constant.
 */
#include <stdio.h>

#define KIND(x) _Generic((x), char: "char", signed char: "signed char", unsigned char: "unsigned char", \
    long: "long", long long: "long long", unsigned long: "unsigned long", \
    unsigned long long: "unsigned long long", int: "int", default: "other")

typedef const char *text;

int main(void) {
  long l = 1;
  long long ll = 2;
  unsigned long ul = 3;
  char c = 'c';
  signed char sc = -1;
  unsigned char uc = 255;
  printf("%s %s %s %s %s %s\n", KIND(l), KIND(ll), KIND(ul), KIND(c), KIND(sc), KIND(uc));
  printf("%s %s %s %s\n", KIND(1L), KIND(1LL), KIND(1ULL), KIND(0x8000000000000000LL));
  printf("%s %s %s\n", KIND(l + ll), KIND(ul + ll), KIND(ul * l));
  printf("%s %s\n", KIND((long long)l), KIND((signed char)c));
  printf("%d %d\n", __builtin_types_compatible_p(long, long long), __builtin_types_compatible_p(char, signed char));
  text t = "first";
  static text kept = "a";
  t = "second";
  kept = "b";
  printf("%s %s %d\n", t, kept, _Generic(&t, const char **: 1, default: 0));
  return (int)(l * ll) - 2;
}
