/* Under any #pragma pack(N), gcc lets bit-fields run across their type's storage units
   (as `packed` does) while capping the struct's alignment at N; pack(0) means default. */
#include <stdio.h>

#pragma pack(2)
struct bytes2 { char a : 5, b : 5, c : 5; };
struct shorts2 { short a : 10, b : 10, c : 10; };
struct ints2 { int a : 21, b : 21, c : 21; };
#pragma pack(8)
struct ints8 { int a : 21, b : 21, c : 21; unsigned d : 3; };
#pragma pack(0)
struct plain { char a : 5, b : 5, c : 5; };
#pragma pack()

int main(void) {
  struct ints2 v = {0};
  v.a = -1000000;
  v.b = 777777;
  v.c = -5;
  struct ints8 w = {1, -2, 3, 7};
  printf("%zu/%zu %zu/%zu %zu/%zu %zu/%zu %zu/%zu\n",
         sizeof(struct bytes2), _Alignof(struct bytes2), sizeof(struct shorts2), _Alignof(struct shorts2),
         sizeof(struct ints2), _Alignof(struct ints2), sizeof(struct ints8), _Alignof(struct ints8),
         sizeof(struct plain), _Alignof(struct plain));
  printf("%d %d %d | %d %d %d %u\n", v.a, v.b, v.c, w.a, w.b, w.c, w.d);
  return 0;
}
