/*
 * Initializers that leave out the braces of a nested aggregate (-Wmissing-braces, in -Wall):
 * once braces were elided, every brace-enclosed list closing after that warns, at the
 * initializer's outermost brace (a compound literal's '('), unless it is {} or { 0 }.
 * Also the excess elements gcc names by the aggregate's kind.
 */
struct point { int x, y; };
struct line { struct point from; int width; };
struct grid { struct line l; int id; };
struct holder { int n; int items[3]; };
union number { int i; float f; };
struct tagged { union number value; int tag; };
struct flat { float f[2]; int k; };
struct pair { union { int i; float f; }; struct { int u, v; }; int k; };
typedef int v4 __attribute__((vector_size(16)));
struct lanes { v4 v; int k; };

int matrix[2][2] = {1, 2, 3, 4};
int braced[2][2] = {{1, 2}, {3, 4}};
int half[2][2] = {{1, 2}, 3, 4};
int cube[2][2][2] = {1, 2, 3, 4, 5, 6, 7, 8};
int cube_zero[2][2][2] = {{0}};
int cube_one[2][2][2] = {{1}};
int rows[][2] = {1, 2, 3};
int after[2][2] = {0, [1] = {1, 2}};
int designated[2][2] = {[0][1] = 5, [1] = 0};
struct line l1 = {1, 2, 3};
struct line l2 = {{1, 2}, 3};
struct line zero = {0};
struct line zeros = {0, 0};
struct line cast_zero = {(char)256};
struct line half_zero = {0.5};
struct line pointer_zero = {.from = 0};
struct line by_path = {.from.x = 1, 2};
struct line by_name = {.from = 1};
struct grid g1 = {{0}, 1};
struct grid g2 = {{{1, 2}, 3}, 4};
struct grid g3 = {{0}};
struct holder h1 = {1, 2, 3, 4};
struct holder h2 = {1, {2, 3, 4}};
struct tagged t1 = {1, 2};
struct flat f0 = {0};
struct flat f1 = {0.5};
struct flat f2 = {0.0};
struct pair anonymous = {1, 2, 3, 4};
struct lanes lanes = {1, 2, 3, 4, 5};
struct point points[2] = {1, 2, 3, 4};
char names[2][4] = {"ab", "cd"};
struct line empty = {};
struct line *literal = &(struct line){1, 2, 3};

struct point too_many = {1, 2, 3};
int too_long[2] = {1, 2, 3};
union number two = {1, 2};
v4 five = {1, 2, 3, 4, 5};

int use(void) {
  int local[2][2] = {1, 2, 3, 4};
  struct line lz = {0};
  struct line lq = {0, 1};
  struct point lp[2] = {[0] = 1, 2};
  struct line copy = (struct line){1, 2, 3};
  return local[0][0] + lz.width + lq.width + lp[0].x + copy.width;
}

/* A list of eight or more plain numbers closes like any other. */
struct table { struct point origin; int row[8]; } table = {1, 2, {1, 2, 3, 4, 5, 6, 7, 8}};
