/* #pragma pack: pack(N) caps member alignment, pack(1) packs, push/pop nest, pack() resets. */
#include <stddef.h>
int printf(const char *fmt, ...);

struct natural { char c; int i; double d; };
#pragma pack(1)
struct tight { char c; int i; double d; };
#pragma pack(push, 2)
struct pairs { char c; int i; double d; short s; };
#pragma pack(pop)
struct still_tight { char c; long l; };
#pragma pack()
struct reset { char c; long l; };
#pragma pack(4)
union quad_union { char c[5]; double d; };
struct quad { char c; double d; struct natural inner; };
#pragma pack()

int main(void) {
  printf("%d %d %d %d %d\n", (int)sizeof(struct natural), (int)sizeof(struct tight), (int)sizeof(struct pairs),
         (int)sizeof(struct still_tight), (int)sizeof(struct reset));
  printf("%d %d %d %d\n", (int)offsetof(struct pairs, d), (int)offsetof(struct pairs, s), (int)sizeof(union quad_union),
         (int)sizeof(struct quad));
  printf("%d %d\n", (int)_Alignof(struct pairs), (int)_Alignof(struct quad));
  struct tight t = {'a', 5, 2.5};
  t.i++;
  printf("%d %g\n", t.i, t.d);
  return 0;
}
