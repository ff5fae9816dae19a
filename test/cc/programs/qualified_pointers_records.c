/* Qualifiers after `*` and qualifiers of records: what _Generic, typeof and
   __builtin_types_compatible_p see, and ++/+= on an _Atomic pointer from several threads
   (a single locked update each, as gcc makes it). */
#include <stdio.h>
#include <pthread.h>

#define KIND(e) _Generic((e), int *: "int *", const int *: "const int *", volatile int *: "volatile int *", \
    int **: "int **", int *volatile *: "int *volatile *", int *const *: "int *const *", \
    int *_Atomic *: "int *_Atomic *", const struct rec *: "const struct rec *", \
    struct rec *: "struct rec *", volatile struct rec *: "volatile struct rec *", default: "other")

struct rec { int x; int a[3]; struct { int y; } in; };

int *volatile vp;
int *const cp = 0;
int *_Atomic ap;
const struct rec crec = { 1, { 2, 3, 4 }, { 5 } };
volatile struct rec vrec;
typedef int triple[3];
const triple ct = { 7, 8, 9 };

static int cells[4 * 100000 + 8];
static int *_Atomic cursor = cells;
static long *_Atomic stride;
static long longs[8 * 100000 + 8];

static void *worker(void *arg) {
  (void)arg;
  for (int i = 0; i < 100000; i++) {
    cursor++;
    stride += 2;
    --stride;
    stride -= 1;
    stride += 8;
  }
  return 0;
}

int main(void) {
  /* An lvalue conversion drops the pointer's own qualifiers; the pointee keeps its own. */
  printf("%s %s %s\n", KIND(vp), KIND(cp), KIND(ap));
  printf("%s %s %s\n", KIND(&vp), KIND(&cp), KIND(&ap));
  printf("%s %s %s\n", KIND(&crec), KIND(&vrec), KIND(&crec.x));
  printf("%s %s %s\n", KIND(crec.a), KIND(&vrec.in.y), KIND(ct));
  printf("%d %d %d\n", __builtin_types_compatible_p(typeof(vp), int *),
         __builtin_types_compatible_p(typeof(&vp), int **),
         __builtin_types_compatible_p(typeof(&crec.x), const int *));
  printf("%d %d %d\n", _Generic(vp, int *volatile: 1, default: 0),
         _Generic(&vp, int *volatile *: 1, default: 0), _Generic(crec.in, struct { int y; }: 1, default: 0));
  printf("%zu %zu %zu\n", sizeof ap, sizeof(typeof(ap)), _Alignof(typeof(crec)));

  int *p = cursor++;
  printf("%td %td\n", p - cells, cursor - cells);
  cursor = cells;
  stride = longs;
  pthread_t t[4];
  for (int k = 0; k < 4; k++) pthread_create(&t[k], 0, worker, 0);
  for (int k = 0; k < 4; k++) pthread_join(t[k], 0);
  long *s = stride;
  printf("%td %td\n", cursor - cells, s - longs);
  int *q = (ap = cells + 3, ap += 2);
  printf("%td %td\n", q - cells, --ap - cells);
  printf("%d %d %d %d\n", crec.x, crec.a[2], crec.in.y, ct[1]);
  return 0;
}
