int printf(const char *fmt, ...);
typedef struct { double x, y; } vec2;
typedef struct { float a, b, c; } vec3f;
static double dot(vec2 a, vec2 b) { return a.x * b.x + a.y * b.y; }
static vec2 scale(vec2 v, double k) { vec2 r = { v.x * k, v.y * k }; return r; }
static vec3f mk3(float a, float b, float c) { vec3f r = { a, b, c }; return r; }
static float fsum(int n, float *xs) { float s = 0; for (int i = 0; i < n; i++) s += xs[i]; return s; }
double g_d = 2.5e3;
float g_f = -1.25f;
double table[] = { 1.0, 0.5, 0x1.8p1, 1e-3 };
static double many(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j) {
  return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10;
}
int main(void) {
  double a = 3.0, b = 0.1;
  printf("%f %f %f %f\n", a + b, a - b, a * b, a / b);
  printf("%d %d %d %d %d %d\n", a < b, a > b, a == 3.0, a != 3.0, a <= 3.0, b >= 1.0);
  int i = (int)(a * 1.9);
  long l = (long)-2.7;
  unsigned long ul = (unsigned long)1e19;
  printf("%d %ld %lu\n", i, l, ul);
  double from_ul = (double)18000000000000000000UL;
  printf("%.1f %.3f\n", from_ul, (double)(unsigned)4000000000u);
  float f = 1.5f;
  f = f * 2 + 1;
  printf("%f %f %f\n", f, g_f, (double)g_f * g_d);
  vec2 v = { 1.5, -2.0 }, w = { 4.0, 0.25 };
  printf("dot %f\n", dot(v, w));
  vec2 s = scale(v, 3.0);
  printf("scale %f %f\n", s.x, s.y);
  vec3f t = mk3(1.0f, 2.0f, 3.5f);
  printf("vec3f %f %f %f\n", t.a, t.b, t.c);
  float xs[4] = { 1.25f, 2.5f, 3.75f, 5.0f };
  printf("fsum %f\n", fsum(4, xs));
  printf("table %f %f %f %f\n", table[0], table[1], table[2], table[3]);
  printf("many %f\n", many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  double neg = -a;
  printf("neg %f %d\n", neg, !neg);
  double x = 0;
  for (int k = 0; k < 10; k++) x += k * 0.5;
  printf("loop %f\n", x);
  printf("mix %f %d %f\n", 1.0 / 3, 7, 2.0f / 3);
  return (int)x;
}
