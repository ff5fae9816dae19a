/* gcc's generic __atomic_load/store/exchange/compare_exchange: values through pointers, on
   objects of any type whose size is 1, 2, 4 or 8 bytes (structs and doubles included). */
#include <stdio.h>

struct pair { int a, b; };
struct rgb { unsigned char r, g, b, pad; };

static struct pair shared_pair = { 1, 2 };
static double shared_double = 2.5;

int main(void) {
  struct pair p, q = { 3, 4 }, old;
  __atomic_load(&shared_pair, &p, __ATOMIC_ACQUIRE);
  printf("load pair %d %d\n", p.a, p.b);
  __atomic_store(&shared_pair, &q, __ATOMIC_RELEASE);
  printf("store pair %d %d\n", shared_pair.a, shared_pair.b);
  struct pair r = { 5, 6 };
  __atomic_exchange(&shared_pair, &r, &old, __ATOMIC_SEQ_CST);
  printf("exchange pair old %d %d now %d %d\n", old.a, old.b, shared_pair.a, shared_pair.b);

  double d, e = 7.25, expected = 1.0;
  __atomic_load(&shared_double, &d, __ATOMIC_RELAXED);
  printf("load double %g\n", d);
  /* Fails: the object holds 2.5, so expected is updated to it. */
  int ok = __atomic_compare_exchange(&shared_double, &expected, &e, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
  printf("cas double %d expected %g now %g\n", ok, expected, shared_double);
  ok = __atomic_compare_exchange(&shared_double, &expected, &e, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);
  printf("cas double %d expected %g now %g\n", ok, expected, shared_double);

  struct rgb c = { 10, 20, 30, 0 }, c2 = { 40, 50, 60, 0 }, got;
  __atomic_exchange(&c, &c2, &got, __ATOMIC_ACQ_REL);
  printf("exchange rgb %d %d %d -> %d %d %d\n", got.r, got.g, got.b, c.r, c.g, c.b);

  short s = -3, t = 9, u;
  __atomic_store(&s, &t, __ATOMIC_SEQ_CST);
  __atomic_load(&s, &u, __ATOMIC_SEQ_CST);
  printf("short %d\n", u);

  char ch = 'x', want = 'x', to = 'y';
  ok = __atomic_compare_exchange(&ch, &want, &to, 0, 5, 5);
  printf("cas char %d %c\n", ok, ch);

  int *ptr = 0, target = 42, *seen;
  int *newp = &target;
  __atomic_exchange(&ptr, &newp, &seen, __ATOMIC_SEQ_CST);
  printf("pointer %d %d\n", seen == 0, *ptr);
  return 0;
}
