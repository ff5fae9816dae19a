/* C11 _Generic: selection by the controlling expression's type after lvalue conversion. */
int printf(const char *fmt, ...);

#define KIND(x) _Generic((x), char: "char", signed char: "signed char", unsigned char: "unsigned char", \
  short: "short", unsigned short: "unsigned short", int: "int", unsigned: "unsigned", long: "long", \
  unsigned long: "unsigned long", float: "float", double: "double", long double: "long double", \
  char *: "char *", void *: "void *", int *: "int *", default: "something else")

struct point { int x, y; };

static int twice(int v) { return 2 * v; }
static double half(double v) { return v / 2; }
#define APPLY(v) _Generic((v), int: twice, double: half)(v)

int main(void) {
  const int constant = 3;
  int numbers[4];
  char text[] = "abc";
  struct point p = {1, 2};
  printf("%s|%s|%s|%s\n", KIND(1), KIND('c'), KIND(2u), KIND(3L));
  printf("%s|%s|%s\n", KIND(4UL), KIND(1.0f), KIND(2.0));
  printf("%s|%s|%s\n", KIND(3.0L), KIND(constant), KIND(numbers));
  printf("%s|%s|%s\n", KIND(text), KIND((void *)0), KIND(p));
  printf("%s|%s|%s\n", KIND((short)1), KIND((unsigned char)1), KIND((char)1 + (char)1));
  printf("%d %g\n", APPLY(21), APPLY(5.0));
  printf("%d\n", _Generic(p, struct point: p.x + p.y, default: -1));
  return 0;
}
