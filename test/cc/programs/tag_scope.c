/* 'struct s;' alone declares a new struct s in the current block, hiding an outer one
   (C11 6.7.2.3p7); the outer type is untouched. */
#include <stdio.h>
struct s { int a; };
struct s outer = { 7 };
int main(void) {
  struct s;                          /* a new, incomplete struct s in this block */
  struct t { struct s *p; int n; };  /* points to the inner one */
  struct s { double d; char c[3]; }; /* completes the inner one */
  struct s inner = { 2.5, "hi" };
  struct t holder = { &inner, 1 };
  printf("%zu %zu %g %s %d\n", sizeof(struct s), sizeof outer, holder.p->d, holder.p->c, outer.a);
  {
    struct s;                        /* and again, one level deeper */
    struct s { long x, y, z; } deep = { 1, 2, 3 };
    printf("%zu %ld\n", sizeof deep, deep.x + deep.y + deep.z);
  }
  printf("%zu\n", sizeof(struct s));
  return 0;
}
