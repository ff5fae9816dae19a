/* Slips C allows, that gcc warns about: a local's address returned, a string literal compared, a statement with no effect. */
struct record { int values[4]; int m; };
volatile int *device;
int work(void);

int *address_of_local(void) { int x = 1; return &x; }
char *local_array(void) { char buf[10]; buf[0] = 0; return buf; }
int *static_local(void) { static int x; return &x; }
int *parameter(int p) { return &p; }
int *member(void) { struct record r; return &r.m; }
int *array_member(void) { struct record r; return r.values; }
int *element(void) { int a[4]; return &a[1]; }
int *element_arithmetic(void) { int a[4]; return a + 1; }
int *through_pointer(int *p) { return &p[1]; }
int *pointer_copy(void) { int x; int *p = &x; return p; }

int equal_literal(const char *s) { return s == "abc"; }
int literal_first(const char *s) { return "abc" != s; }
int ordered_literal(const char *s) { return s < "abc"; }
int function_name(void) { return __func__ == __func__; }

int comparison(int a) { a == 1; return a; }
int arithmetic(int a) { a + 1; return a; }
int variable(int a) { a; return a; }
int dereference(int *p) { *p; return 0; }
int negation(int a) { -a; return a; }
int number(int a) { 1; return a; }
int conditional(int a) { a < 2 ? 1 : 2; return a; }
int for_clause(int a) { for (a; a < 3; a++) continue; return a; }
int casted(int a) { (void)(a + 1); return a; }
int volatile_read(void) { *device; return 0; }
int with_effect(int a) { a++; a = a + 1; work(); return a; }
int statement_value(int a) { return ({ int t = a; t + 1; }); }

/* A static assertion's message may be several adjacent string literals (gnulib's verify.h). */
_Static_assert(sizeof(int) == 4, "int " "is " "32 bits");
