/* __builtin_nans makes a signalling NaN (quiet bit clear), as a static initializer and as
   an operand; arithmetic on it raises FE_INVALID, arithmetic on a quiet NaN does not. */
#include <stdio.h>
#include <string.h>

static volatile float sf = __builtin_nansf("");
static volatile double sd = __builtin_nans("");
static volatile long double sl = __builtin_nansl("");
static volatile double qd = __builtin_nan("");

#include "invalid_flag.h"

int main(void) {
  float f = __builtin_nansf("");
  double d = __builtin_nans("");
  long double l = __builtin_nansl("");
  unsigned fb, sfb;
  unsigned long long db, sdb, lm, slm;
  volatile double r;

  memcpy(&fb, &f, 4);
  memcpy(&sfb, (const void *)&sf, 4);
  memcpy(&db, &d, 8);
  memcpy(&sdb, (const void *)&sd, 8);
  memcpy(&lm, &l, 8);
  memcpy(&slm, (const void *)&sl, 8);
  printf("%x %x %llx %llx %llx %llx\n", fb, sfb, db, sdb, lm, slm);
  clear_invalid();
  r = qd + qd;
  printf("quiet: %d\n", invalid_raised());
  r = sd + 1.0;
  printf("double: %d\n", invalid_raised());
  r = sf * 2.0f;
  printf("float: %d\n", invalid_raised());
  r = (double)(sl + 1.0L);
  printf("long double: %d\n", invalid_raised());
  return 0;
}
