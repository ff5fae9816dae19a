/* Struct initializers that leave fields out (-Wmissing-field-initializers, on with -Wextra):
   gcc names the first field each list leaves out. Designators, { 0 } and {} are left alone,
   as are unions, flexible and zero-length array members. */
struct pt { int x, y, z; };
struct nest { struct pt a; int n; };
union un { int i; float f; };
struct withu { union un u; int k; };
struct flex { int n; int data[]; };
struct zl { int a; int z[0]; };
struct bf { int a; int : 3; int b; };
struct an { int a; struct { int p, q; }; int c; };
typedef struct pt Point;
typedef struct { int u, v; } UV;

struct pt g1 = { 1 };
static struct pt   g2 = { 1, 2 };
struct pt g3[2] = { { 1, 2, 3 }, { 4 } };
struct nest g4 = { { 1, 2, 3 } };
struct nest g5 = { { 1 }, 2 };
struct withu g6 = { { 1 } };
struct flex g7 = { 1 };
struct pt g8 = { };
struct pt g9 = { 0 };
struct pt g10 = { .x = 1, 2 };
struct pt g11 = { 1, .z = 3 };
int arr[3] = { 1 };
struct nest c0 = { 0 };
struct nest c1 = { { 0 } };
struct nest c2 = { 1 };
struct zl z1 = { 1 };
struct bf b1 = { 1 };
struct an a1 = { 1 };
struct an a2 = { 1, { 2 } };
UV uv = { 1 };
Point p = { 1 };
const struct pt cp = { 1 };
struct pt arr2[2] = { 1, 2, 3, 4 };
struct pt arr3[2] = { [0] = { 1 }, { 2 } };
struct nest d1 = { .a = { 1 } };
struct nest d2 = { .a.x = 1 };
struct pt e1 = { 0, };
struct pt e2 = { 0.0 };
struct pt e3 = { 0, 0 };

int use(void) {
  struct pt a = { 1, 2 };
  struct pt b[] = { { 1 }, { 2, 3 } };
  struct nest c = { 1, 2, 3 };
  Point q = { 1, 2 };
  static struct pt r = { 1 };
  struct pt s = { 1 }, t = { 1, 2 };
  return a.x + b[0].x + c.n + q.x + r.x + s.x + t.x;
}
