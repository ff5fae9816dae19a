/* Which of an assignment's value and its target's address is computed first, as gcc -O0 orders them. */
#include <stdio.h>
struct s { int x; } A, B;
struct s *gp = &A;
int arr[4];
int gi = 1;
int *gip;
int f(void) { gp = &B; gi = 2; if (gip) *gip = 2; return 7; }
int main(void) {
  struct s *lp = &A;
  int li = 1;
  gp->x = f();                 printf("a %d %d\n", A.x, B.x); A.x = B.x = 0; gp = &A;
  gp->x = (f(), 5);            printf("b %d %d\n", A.x, B.x); A.x = B.x = 0; gp = &A;
  arr[gi] = f();               printf("c %d %d %d\n", arr[1], arr[2], gi); arr[1] = arr[2] = 0; gi = 1;
  arr[gi] = (f(), 5);          printf("d %d %d\n", arr[1], arr[2]); arr[1] = arr[2] = 0; gi = 1;
  gip = &li;
  arr[li] = f();               printf("e %d %d\n", arr[1], arr[2]); arr[1] = arr[2] = 0; li = 1;
  arr[li] = (f(), 5);          printf("f %d %d\n", arr[1], arr[2]); arr[1] = arr[2] = 0; li = 1;
  gip = 0;
  lp->x = f();                 printf("g %d %d\n", A.x, B.x);
  *gp = (struct s){f()};       printf("h %d %d\n", A.x, B.x); A.x = B.x = 0; gp = &A;
  gp->x += f();                printf("i %d %d\n", A.x, B.x); A.x = B.x = 0; gp = &A;
  arr[gi] += f();              printf("j %d %d\n", arr[1], arr[2]); arr[1] = arr[2] = 0; gi = 1;
  return 0;
}
