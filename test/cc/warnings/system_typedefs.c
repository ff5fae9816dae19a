/* Typedefs of a system header (-isystem system) in messages, as gcc shows them. */
#include <typedefs.h>
typedef Reserved Mine;

int main(void) {
  Reserved r; Visible v; mode_t2 m; Cell c; word w; ReservedP rp = 0; Outer o; Mine mine;
  int *p;
  p = &r; p = &v; p = &m; p = &c; p = &w; p = rp; p = &o; p = &mine;
  return p != 0;
}
