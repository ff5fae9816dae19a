/* Arithmetic that makes no sense on a truth value (-Wbool-operation, in -Wall). */
_Bool b, *pb;
struct { _Bool f : 1; } s;
int x;

void f(void) {
  b++;
  b--;
  ++b;
  --b;
  (*pb)++;
  s.f++;
  x++;
  x = ~b;
  x = ~(b);
  x = ~(x > 1);
  x = ~(x == 1);
  x = ~!x;
  x = ~(x && b);
  x = ~(x, b);
  x = ~(x, x < 2);
  x = ~x;
  x = ~(x + b);
  b = ~b;
}
