/* An enum with no negative enumerator is unsigned int in gcc: bit-fields of it hold 0..2^n-1. */
int printf(const char *fmt, ...);

enum code { FIRST, SECOND, LATE = 200, LATER };
enum sign { NEGATIVE = -1, POSITIVE = 1 };
struct node { enum code code : 8; enum sign sign : 2; unsigned flag : 1; };

int main(void) {
  struct node n = { LATER, NEGATIVE, 1 };
  enum code c = (enum code)-1;
  enum sign s = (enum sign)-1;
  printf("%d %d %d\n", (int)n.code, n.code == LATER, (int)n.sign);
  printf("%d %d %ld\n", c < 0, s < 0, (long)c);
  return 0;
}
