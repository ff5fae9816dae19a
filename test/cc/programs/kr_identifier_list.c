/* K&R definitions whose identifier list no declarations follow: every parameter an int,
   also after a prototype (its parameters then take the definition's names). */
int printf(const char *fmt, ...);
int twice(x) { return 2 * x; }
int sum(int, int);
int sum(a, b) { return a + b; }
long mixed(a, b) long a; { return a - b; }
int main() { printf("%d %d %ld\n", twice(21), sum(40, 2), mixed(50L, 8)); return 0; }
