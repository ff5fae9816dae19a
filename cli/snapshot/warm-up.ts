/**
 * Work done once while the start-up snapshot is built, so the snapshot holds the
 * compiler's and the emulator's functions already compiled to bytecode: without it every
 * `tcc-lite cc` or `run` would compile each function again the first time it is called.
 *
 * The program is compiled from memory and linked in memory: nothing of the user's file
 * system may end up in the snapshot (a header read now could be stale at run time).
 */
import { preprocess } from '../../compiler/cpp/index.js';
import { compileC } from '../../compiler/cc/index.js';
import { assembleChunks } from '../../compiler/asm/index.js';
import { link, writeArchive } from '../../compiler/link/index.js';
import { warmUpEmulator } from '../../emulator/index.js';

/** Everyday C: a library half (archived) and a program half, like a program and its libc. */
const LIBRARY = String.raw`
typedef unsigned long size_t;
struct buf { char *p; size_t len, cap; };
static long sys(long n, long a, long b, long c) {
  long r;
  __asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
  return r;
}
size_t strlen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }
void put(struct buf *b, char c) { if (b->len < b->cap) b->p[b->len] = c; b->len++; }
void putnum(struct buf *b, unsigned long v, int base) {
  char tmp[24]; int i = 0;
  do { tmp[i++] = "0123456789abcdef"[v % base]; v /= base; } while (v);
  while (i > 0) put(b, tmp[--i]);
}
int format(char *out, size_t cap, const char *fmt, __builtin_va_list ap) {
  struct buf b = { out, 0, cap };
  for (; *fmt; fmt++) {
    if (*fmt != '%') { put(&b, *fmt); continue; }
    switch (*++fmt) {
    case 'd': { long v = __builtin_va_arg(ap, int); if (v < 0) { put(&b, '-'); v = -v; } putnum(&b, v, 10); break; }
    case 'x': putnum(&b, __builtin_va_arg(ap, unsigned), 16); break;
    case 's': for (const char *s = __builtin_va_arg(ap, const char *); *s; s++) put(&b, *s); break;
    case 'f': { double d = __builtin_va_arg(ap, double); putnum(&b, (unsigned long)d, 10); break; }
    default: put(&b, *fmt);
    }
  }
  put(&b, 0);
  return (int)b.len - 1;
}
int print(const char *fmt, ...) {
  char out[256]; __builtin_va_list ap;
  __builtin_va_start(ap, fmt);
  int n = format(out, sizeof out, fmt, ap);
  __builtin_va_end(ap);
  return (int)sys(1, 1, (long)out, n);
}
void _start(void) { extern int main(void); sys(60, main(), 0, 0); }
`;

const PROGRAM = String.raw`
#define COUNT(a) (sizeof (a) / sizeof (a)[0])
int print(const char *fmt, ...);
enum shape { CIRCLE, SQUARE, TRIANGLE };
struct item { enum shape kind; double size; struct item *next; unsigned flags : 3; };
static struct item items[] = { { CIRCLE, 1.5 }, { SQUARE, 2.0 }, { TRIANGLE, 3.25 } };
static double area(const struct item *it) {
  switch (it->kind) {
  case CIRCLE: return 3.14159 * it->size * it->size;
  case SQUARE: return it->size * it->size;
  default: return it->size * it->size / 2;
  }
}
static int compare(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static void sort(int *v, int n, int (*cmp)(const void *, const void *)) {
  for (int i = 1; i < n; i++)
    for (int j = i; j > 0 && cmp(&v[j - 1], &v[j]) > 0; j--) { int t = v[j]; v[j] = v[j - 1]; v[j - 1] = t; }
}
int main(void) {
  int v[] = { 5, 3, 9, 1, 7 };
  long long sum = 0;
  sort(v, COUNT(v), compare);
  for (unsigned i = 0; i < COUNT(items); i++) {
    items[i].next = i + 1 < COUNT(items) ? &items[i + 1] : 0;
    sum += (long long)area(&items[i]) << (i & 3);
  }
  print("sorted %d %d %d, sum %x, %s\n", v[0], v[2], v[4], (unsigned)sum, sum > 10 ? "big" : "small");
  return sum == 0;
}
`;

function object(name: string, source: string): Uint8Array {
  const text = preprocess(name, { readFile: (path) => (path === name ? source : undefined) }).text;
  return assembleChunks(compileC(text, { fileName: name, warnings: true }).chunks, { fileName: name });
}

export function warmUp(): void {
  const archive = writeArchive([{ name: 'lib.o', data: object('lib.c', LIBRARY) }]);
  link([{ name: 'main.o', data: object('main.c', PROGRAM) }, { name: 'lib.a', data: archive }]);
  // `tcc-lite run`: a tiny built-in guest takes the emulator through decoding, blocks,
  // faults and devices (the real kernel is on the user's disk, so it cannot be booted here).
  warmUpEmulator();
}
