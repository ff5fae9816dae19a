/* A packed enum is the smallest integer type that holds its values (gcc): 1, 2, 4 or 8
   bytes, unsigned unless a value is negative; records holding one lay out accordingly. */
#include <stdio.h>

enum __attribute__((packed)) small { S0, S1 = 255 };
enum medium { M0 = 256 } __attribute__((packed));
enum signed_small { N0 = -128, N1 = 127 } __attribute__((packed));
enum signed_medium { P0 = -129 } __attribute__((packed));
enum wide { W0 = 70000 } __attribute__((packed));
enum huge { H0 = 0x100000000 } __attribute__((packed));
typedef enum { T0, T1 } __attribute__((packed)) tiny_t;

struct header {
  enum small kind;
  enum medium length;
  tiny_t flag;
  enum signed_small delta;
};

int main(void)
{
  printf("%zu %zu %zu %zu %zu %zu %zu\n", sizeof(enum small), sizeof(enum medium), sizeof(enum signed_small),
         sizeof(enum signed_medium), sizeof(enum wide), sizeof(enum huge), sizeof(tiny_t));
  printf("struct header: %zu bytes, length at %zu, delta at %zu\n", sizeof(struct header),
         __builtin_offsetof(struct header, length), __builtin_offsetof(struct header, delta));
  enum small s = S1;
  enum signed_small d = N0;
  s++;
  printf("%d %d %d\n", (int)s, (int)d, d < 0);
  return 0;
}
