/* A designated initializer that sets again what its list set: -Woverride-init (-Wextra), and with side effects lost -Woverride-init-side-effects (on by default), each with gcc's note naming the element. */
int g(void);
struct P { int x, y; };
struct Q { struct P p; int z[3]; };
struct P p1 = { .x = 1, .x = 2 };
int a1[3] = { [0] = 1, [1] = 2, [0] = 3 };
int a2[3] = { 1, 2, 3, [1] = 9 };
struct Q q1 = { .p.x = 1, .z[1] = 2, .p = { 5, 6 }, .z[1] = 4 };
struct Q q2 = { .z = { 1, 2, 3 }, .z[2] = 7 };
int a3[4] = { [0 ... 3] = 1, [2] = 5 };
char s1[4] = { [0] = 'a', [0] = 'b' };
int main(void) {
  int l1[2] = { [0] = g(), [0] = 1 };
  struct P l2 = { .y = 1 + 2, .y = g() };
  int l3[2] = { [1] = 4, [1] = 5 };
  return l1[0] + l2.y + l3[1] + (int[2]){ [0] = 1, [0] = 2 }[0];
}
union U { int a; float b; };
struct P other = { 1, 2 };
union U u1 = { .a = 1, .b = 2.0f };
union U u2 = { .a = 1, .a = 3 };
struct P arr[2] = { [0].x = 1, [0] = { 2 }, [1] = { 3, 4 }, [1].y = 5 };
char s[4] = { [0] = 'x', [1] = 'y' };
char t[2][4] = { [0] = "ab", [0] = "cd" };
int m[2][2] = { 1, 2, 3, 4, [0][1] = 7 };
int other_main(void) { struct P l = { .x = 1, .y = 2, .x = 3 }; struct P k = { .x = 1 }; k = (struct P){ .y = 2, .y = 3 }; return l.x + k.y; }
