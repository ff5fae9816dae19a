/* The program's half of pic.test.ts: calls library.c, whether linked with it or loading it. */
#include <stdio.h>

int ext_var = 10;
__thread int tls_ext = 20;
extern int glob;
extern struct pair { int a, b; } pairs[2];
extern const struct ops { int (*twice)(int); const char *name; } lib_ops;
const struct ops *lib_local_ops(void);

typedef int (*fn)(int);
int lib_sum(void);
fn lib_fn(int i);
int *lib_glob_addr(void);
int *lib_member_addr(void);
int lib_switch(int x);
void lib_inc(void);
int lib_print(const char *s);
int fdef(int x);

int main(void)
{
  int first = lib_sum();
  printf("sum %d %d\n", first, lib_sum());
  printf("functions %d %d %d, the same address here and there: %d\n", lib_fn(0)(5), lib_fn(1)(5), lib_fn(2)(5), lib_fn(0) == fdef);
  printf("glob %d at one address: %d\n", glob, lib_glob_addr() == &glob);
  printf("member at one address: %d\n", lib_member_addr() == &pairs[1].a);
  lib_inc();
  printf("after the asm's incl: %d\n", glob);
  for (int i = -1; i < 6; i++) printf("switch(%d) = %d\n", i, lib_switch(i));
  printf("%s %d, %s %d\n", lib_ops.name, lib_ops.twice(4), lib_local_ops()->name, lib_local_ops()->twice(4));
  lib_print("hello");
  return 0;
}
