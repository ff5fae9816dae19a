/* Valid programs right next to constraints the compiler enforces (incomplete structs,
 * rvalue members, string initializers, prototypes, pointer differences): they must keep
 * compiling and computing what gcc computes. */
#include <stdio.h>

struct later;                       /* incomplete here... */
int weigh(struct later v);          /* ...fine in a prototype */
struct later *shelf[3];             /* and as the target of pointers */

struct later { int kg; char tag; };  /* completed before any use that needs its size */

int weigh(struct later v) { return v.kg * 2 + v.tag; }

struct later make(int kg) { struct later l = { kg, 1 }; return l; }

struct wrap { struct later inner; int extra; };

int label(const char *s);
int label(const char *s) { return s[0]; }

int sum(int a[], int n);
int sum(int *a, int n) { int t = 0; for (int i = 0; i < n; i++) t += a[i]; return t; }

int main(void) {
  struct later one = { 20, 2 };
  shelf[0] = &one;
  printf("%d\n", weigh(*shelf[0]));
  printf("%d\n", make(7).kg);                    /* member of an rvalue: reading is fine */
  struct wrap w = { 1, 2, 3 };                   /* brace elision inside a list */
  printf("%d %d %d\n", w.inner.kg, w.inner.tag, w.extra);
  ((struct wrap){ { 4, 5 }, 6 }).inner.kg = 9;   /* a compound literal is an lvalue */
  int wide[] = L"hi";
  unsigned short mid[] = u"ok";
  char rows[2][3] = { "ab", "cd" };
  printf("%d %d %d %s\n", wide[1], mid[0], (int)sizeof wide, rows[1]);
  printf("%d\n", label("Z"));
  int nums[4] = { 1, 2, 3, 4 };
  printf("%d\n", sum(nums, 4));
  const int *last = &nums[3];
  printf("%ld\n", (long)(last - nums));          /* qualifiers may differ */
  return 0;
}
