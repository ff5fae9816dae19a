/* A static struct with an initialized flexible array member: sizeof stays the struct's. */
int printf(const char *fmt, ...);

struct counted { short n; char tag; int items[]; };
struct counted three = { 3, 'a', { 10, 20, 30 } };
static struct counted none = { 0, 'b' };

int main(void) {
  static struct counted two = { 2, 'c', { 7, 8 } };
  printf("%d %d %d\n", (int)sizeof three, (int)sizeof none, (int)sizeof two);
  int sum = 0;
  for (int i = 0; i < three.n; i++) sum += three.items[i];
  for (int i = 0; i < two.n; i++) sum += two.items[i];
  printf("%c%c%c %d\n", three.tag, none.tag, two.tag, sum);
  return 0;
}
