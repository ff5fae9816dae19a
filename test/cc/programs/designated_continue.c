/* After a designator, plain initializers continue inside the designated subobject (C99 6.7.8p17). */
int printf(const char *fmt, ...);

struct cell { int tag; int v[3]; int end; };
struct row { int head; struct cell cells[3]; int tail; };

struct row rows[] = { [0 ... 1].cells[1 ... 2].v[0 ... 1] = 4, 5, 6, 7 };
struct cell pairs[] = { [1].v[1] = 1, 2, 3, 4 };
struct outer { struct { int a, b; }; int c; } anon = { .a = 1, 2, 3 };
/* A braced initializer replaces the whole element that an earlier designator touched. */
struct cell reset[] = { { 1, { 2, 3, 4 }, 5 }, [0] = { .v[0] = 9 } };

static void show_row(const struct row *r) {
  printf("%d |", r->head);
  for (int i = 0; i < 3; i++) printf(" %d:%d,%d,%d:%d", r->cells[i].tag, r->cells[i].v[0], r->cells[i].v[1], r->cells[i].v[2], r->cells[i].end);
  printf(" | %d\n", r->tail);
}

int main(void) {
  printf("%d rows\n", (int)(sizeof rows / sizeof rows[0]));
  show_row(&rows[0]);
  show_row(&rows[1]);
  printf("%d pairs: %d %d %d %d\n", (int)(sizeof pairs / sizeof pairs[0]), pairs[1].v[1], pairs[1].v[2], pairs[1].end, pairs[2].tag);
  printf("%d %d %d\n", anon.a, anon.b, anon.c);
  printf("%d %d %d %d\n", reset[0].tag, reset[0].v[0], reset[0].v[1], reset[0].end);
  struct cell local[] = { [0].end = 8, 7, [1].v[2] = 6, 5 };
  printf("%d %d %d %d %d\n", (int)(sizeof local / sizeof local[0]), local[0].end, local[1].tag, local[1].v[2], local[1].end);
  return 0;
}
