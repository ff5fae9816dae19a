/* Reads of uninitialized variables: gcc -O0's -Wuninitialized and -Wmaybe-uninitialized. */
int printf(const char *, ...);
void abort(void);
int g(int);
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

/* gcc compiles (and warns in) an unused static function, not an unused inline one; it gets
   to the inline functions it compiles first. */
static int __attribute__((unused)) unused_static(void) { int z; return z; }
static inline int unused_inline(void) { int z; return z; }
inline int inline_definition(void) { int z; return z; }
static inline int used_inline(void) { int z; return z; }
int calls(void) { return used_inline(); }

int front_end(void) { int unused; return 0; }
