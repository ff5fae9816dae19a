/* -Wextra's -Wshift-negative-value (C99 on): a negative constant shifted left, wherever it
   is evaluated, but not in code that never is (sizeof, 0 && x); nor a value only known at run time. */
enum { A = -1 << 2 };
int g = -1 << 3;
long l = -5L << 1;
unsigned u = -1u << 2;
int main(int argc, char **argv) {
  static int s = -2 << 1;
  switch (argc) { case -1 << 1: break; }
  int t = argc ? -1 << 1 : 0;
  int v = 0 && (-1 << 4);
  int w = (-1) << 0;
  int x = (char)-3 << 2;
  const int c = -1;
  return s + t + v + w + x + (c << 1) + (int)sizeof(-1 << 1) + (argv[0][0] << 1) + (-argc << 1);
}
