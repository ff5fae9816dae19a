/* GNU C: structs and unions with variable length array members, laid out at run time. */
#include <stdarg.h>
#include <stdio.h>
#include <stddef.h>
#include <string.h>

static long gap(const void *a, const void *b) { return (const char *)b - (const char *)a; }

/* A VLA in the middle: the members after it move with n. */
static void middle(int n) {
  struct rec { char tag; short run[n]; char after; double d; } r;
  printf("middle %d: size %zu tag %ld run %ld after %ld d %ld\n", n, sizeof r,
         gap(&r, &r.tag), gap(&r, r.run), gap(&r, &r.after), gap(&r, &r.d));
  for (int i = 0; i < n; i++) r.run[i] = (short)(i * 3);
  r.after = 'z';
  r.d = n / 4.0;
  int sum = 0;
  for (int i = 0; i < n; i++) sum += r.run[i];
  printf("  sum %d after %c d %.2f offsetof(after) %zu\n", sum, r.after, r.d, offsetof(struct rec, after));
}

/* The size is fixed where the definition is reached, not where it is used. */
static size_t frozen(int n) {
  struct late { int v[n]; };
  n += 100;
  return sizeof(struct late);
}

/* Arrays of such structs, and pointers into them. */
static void rows(int n) {
  struct row { int id; char name[n]; } table[3];
  struct row *p = table;
  for (int k = 0; k < 3; k++) {
    table[k].id = 10 + k;
    for (int i = 0; i < n; i++) table[k].name[i] = (char)('a' + k + i);
    table[k].name[n - 1] = 0;
  }
  printf("rows %d: elem %zu array %zu stride %ld\n", n, sizeof table[0], sizeof table, gap(&table[0], &table[1]));
  for (int k = 0; k < 3; k++, p++) printf("  %d %s\n", p->id, p->name);
  printf("  apart %ld\n", (long)(p - table));
}

/* A definition inside a loop is laid out afresh each time it is reached. */
static int loop(int n) {
  int total = 0;
  for (int i = 1; i <= 3; i++) {
    struct step { char pad[i * n]; int z; } s;
    s.z = i;
    total += (int)sizeof s + s.z;
  }
  total += (int)sizeof(struct once { int q[n++]; });
  return total + n;
}

/* A struct with a VLA inside another one, and a union of such members. */
static void nested(int n, int m) {
  struct inner { char c; int vals[n]; };
  struct outer { short s; struct inner in; long after[m]; char last; } o;
  union either { char bytes[n]; long words[m]; };
  o.in.c = 'q';
  for (int i = 0; i < n; i++) o.in.vals[i] = i * i;
  for (int i = 0; i < m; i++) o.after[i] = -i;
  o.last = '!';
  printf("nested %d %d: inner %zu outer %zu union %zu in %ld vals %ld after %ld last %ld\n", n, m,
         sizeof(struct inner), sizeof o, sizeof(union either), gap(&o, &o.in), gap(&o, o.in.vals),
         gap(&o, o.after), gap(&o, &o.last));
  printf("  %c %d %ld %c\n", o.in.c, o.in.vals[n - 1], o.after[m - 1], o.last);
}

/* Rows whose elements are VLAs themselves, and a run-time offsetof into them. */
static void grid(int n, int i, int j) {
  typedef int line[n];
  struct g { char mark; line cells[n]; } x;
  printf("grid %d: size %zu offsetof %zu\n", n, sizeof x, offsetof(struct g, cells[i][j]));
  x.cells[i][j] = 77;
  printf("  %d %ld\n", x.cells[i][j], gap(&x, &x.cells[i][j]));
}

/* Packed, with a bit-field after the VLA. */
static void packed(int n) {
  struct __attribute__((packed)) pk { int lead[n]; unsigned flag : 3; int tail; } p;
  p.flag = 5;
  p.tail = 1234;
  printf("packed %d: size %zu tail %ld flag %u tail %d\n", n, sizeof p, gap(&p, &p.tail), p.flag, p.tail);
}

/* Bit-fields, over-aligned members, #pragma pack and unions after or around a VLA. */
#define AT(s, m) gap(&(s), &(s).m)
static void layouts(int n) {
  struct bits { int v[n]; unsigned lo : 3, hi : 5; int after; } x;
  x.lo = 6; x.hi = 19; x.after = -2;
  printf("bits %d: %zu %ld %u %u %d\n", n, sizeof x, AT(x, after), x.lo, x.hi, x.after);
  struct over { char v[n]; __attribute__((aligned(16))) char e; char f; } y;
  printf("over %d: %zu %ld %ld %zu\n", n, sizeof y, AT(y, e), AT(y, f), _Alignof(struct over));
  struct zero { long v[n]; unsigned b : 7; unsigned : 0; unsigned char z; } z;
  z.b = 99; z.z = 8;
  printf("zero %d: %zu %ld %u %u\n", n, sizeof z, AT(z, z), z.b, z.z);
#pragma pack(2)
  struct two { char q; int v[n]; char w; long l; } w;
#pragma pack()
  printf("pack %d: %zu %ld %ld %ld\n", n, sizeof w, AT(w, v), AT(w, w), AT(w, l));
  /* Past a run-time offset gcc packs bit-fields, letting them cross their type's units. */
  struct tight { char v[n]; unsigned a : 30, b : 5; unsigned char c : 4; char end; } t;
  t.a = 0x2aaaaaaa; t.b = 17; t.c = 9; t.end = 'e';
  printf("tight %d: %zu %ld %x %u %u %c\n", n, sizeof t, AT(t, end), t.a, t.b, t.c, t.end);
  union mix { char c[n]; int i; short s[n]; unsigned k : 20; } u;
  u.k = 0x54321;
  printf("mix %d: %zu %u\n", n, sizeof u, u.k);
}

/* Whole-struct copies, by address and through varargs. */
static void fill(int n, void *dst) {
  struct blob { int len; char data[n]; } *b = dst;
  b->len = n;
  for (int i = 0; i < n; i++) b->data[i] = (char)('A' + i);
}

static void show(int n, ...) {
  struct blob { int len; char data[n]; } b;
  va_list ap;
  va_start(ap, n);
  b = va_arg(ap, struct blob);
  va_end(ap);
  printf("show: len %d data %.*s\n", b.len, n, b.data);
}

static void copies(int n) {
  struct blob { int len; char data[n]; } a, b;
  fill(n, &a);
  memset(&b, 0, sizeof b);
  b = a;
  b.data[0] = '*';
  printf("copies %d: %d %.*s %.*s\n", n, b.len, n, a.data, n, b.data);
  show(n, b);
}

int main(void) {
  middle(1);
  middle(6);
  printf("frozen %zu %zu\n", frozen(3), frozen(10));
  rows(4);
  rows(7);
  printf("loop %d %d\n", loop(2), loop(5));
  nested(3, 2);
  nested(1, 5);
  grid(4, 2, 3);
  grid(3, 1, 0);
  packed(2);
  for (int n = 1; n <= 5; n += 2) layouts(n);
  copies(5);
  copies(9);
  return 0;
}
