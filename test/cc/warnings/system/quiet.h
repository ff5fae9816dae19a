/* A system header (found with -isystem): gcc gives no warnings here. */
static inline int twice(int x) {
  if (x)
    x++;
    x--;
  return x == x ? x + x : 0;
}
