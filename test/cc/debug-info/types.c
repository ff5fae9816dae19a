#include <stdio.h>

enum color { RED, GREEN = 5, BLUE };
enum sign { NEG = -2, POS = 3 };
struct point { int x, y; };
struct flags { unsigned a : 3; signed b : 5; unsigned : 2; unsigned c : 7; int d; };
union number { int i; float f; unsigned char bytes[4]; };
struct node { int value; struct node *next; const char *label; double weights[3]; };

int counter = 7;
double ratio = 2.5;
const char *greeting = "hello";
short table[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
struct point origin = { -1, 1 };
static long hidden = 1234567890123L;
char letter = 'q';
unsigned char byte = 200;
long long big = -9000000000LL;
_Bool truth = 1;
float single = 0.25f;
long double wide = 1.5L;
volatile int shared = 3;
const int fixed = 11;
int *pointer = &counter;
enum color paint = BLUE;
struct flags bits = { 5, -3, 100, 42 };
union number num = { .i = 0x40490fdb };
int (*callback)(int, int);
extern int undefined_here;

static int add(int a, int b) { return a + b; }

static double scale(struct point p, double factor, enum color c, char tag, const char *name) {
  static int calls = 0;
  double result = (p.x + p.y) * factor;
  calls++;
  printf("%s %c %d\n", name, tag, c);
  return result + calls;
}

static int walk(struct node *n, union number u, struct flags f) {
  int total = 0;
  unsigned steps = 0;
  while (n) {
    total += n->value;
    n = n->next;
    steps++;
  }
  return total + (int)steps + u.i + f.a;
}

int main(int argc, char **argv) {
  struct node last = { 3, 0, "last", { 0.5, 1.5, 2.5 } };
  struct node first = { 1, &last, "first", { 1, 2, 3 } };
  int numbers[4] = { 10, 20, 30, 40 };
  char text[8] = "abc";
  callback = add;
  double d = scale(origin, ratio, paint, letter, greeting);
  int w = walk(&first, num, bits);
  printf("%g %d %d %d %s %d\n", d, w, numbers[argc], callback(2, 3), text, argv != 0);
  return 0;
}
