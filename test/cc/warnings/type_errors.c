/* One error per CASE (-DCASE=n): how errors name types, and the notes gcc adds to them (a
   parameter's type, the header that defines a name nothing declared). */
#include <stddef.h>
#if CASE == 12
static pid_t process;
#elif CASE == 13
int take_bytes(uint8_t *bytes, size_t count);
#elif CASE == 14
struct holder { ssize_t length; };
#endif
typedef struct node { int value; } Node;
typedef double real;
typedef Node *NodeP;
void take(NodeP p);
Node make(void);

int *check(const size_t count, const Node item, real r) {
  int *p = 0;
#if CASE == 1
  p = item;
#elif CASE == 2
  p = r * 2;
#elif CASE == 3
  int *q = 1 + r;
#elif CASE == 4
  take(item);
#elif CASE == 5
  take(r + 1);
#elif CASE == 6
  return r + 1;
#elif CASE == 7
  p = item + count;
#elif CASE == 8
  p = missing + 1;
#elif CASE == 9
  Node copy = make() - 1;
#elif CASE == 10
  real x = item;
#elif CASE == 11
  count = *item;
#elif CASE == 15
  uint32_t mask = 1;
#elif CASE == 16
  bool done = 0;
#elif CASE == 17
  FILE *out = 0;
#elif CASE == 18
  int limit = INT_MAX;
#elif CASE == 19
  mystery value;
#elif CASE == 20
  for (uint8_t i = 0; i < 3; i++)
    p++;
#endif
  return p;
}
