/* Static functions and variables the file never uses: gcc's -Wunused-function and -Wunused-variable. */
static int never_used(void) { return 1; }
static int recursive(int n) { return n ? recursive(n - 1) : 0; }
static int called(void) { return 2; }
static inline int inline_unused(void) { return 3; }
static int __attribute__((unused)) marked(void) { return 4; }
static int marked_on_prototype(void) __attribute__((unused));
static int marked_on_prototype(void) { return 5; }
static int prototype_only(void);
static int used_not_defined(void);
int calls_undefined(void) { return used_not_defined(); }
static int defined_after_prototype(void);
static int defined_after_prototype(void) { return 6; }
static int used_by_unused(void) { return 7; }
static int unused_caller(void) { return used_by_unused(); }
static int pointed_to(void) { return 8; }
static int (*unused_pointer)(void) = pointed_to;
static void __attribute__((constructor)) constructor(void) {}
static int __attribute__((used)) kept(void) { return 9; }
static int aliased(void) { return 10; }
int alias_of_it(void) __attribute__((alias("aliased")));

static int plain_unused;
static int tentative;
static int tentative;
static int initialized = 4;
extern int initialized;
static const int constant = 3;
static int array[10];
static int address_taken;
int *address(void) { return &address_taken; }
static int in_sizeof;
int size(void) { return sizeof in_sizeof; }
static int __attribute__((unused)) marked_variable;
static int used_variable;

static void cleanup(int *p) { (void)p; }

int main(void) {
  static int static_local, second_static_local;
  static int used_static_local;
  int __attribute__((cleanup(cleanup))) guarded = 0;
  { static int in_block; }
  return called() + used_variable + used_static_local + guarded;
}

/* gcc lists the static locals after the file's statics, function by function. */
static int after_main;
int later(void) { static int later_local; return 0; }
