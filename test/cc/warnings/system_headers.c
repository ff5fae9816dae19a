/* Warnings in system headers are not given, as gcc gives none (with -isystem system). */
#include <quiet.h>
#include "pragma_system.h"
int user(int x) {
  int y;
  if (x)
    x++;
    x--;
  return twice(x) + thrice(&x) + (x == x);
}
