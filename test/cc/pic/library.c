/*
 * A shared library's half (pic.test.ts): each kind of object that position-independent
 * code reaches either through the GOT or directly, called by program.c.
 */
#include <stdio.h>

extern int ext_var;           /* the program's: the library must see the program's copy */
int glob = 3;                 /* the program's copy relocation moves it out of the library */
static int sglob = 4;
__attribute__((visibility("hidden"))) int hid = 5;
__attribute__((visibility("protected"))) int prot = 6;
__attribute__((weak)) int wk = 7;
extern __thread int tls_ext;  /* the program's */
__thread int tls_def = 100;
static __thread int tls_st = 1000;

struct pair { int a, b; } pairs[2] = { { 1, 2 }, { 3, 4 } };

int fdef(int x) { return x * 2; }
static int fst(int x) { return x + 1; }
__attribute__((visibility("protected"))) int fprot(int x) { return x - 1; }

int lib_sum(void)
{
  tls_st++;
  tls_def++;
  return ext_var + glob + sglob + hid + prot + wk + tls_ext + tls_def + tls_st + pairs[1].b;
}

typedef int (*fn)(int);
fn lib_fn(int i)
{
  fn t[] = { fdef, fst, fprot };
  return t[i];
}

/* Read-only tables of addresses: where a linker can still relocate them (not .rodata). */
struct ops { int (*twice)(int); const char *name; };
const struct ops lib_ops = { fdef, "ops" };
static const struct ops local_ops = { fst, "local ops" };
const struct ops *lib_local_ops(void) { return &local_ops; }

int *lib_glob_addr(void) { return &glob; }
int *lib_member_addr(void) { return &pairs[1].a; }

/* Dense enough for a jump table: its entries must not be absolute addresses. */
int lib_switch(int x)
{
  switch (x) {
  case 0: return 1;
  case 1: return 5;
  case 2: return 7;
  case 3: return 9;
  case 4: return 11;
  default: return -1;
  }
}

void lib_inc(void) { __asm__ volatile("incl %0" : "+m"(glob)); }

int lib_print(const char *s) { return printf("library says %s %d\n", s, fdef(21)); }
