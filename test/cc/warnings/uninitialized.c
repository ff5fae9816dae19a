/* Reads of uninitialized variables: gcc -O0's -Wuninitialized and -Wmaybe-uninitialized. */
int printf(const char *, ...);
void abort(void);
int g(int);
void take(int *);
struct point { int x, y; } gp;
int *gq;

int plain(int c) { int x; return x + c; }
int declared(void) { int x; int y = x; return y; }
int assigned(void) { int x; int y; y = x; return y; }
int operation_into_register(void) { int x; int y; y = x + 1; return y; }
int operation_into_memory(int c) { int x; gp.x = x; *gq = c; return c; }
int self_update(void) { int x; x = x + 1; return x; }
int compound(void) { int x; x += 2; return x; }
int increment(void) { int q; q++; return q; }
int negated(void) { int x; return -x; }
int pointer(void) { int *p; return *p + p[2]; }
int subscript(void) { int *p; return p[2]; }
int call_argument(void) { int x; return g(x); }
int printed(void) { int u; printf("%d\n", u); return 0; }
double floating(void) { double d; return d * 2; }
long converted(void) { int x; return x; }
int if_condition(void) { int x; if (x > 0) return 1; return 0; }
int if_operation(int c) { int x; if (x + 1 > c) return 1; return 0; }
int while_condition(int c) { int x; while (x) c++; return c; }
int for_condition(int c) { int x; for (; x < c;) c--; return c; }
int do_condition(int c) { int x; do c++; while (x < c); return c; }
int switched(void) { int x; switch (x) { case 1: return 1; } return 0; }

/* Only sometimes reached: "may be". */
int early_return(int c) { int x; if (c) return 0; return x; }
int conditional_return(int c) { int z; if (c) return z; return 0; }
int and_operand(int c) { int x; return c && x; }
int if_and(int c) { int x; if (c && x) return 1; return 0; }
int chosen(int c) { int x; return c ? x : 1; }
int in_case(int c) { int x; switch (c) { case 1: return x; } return 0; }
int after_abort(int c) { int x; if (c) abort(); return x; }

/* Still "is used": every path reaches the use. */
int forever(void) { int x; for (;;) { return x; } }
int after_break(int c) { int x; do { if (c) break; } while (0); return x; }
int after_goto(void) { int x; goto out; out: return x; }

/* A loop's value, assigned in the loop, read on every pass before that. */
int loop_carried(void) { int x; while (x < 3) x++; return 0; }
int loop_carried_do(int c) { int x; do { c += x; x = c; } while (c < 10); return c; }

/* No warning: some assignment may reach the use, or the use is no read. */
int some_path(int c) { int y; if (c) y = 1; return y; }
int both_paths(int c) { int x; if (c) x = 2; else x = 3; return x; }
int in_loop(int c) { int x; for (int i = 0; i < c; i++) x = i; return x; }
int skipped_by_goto(int c) { int x; if (c) goto out; x = 1; out: return x; }
int dead(int c) { int x; if (0) return x; return c; }
int discarded(int c) { int x; (void)x; return c; }
int self_initialized(void) { int x = x; return x; }
int asm_output(void) { int x; __asm__("" : "=r"(x)); return x; }
int once(void) { int x; int y = x, z = x; return y + z; }

/* Arrays, structs and unions whose address goes nowhere: a part no store reaches. */
struct pair { int a, b; struct { int c; } in; int arr[2]; };
int element(void) { int a[4]; return a[1]; }
int element_computed(int i) { int a[4]; return a[i]; }
int element_2d(void) { int a[2][3]; return a[1][2]; }
int other_element(void) { int a[4]; a[0] = 1; return a[1]; }
int same_element(void) { int a[4]; a[1] = 1; return a[1]; }
int computed_store(int i) { int a[4]; a[i] = 1; return a[0]; }
int member(void) { struct pair s; return s.a; }
int other_member(void) { struct pair s; s.a = 1; return s.b; }
int inner_member(void) { struct pair s; return s.in.c; }
int array_member(void) { struct pair s; return s.arr[1]; }
int element_member(int i) { struct pair s[2]; return s[1].a + s[i].b; }
int into_register(void) { int a[4]; int x; x = a[2]; return x; }
int declared_from(void) { struct pair s; int x = s.b; return x; }
int copied(void) { struct pair s, t; t = s; return t.a; }
struct pair returned(void) { struct pair s; return s; }
int in_loop_sum(void) { int a[4], i, sum = 0; for (i = 0; i < 4; i++) sum += a[i]; return sum; }
int filled_in_loop(void) { int a[4], i; for (i = 0; i < 4; i++) a[i] = i; return a[2]; }
int sometimes_stored(int c) { struct pair s; if (c) s.a = 1; return s.a; }
int escapes(void) { int a[4]; take(a); return a[1]; }
int address_escapes(void) { struct pair s; take(&s.a); return s.b; }
int zeroed(void) { struct pair s = { 0 }; return s.b; }
int condition(void) { int a[4]; if (a[0]) return 1; return 0; }

/* gcc compiles (and warns in) an unused static function, not an unused inline one; it gets
   to the inline functions it compiles first. */
static int __attribute__((unused)) unused_static(void) { int z; return z; }
static inline int unused_inline(void) { int z; return z; }
inline int inline_definition(void) { int z; return z; }
static inline int used_inline(void) { int z; return z; }
int calls(void) { return used_inline(); }

int front_end(void) { int unused; return 0; }

/* A store through a pointer never set: gcc places it at the store's `=` (or the `+=`'s load). */
struct cell { int value; };
int store_through(int c)
{
  int *p, *q;
  struct cell *cell;
  *p = 5;
  cell->value = 6;
  *q += c;
  return 0;
}

/* A load outside the array is no read of its elements, for gcc's pass: no warning. */
int outside(void)
{
  int x[3];
  return x[3] + x[-1];
}
