#include <stddef.h>
#include <stdint.h>

typedef int myint;
typedef myint count_t;
typedef struct node { int value; struct node *next; } Node;
typedef Node *NodeP;
typedef const char *cstr;
typedef enum shape { SQUARE, CIRCLE } Shape;
typedef union cell { int i; float f; } Cell;
typedef int (*handler)(int);
typedef struct pair pair;
struct pair { short a, b; };

size_t length = 42;
uint64_t big = 7;
count_t total = 3;
const myint limit = 10;
Node head = { 1, 0 };
NodeP cursor = &head;
cstr title = "typedefs";
Shape form = CIRCLE;
Cell cell = { 5 };
pair couple = { 1, 2 };
volatile size_t ticks = 9;

static int twice(int x) { return 2 * x; }
handler action = twice;

static myint visit(NodeP n, count_t depth, const Node *seen) {
  myint sum = 0;
  uint8_t steps = 0;
  for (NodeP p = n; p; p = p->next) {
    sum += p->value;
    steps++;
  }
  return sum + depth + steps + (seen != 0);
}

int main(void) {
  Node second = { 2, 0 };
  head.next = &second;
  return visit(cursor, total, &head) + action(1) + (int)length + (int)big + couple.a + cell.i + (form == CIRCLE) + limit + (int)ticks + (title[0] == 't') - 70;
}
