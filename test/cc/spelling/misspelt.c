/* Misspelt names, one in each function: gcc's "did you mean" for each (spelling.test.ts). */
#include <stdio.h>
#include <stdlib.h>
#define MAXLEN 10
typedef int myint;
typedef struct { int x; int y; } Point;
struct point { int x; int y; int count; union { int left; int right; }; };
int counter;
int compute(int a);
static int helper_one(void) { return 1; }
void (*callback)(int);
int f1(void) { int count = 0; conut++; return count; }
int f2(void) { int total = 1; totl += 1; return total; }
int f3(void) { int b = 2; bb = 3; return b; }
int f4(void) { return MAXLN; }
int f5(void) { int count = 1; Count = 1; return count; }
int f6(void) { x9 = 1; return 0; }
int f7(void) { cmopute(1); return 0; }
int f8(void) { helper_on(); return 0; }
int f9(void) { prinft("x"); return 0; }
int f10(void) { struct point pt; pt.cont = 1; return 0; }
int f11(void) { struct point pt; pt.z = 1; return 0; }
void f13(void) { Int q; }
void f14(void) { myitn r; }
void f15(void) { Piont p; }
int f16(void) { struct point pt; pt.rigth = 1; return 0; }
int f17(void) { callbak(1); return 0; }
int f18(void) { return EXIT_SUCESS; }
int f19(void) { FILE *fp = fopen("x", "r"); return fgetc(fp) == EFO; }
int f20(void) { mallok(3); return 0; }
int f21(void) { return strlen("x"); }
int f22(void) { int i; for (i = 0; i < 3; i++) {} return j; }
int f23(void) { return NUL == 0; }
int f24(void) { size_tt n = 0; return n; }
int f25(void) { return countr; }
int f26(void)
{
  int value = 3;
  return vaule;
}

int f27(void)
{
  struct point *pp = 0;
  return pp->coutn;
}

int f28(void)
{
  return compte(2);
}

int g = countr;
