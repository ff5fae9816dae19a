/* An aligned attribute on a typedef (or in a type name) makes a type with that alignment. */
int printf(const char *fmt, ...);

typedef int aint __attribute__((aligned(16)));
typedef int __attribute__((aligned(8))) spec_aint;
typedef struct { char c; } __attribute__((aligned(32))) line_t;
typedef struct { char c; } small_t __attribute__((aligned(8)));
typedef double loose_double __attribute__((aligned(4))); /* a typedef may lower alignment */
typedef char buf_t[6] __attribute__((aligned(16)));
struct holder { char c; aint x; small_t y; spec_aint z; };
struct loose { char c; loose_double d; };
struct bufs { char c; buf_t b; };
_Alignas(int __attribute__((aligned(16)))) int via_type_name;

int main(void) {
  aint local = 3;
  struct holder h = { 1, 2, { 3 }, 4 };
  printf("%d %d %d %d %d %d\n", (int)__alignof__(aint), (int)__alignof__(spec_aint), (int)__alignof__(line_t),
         (int)__alignof__(small_t), (int)__alignof__(loose_double), (int)__alignof__(buf_t));
  printf("%d %d %d %d\n", (int)sizeof(struct holder), (int)sizeof(struct loose), (int)sizeof(struct bufs),
         (int)__alignof__(via_type_name));
  printf("%d %d %d %d\n", (int)((unsigned long)&local % 16), h.x + h.y.c + h.z, (int)sizeof(aint),
         (int)__alignof__(int __attribute__((aligned(64)))));
  return 0;
}
