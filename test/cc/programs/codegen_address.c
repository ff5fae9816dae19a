/* Addressing modes the code generator folds: member offsets, scaled indexes, stores of constants. */
#include <stdio.h>
#include <limits.h>

struct inner { char c; short s; int i; long l; };
struct outer { int tag; struct inner in[3]; int arr[5]; struct outer *next; };

static int table[16];
static struct outer gouter;
static long glong[4];
static signed char gchars[8] = { -1, -2, 3, -128, 127, 0, 5, -6 };
static unsigned short gshorts[4] = { 65535, 1, 32768, 7 };

static struct outer *current;

static struct outer *swap_current(struct outer *to)
{
  struct outer *old = current;
  current = to;
  return old;
}

static int bump(int *p)
{
  return ++*p;
}

int main(void)
{
  struct outer loc = { 0 };
  struct outer *p = &loc;
  int i, j;
  long sum = 0;
  char ci = 2;
  unsigned char uc = 200;
  short sh = -3;
  unsigned u = 1;
  long neg = -2;

  for (i = 0; i < 16; i++) table[i] = i * i - 40;
  for (i = 0; i < 3; i++) {
    p->in[i].c = (char)(i - 1);
    p->in[i].s = (short)(i * -1000);
    p->in[i].i = INT_MIN + i;
    p->in[i].l = LONG_MAX - i;
  }
  for (i = 0; i < 5; i++) p->arr[i] = i << 28;
  p->next = &gouter;
  p->next->tag = 77;
  p->next->in[2].l = -5;
  gouter.arr[4] = 12345;

  /* loads through every shape */
  for (i = 0; i < 3; i++) sum += p->in[i].c + p->in[i].s + p->in[i].i + (p->in[i].l >> 40);
  sum += table[ci] + table[uc - 190] + table[sh + 10] + table[u] + table[neg + 5];
  sum += (table + 8)[-3] + *(table + 15) + *(&table[4] - 2);
  sum += gchars[3] + gchars[4] + gchars[7] + gshorts[0] + gshorts[2];
  sum += p->next->tag + p->next->in[2].l + p->next->arr[4];
  printf("sum %ld\n", sum);

  /* stores of constants of every width, at the edges */
  p->in[0].c = -128; p->in[1].c = 127; p->in[2].s = -32768;
  p->in[0].i = INT_MIN; p->in[1].l = -1; p->in[2].l = 0x7fffffff;
  glong[1] = -2147483647L - 1; glong[2] = 4294967295UL; glong[3] = 0x123456789abL;
  table[uc - 199] = -1; table[(i * 7) & 15] = 99;
  gouter.in[1].s = 65535;
  printf("%d %d %d %d %ld %ld\n", p->in[0].c, p->in[1].c, p->in[2].s, p->in[0].i, p->in[1].l, p->in[2].l);
  printf("%ld %ld %ld %d %d %d\n", glong[1], glong[2], glong[3], table[1], table[(3 * 7) & 15], gouter.in[1].s);

  /* chained assignments use the stored value */
  i = table[2] = p->arr[1] = 'x';
  j = gchars[1] = 300;
  printf("%d %d %d %d %d\n", i, table[2], p->arr[1], j, gchars[1]);

  /* the right side runs before the (plain) address is read, as gcc orders it */
  current = &loc;
  current->tag = (swap_current(&gouter), 5);
  printf("%d %d\n", loc.tag, gouter.tag);
  i = 1;
  table[i] = bump(&i);
  printf("%d %d %d\n", i, table[1], table[2]);

  /* two-dimensional and negative indexes */
  {
    int grid[3][4];
    int *mid = &grid[1][2];
    for (i = 0; i < 3; i++)
      for (j = 0; j < 4; j++) grid[i][j] = i * 10 + j;
    printf("%d %d %d %d\n", grid[2][3], mid[-1], mid[-4], mid[neg]);
  }
  return 0;
}
