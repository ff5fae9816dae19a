/* Where -ftrapv checks signed overflow: each function's calls of libgcc's routines are
   compared with gcc's (test/cc/trapv.test.ts). */
struct point { int x, y; long z; short s; int bits : 5; };

int add_int(int a, int b) { return a + b; }
long sub_long(long a, long b) { return a - b; }
long long mul_llong(long long a, long long b) { return a * b; }
int neg_int(int a) { return -a; }
long neg_long(long a) { return -a; }
int add_const(int a) { return a + 1; }
int sub_const(int a) { return a - 7; }
int chars_promote(char a, char b) { return a + b; }
unsigned add_unsigned(unsigned a, unsigned b) { return a + b; }
unsigned long mul_ulong(unsigned long a, unsigned long b) { return a * b; }
int constants_fold(void) { return 2147483600 + 40 - 3 * 5; }
int mixed_signs(int a, unsigned b) { return a + b; }
long widen(int a, int b) { return (long)a + b; }
long widen_after(int a, int b) { return (long)(a + b); }
unsigned same_width(int a, int b) { return a + b; }
int through_unsigned(int a, int b) { return (int)(unsigned)(a + b); }

short narrow_return(int a, int b) { return a + b; }
char narrow_init(int a, int b) { char r = a * b; return r; }
int narrow_cast(int a) { return (short)(a + 1); }
int narrow_long(long a, long b) { return a + b; }
short narrow_nested_add(int a, int b, int c) { return (a + b) + c; }
short narrow_nested_mul(int a, int b, int c) { return (a + b) * c; }
short narrow_sub_of_mul(int a, int b, int c) { return a - (b * c); }
short narrow_neg(int a, int b) { return -(a + b); }
short narrow_shorts(short a, short b) { short s = a * b + 1; return s; }
short narrow_sub_in_mul(int a, int b, int c) { return (a - b) * c; }
_Bool to_bool(int a, int b) { return a + b; }
int in_condition(int a, int b) { if (a + b) return 1; return 0; }
int in_comparison(int a, int b) { return a < b + 1; }
int divide(int a, int b) { return (a + b) / 2; }

void post_increment(int *p) { (*p)++; }
void pre_decrement(long *p) { --*p; }
int post_value(int a) { return a++; }
void compound_add(int *p, int y) { *p += y; }
void compound_mul(long *p, long y) { *p *= y; }
void compound_short(short *p, short y) { *p += y; }
void compound_char(char *p) { (*p)++; }
int local_updates(int a) { a++; ++a; a--; a -= 5; return a; }
int member_updates(struct point *p) { p->x += p->y; p->z *= 3; p->s++; return p->x - p->y; }
void bitfield_store(struct point *p, int a, int b) { p->bits = a + b; }
int index_sum(int *v, int i) { return v[i + 1] + v[i * 2]; }
int *pointer_step(int *p, int i) { return p + i - 1; }
long pointer_difference(int *p, int *q) { return p - q; }
int calls_in_operands(int (*f)(int), int a) { return f(a) * f(a + 1); }
int conditional(int c, int a, int b) { return c ? a - b : a * b; }
int comma_and_assign(int a, int b) { int r; r = (a += b, a * 2); return r; }
_Bool cast_to_bool(int a, int b) { return (_Bool)(a + b); }
int sub_min(int a) { return a - (-2147483647 - 1); }
long sub_long_const(long a) { return a - 100000; }
int abs_int(int a) { return __builtin_abs(a); }
long abs_long(long a) { return __builtin_labs(a); }
