/* __builtin_constant_p without optimization, as gcc answers it: a string literal counts as
   constant (through casts, or with & on the array), other addresses and pointer arithmetic
   do not; nor does a function's argument even when every call passes a constant
   (gcc.c-torture's bcp-1). */
#include <stdio.h>

int global;
static const char arr[] = "xy";
static int at_file_scope = __builtin_constant_p("hi");

static int of_argument(const char *x) { return __builtin_constant_p(x); }

int main(void)
{
  printf("%d %d %d %d %d\n", at_file_scope, __builtin_constant_p("hi"), __builtin_constant_p((const char *)"hi"),
         __builtin_constant_p((void *)"hi"), __builtin_constant_p(&"hi"));
  printf("%d %d %d %d\n", __builtin_constant_p((long)"hi"), __builtin_constant_p(1234 & ~7), __builtin_constant_p((void *)0),
         __builtin_constant_p(sizeof arr));
  printf("%d %d %d %d %d %d\n", __builtin_constant_p("hi" + 1), __builtin_constant_p(*"hi"), __builtin_constant_p(arr),
         __builtin_constant_p(&global), __builtin_constant_p(global), of_argument("hi"));
  return 0;
}
