/*
 * Comments that are probably not what was meant (-Wcomment, in -Wall): a comment opened
 * inside a comment, and a // comment that a trailing backslash continues onto the next line.
 */
int total; /* the sum /* of everything */

/*
 * An old line commented out: /* int unused; */

#define LIMIT 10 // the limit \
  (this line is comment too)

/*/ not a nested opening */
/**/ int after_empty;
/* ends with a slash-star-slash /*/
int count(int n) {
  int c = 0; // count up \
  c = 5;
  for (int i = 0; i < n && i < LIMIT; i++) c++; /* step /* by one */
  return c + total + after_empty;
}
