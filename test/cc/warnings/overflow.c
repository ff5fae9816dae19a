/* Constants that do not fit: gcc's -Woverflow, on by default. */
/* (#if: first, as the preprocessor's warnings come before the compiler's.) */
#if 18446744073709551617 == 1 && 9223372036854775808 > 0
int preprocessor_wraps;
#endif
void take(char);
int sum(void) { return 2147483647 + 1; }
int product(void) { return 1000000 * 1000000; }
long widened(void) { return 1000000 * 1000000L; }
int difference(void) { return -2147483647 - 2; }
int negated(void) { return -(-2147483647 - 1); }
int quotient(void) { return (-2147483647 - 1) / -1; }
int remainder_of(void) { return (-2147483647 - 1) % -1; }
unsigned wraps(void) { return 4294967295u + 1; }
long long_sum(void) { return 9223372036854775807L + 1; }
int chosen(int a) { return a ? 2147483647 + 1 : 0; }
int in_sizeof(void) { return sizeof(int[2147483647 + 1 > 0]); }
int ruled_out(void) { return 0 && 2147483647 + 1; }
char initialized(void) { char c = 300; return c; }
unsigned char unsigned_target(void) { unsigned char c = 300; return c; }
unsigned char minus_one(void) { unsigned char c = -1; return c; }
signed char fits_unsigned(void) { signed char c = 200; return c; }
short too_big(void) { short s = 70000; return s; }
char assigned(char c) { c = 300; return c; }
int cast(void) { return (char)300; }
void argument(void) { take(300); }
char returned(void) { return 300; }
unsigned char unsigned_source(void) { unsigned char c = 300u; return c; }
unsigned short unsigned_long_source(void) { unsigned short s = 70000UL; return s; }
signed char signed_from_unsigned(void) { signed char c = 300u; return c; }
struct flags { unsigned three : 3; int two : 2; unsigned twelve : 12; unsigned twenty : 20; _Bool one : 1; unsigned char narrow : 4; };
struct flags initial = { 9, 5, 5000, 2000000, 2, 300 };
struct flags in_range = { -1, 3, 4095, 1048575, 1, 15 };
void stored(struct flags *f) {
  f->three = 9;
  f->two = 5;
  f->two = 2;
  f->twelve = 4096;
  f->twenty = 1048576;
  f->three = 8u;
  f->three = 7;
  f->three += 9;
  f->narrow = 300;
}
/* A folded constant's warning stands at its expression's start, as gcc places it. */
char shifted = 1 << 10;
char cast_short = (short)300;
char cast_sum = (char)300 + 1000;
char negative = -1000;
void folded_stores(struct flags *f) { f->three = (char)9; f->twenty = 1 << 20; f->twelve = ~0 + 5000; }
/* Decimals past LLONG_MAX are __int128 ("so large that it is unsigned"); past 64 bits, cut. */
int wide_to_int = 9223372036854775808;
unsigned wide_to_unsigned = 18446744073709551615;
long wide_to_long = 9223372036854775808;
long cut = 18446744073709551616;
int wide_compared(void) { return 9223372036854775808 == 0x8000000000000000; }

/* A folded condition rules a side out, with what was folded inside it (gnulib's INT_ADD_RANGE_OVERFLOW). */
int ruled_out_a = (1 < 0) ? 2147483647 < -2147483647 - 1 - 1 : 5;
int ruled_out_b = (0 > 1) ? (long)(2147483647 + 1) : 2;
int kept_c = (0 < 1) ? (long)(2147483647 + 1) : 2;
int ruled_out_d = 0 && (2147483647 + 1 > 0);
