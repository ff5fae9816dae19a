/* Comparisons of a signed value that may be negative with an unsigned one (-Wsign-compare, on with -Wextra), and ?: choosing between them. */
#include <string.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
enum small { S0, S1 };
int compare(int i, unsigned u, size_t n, long l, unsigned char uc, unsigned short us, const char *s, enum small e, unsigned long ul) {
  int r = 0;
  r += i < u;
  r += u > i;
  r += i < n;
  r += i < strlen(s);
  r += l < u;
  r += l < n;
  r += uc < i;
  r += us < u;
  r += 5 < u;
  r += -1 < u;
  r += i == u;
  r += i != 5u;
  r += i == 4000000000u;
  r += (i & 0xff) < u;
  r += (int)uc < u;
  r += i < sizeof(int);
  r += e < u;
  r += i < e;
  r += i <= ul;
  r += i >= u;
  r += (i ? 1 : 2) < u;
  r += (i > 0 ? i : 0) < u;
  r += u < (unsigned)i;
  r += i * 2 < u;
  r += i % 4 < u;
  r += (short)i < u;
  r += (i < 0 ? u : i);
  for (int k = 0; k < strlen(s); k++) r++;
  return r;
}

struct bits { unsigned a : 3; int b : 4; unsigned c : 32; unsigned long d : 40; };
typedef unsigned int uint;
enum neg { MINUS = -1, PLUS = 1 };
enum pos { P0, P1 };
int g(struct bits s, int i, uint u, unsigned long long ull, long long ll, char c, signed char sc, _Bool b, enum neg en, enum pos ep, uint32_t u32, int64_t i64, short sh) {
  int r = 0;
  r += s.a < i; r += s.b < u; r += s.c < i; r += s.d < i; r += s.a < u;
  r += i < ull; r += ll < ull; r += ll < u; r += c < u; r += sc < u; r += b < i; r += b < u;
  r += en < u; r += ep < i; r += en < ep;
  r += abs(i) < u; r += (i >> 1) < u; r += -i < u; r += (i * i) < u; r += (i % 2) < u;
  r += i < u32; r += i64 < u32; r += i64 < ull; r += sh < u;
  r += (i ? i : 1) < u; r += (i ? 0 : 1) < u; r += (i < 0 ? 0 : i) < u; r += (i >= 0 ? i : 0) < u;
  r += i == 0x7fffffffu; r += i == 0x80000000u; r += 'a' < u; r += (c & 0x7f) < u;
  r += i ? u : i; r += i ? i : u; r += i ? 1 : u; r += i ? u : -1; r += i ? u : ep; r += i ? en : u; r += i ? ll : u;
  r += (unsigned)i < u; r += u < (int)u; r += (i, u) < i; r += (uint8_t)i < u; r += (i | 1) < u; r += (i ^ 1) < u;
  return r;
}
