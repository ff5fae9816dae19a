int printf(const char *fmt, ...);
int add(a, b) int a; long b; { return a + b; }
char *pick(s, n) char *s; { return s + n; }
int noargs() { return 7; }
int main() { printf("%d %s %d\n", add(2, 40L), pick("hello", 2), noargs()); return 0; }
