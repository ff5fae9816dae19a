/* What evaluating an operation would do, as gcc warns by default: division by zero, shift counts out of range, a shift past the sign bit. */
int divide(int a) { return a / 0; }
int modulo(int a) { return a % 0; }
double divide_double(double a) { return a / 0; }
int divide_assign(int a) { a /= 0; return a; }
int folded_zero(int a) { return a / (1 - 1); }
int shift_left(int a) { return a << 40; }
int shift_right(int a) { return a >> 32; }
long shift_long(long a) { return a << 64; }
int negative_left(int a) { return a << -1; }
int negative_right(int a) { return a >> -2; }
int shift_assign(int a) { a <<= 33; return a; }
unsigned long long widest(unsigned long long a) { return a << 63; }
int promoted(unsigned char c) { return c << 31; }
int constants(void) { return 1 << 40; }
int past_the_sign(void) { return 2 << 31; }
int into_the_sign(void) { return 1 << 31; }
int three(void) { return 3 << 30; }
long long_into_sign(void) { return 3L << 62; }
unsigned unsigned_shift(void) { return 2u << 31; }
int twice(int a) { return a / 0 + a / 0; }
/* Never evaluated: no word. */
int in_sizeof(int a) { return sizeof(a / 0); }
int in_alignof(int a) { return _Alignof(a << 40); }
typeof(1 / 0) in_typeof;
int ruled_out(int a) { return 1 ? a : a / 0; }
int ruled_out_shift(int a) { return 0 ? a << 40 : 5 << 30; }
int in_type_name(void) { return sizeof(char[(2 << 31) + 1]); }
int after_or(int a) { return 1 || a % 0; }
int after_and(int a) { return 0 && a % 0; }
int not_ruled_out(int a) { return a || a % 0; }
int both_inside(int a) { return sizeof(char[(0 && a / 0) + (2 << 31) + 1]) + (1 << 40); }
