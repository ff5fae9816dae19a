/* GNU: a static object may be initialized by a compound literal of its type, as if by its braces. */
int printf(const char *fmt, ...);

struct point { int x, y; int tags[3]; };
struct pair { int id; struct point at; };

struct point origin = (struct point){ .y = 6, .tags[2] = 12 };
int grown[] = (int []){ [2] = 6, 7, 8 };
int sized[] = (int [3]){ 1 };
struct point row[3] = { [2] = (struct point){ 13 }, [1] = (const struct point){ 12, 1 } };
struct pair nested = { .at = (struct point){ 15, 16 }, .id = 14 };
struct point grid[2][2] = { [0 ... 1][0 ... 1] = (const struct point){ 27 } };

int main(void) {
  printf("%d %d %d %d\n", origin.x, origin.y, origin.tags[1], origin.tags[2]);
  printf("%d %d %d %d\n", (int)(sizeof grown / sizeof grown[0]), grown[2], grown[4], (int)(sizeof sized / sizeof sized[0]));
  printf("%d %d %d %d\n", row[0].x, row[1].x, row[1].y, row[2].x);
  printf("%d %d %d\n", nested.id, nested.at.x, nested.at.y);
  printf("%d %d\n", grid[0][1].x, grid[1][1].x);
  return 0;
}
