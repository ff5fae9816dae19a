/* Values of two different enumerations compared (-Wenum-compare, in -Wall); enumerators count as their enumeration's. */
enum color { RED, GREEN, BLUE };
enum fruit { APPLE, PEAR };
typedef enum { SMALL, LARGE } size;
typedef enum color colour;

int compare(enum color c, enum fruit f, size s, colour c2, const enum color k, int n) {
  int r = 0;
  if (c == f) r++;
  if (c < APPLE) r++;
  if (RED == APPLE) r++;
  if (f >= BLUE) r++;
  if (c != s) r++;
  if (s == PEAR) r++;
  /* the same enumeration, however it is named or qualified; or an int */
  if (c == c2 || c == k || c2 == GREEN || k != BLUE) r++;
  if (c == n || n < APPLE || RED == 0) r++;
  r += (c == GREEN) + (f != PEAR);
  return r;
}
