/* Types named by typedefs: gcc quotes the name, then {aka the type it stands for}. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

typedef int myint;
typedef unsigned int uint;
typedef double real;
typedef struct node { int value; struct node *next; } Node;
typedef Node *NodeP;
typedef const char *cstr;
typedef size_t mysize;
typedef enum { RED, GREEN } Color;
typedef enum shape { SQUARE, CIRCLE } Shape;
enum other { OTHER };
typedef struct pair pair;
struct pair { int a, b; };
typedef int (*handler)(int);
typedef unsigned char byte;

static myint get(void) { return 3; }
static void visit(NodeP n) { (void)n; }
static int twice(int x) { return 2 * x; }

int main(void) {
  size_t n = strlen("abc"), m = 2;
  const size_t fixed = 4;
  mysize ms = 5;
  uint64_t big = 6;
  int32_t i32 = 7;
  uint8_t u8 = 8;
  myint mi = 9;
  uint ui = 10;
  real r = 1.5;
  Node node = { 1, 0 };
  NodeP np = &node;
  cstr s = "text";
  Color c = RED;
  Shape sh = SQUARE;
  pair pr = { 1, 2 };
  handler h = twice;
  byte b = 1;
  short sv = 2;
  int plain = 3;

  printf("%d %d %d %d\n", n, strlen(s), fixed, ms);
  printf("%d %d %d %d\n", n + 1, n + m, -n, n ? n : m);
  printf("%d %d %d\n", (size_t)mi, sizeof n, (n, m));
  printf("%d %d %s\n", big, i32 + u8, u8);
  printf("%s %s %s %s\n", mi, mi + plain, plain + mi, mi + mi);
  printf("%s %s %s\n", ui + plain, plain + ui, sv + n);
  printf("%d %d %d\n", r, r * 2, 2.0f * r);
  printf("%d %d %d %d\n", node, *np, np, s);
  printf("%d %d %d\n", get(), pr, h);
  printf("%d %d %d\n", &n, &mi, stdout);
  printf("%d %d\n", np->value, b + b);

  int *ip = np;
  NodeP q = &plain;
  size_t *sp = &mi;
  uint8_t *bytes = "xyz";
  byte *bp = s;
  visit(&plain);
  np = ip;
  b = 300;
  u8 = -1000;
  if (sh == OTHER || c == OTHER) return 1;
  return (int)(ip == 0) + (q == 0) + (sp == 0) + (bytes == 0) + (bp == 0);
}
